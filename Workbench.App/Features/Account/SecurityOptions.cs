namespace Workbench.App.Features.Account;

/// <summary>
/// The "Workbench:Security" section: password policy, lockout and sign-out. The defaults follow what 等保三级
/// (GB/T 22239-2019, 8.1.4.1 身份鉴别) asks of a system: complex passwords changed from the initial one, lock after
/// repeated failures, sign-out after idling; an administrator's lock or password reset ends open sessions within a minute.
/// </summary>
public sealed class SecurityOptions
{
    public const string Section = "Workbench:Security";

    /// <summary>Minimum password length (at least 8 for 等保三级).</summary>
    public int PasswordMinLength { get; set; } = 8;

    /// <summary>Upper case, lower case, digit and symbol all required.</summary>
    public bool PasswordRequireComplexity { get; set; } = true;

    /// <summary>Failed sign-ins before the account locks for <see cref="LockoutMinutes"/>.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Signed out after this many minutes without a request or a click (sliding).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>How often an open page (Blazor circuit) and the sign-in cookie are checked against the account.</summary>
    public int RevalidationSeconds { get; set; } = 60;
}

using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Workbench.App.Data.Entities;

namespace Workbench.App.Features.Account;

/// <summary>
/// An open page (Blazor circuit) keeps the identity it started with. Every <see cref="SecurityOptions.RevalidationSeconds"/>
/// this checks the account still exists with the same security stamp; a lock, a password reset or a role change renews
/// the stamp, and the page then loses its sign-in (the router sends it to the login page).
/// </summary>
internal sealed class RevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes,
    IOptions<IdentityOptions> identity, IOptions<SecurityOptions> security)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(Math.Max(1, security.Value.RevalidationSeconds));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await IsCurrentAsync(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), identity.Value, state.User);
    }

    /// <summary>
    /// The principal's user exists and carries the stamp the database holds — the same test as the cookie's
    /// SecurityStampValidator. A temporary lock from failed sign-ins does not end an open session (else anyone could end
    /// it by typing wrong passwords); an administrator's 停用 renews the stamp and does.
    /// </summary>
    internal static async Task<bool> IsCurrentAsync(UserManager<AppUser> users, IdentityOptions options, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        return principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType) == await users.GetSecurityStampAsync(user);
    }
}

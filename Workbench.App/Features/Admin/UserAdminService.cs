using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Audit;
using Workbench.App.Data.Entities;
using Workbench.App.Infrastructure;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;

namespace Workbench.App.Features.Admin;

public sealed record UserRow(string Id, string UserName, string DisplayName, Role? Role, string? Organisation, DateTimeOffset? LockedUntil)
{
    public bool Disabled => LockedUntil is { } t && t.IsForever();

    public bool LockedOut => LockedUntil is not null;

    /// <summary>正常 / 已停用 (an administrator's lock) / 锁定至 … (failed sign-ins), in Beijing time.</summary>
    public string StateLabel => LockedUntil switch
    {
        null => "正常",
        { } t when t.IsForever() => "已停用",
        { } t => "锁定至 " + t.ToChina().ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>A password reset's outcome: the temporary password is shown to the administrator once and never stored.</summary>
public sealed record ResetResult(bool Ok, string? TemporaryPassword, IReadOnlyList<string> Errors);

public sealed class NewUserModel
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public Role Role { get; set; } = Role.HostUnit;
    public int? HostUnitId { get; set; }
    public int? DepartmentId { get; set; }
    public int? ExpertId { get; set; }
    public string? OrganisationName { get; set; }
    public string Password { get; set; } = "";
}

/// <summary>系统管理: accounts and roles (admin only). Every change is audited through the data layer.</summary>
public sealed class UserAdminService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock,
    IServiceScopeFactory scopes, CurrentActor actor)
{
    public async Task<PageOf<UserRow>> ListAsync(UserScope scope, string? search, int page, int pageSize, CancellationToken ct = default)
    {
        Demand(scope);
        await using var db = await dbf.CreateDbContextAsync(ct);
        var q = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search)) q = q.Where(u => u.UserName!.Contains(search) || u.DisplayName.Contains(search));
        var total = await q.CountAsync(ct);
        var now = clock.GetUtcNow();
        var rows = await q.OrderBy(u => u.UserName).Skip(page * pageSize).Take(pageSize)
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.LockoutEnd,
                Org = u.HostUnit != null ? u.HostUnit.Name : u.CompetentDepartment != null ? u.CompetentDepartment.Name : u.OrganisationName,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList(),
            }).ToListAsync(ct);
        return new(rows.Select(u => new UserRow(u.Id, u.UserName!, u.DisplayName,
            u.Roles.Select(r => Enum.TryParse<Role>(r, out var role) ? (Role?)role : null).FirstOrDefault(r => r is not null),
            u.Org, u.LockoutEnd is { } end && end > now ? end : null)).ToList(), total);
    }

    public async Task<SaveResult> CreateAsync(UserScope scope, NewUserModel m)
    {
        Demand(scope);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(m.UserName)) errors.Add("请填写用户名。");
        if (string.IsNullOrWhiteSpace(m.DisplayName)) errors.Add("请填写姓名。");
        if (m.Role == Role.HostUnit && m.HostUnitId is null) errors.Add("依托单位账号须选择所属依托单位。");
        if (m.Role == Role.Department && m.DepartmentId is null) errors.Add("主管部门账号须选择所属主管部门。");
        if (m.Role == Role.Expert && m.ExpertId is null) errors.Add("专家账号须关联专家库中的专家。");
        return await WithUsersAsync(async (um, db) =>
        {
            foreach (var v in um.PasswordValidators)
            {
                var r = await v.ValidateAsync(um, null!, m.Password);
                errors.AddRange(r.Errors.Select(e => e.Description));
            }
            if (await um.FindByNameAsync(m.UserName.Trim()) is not null) errors.Add($"用户名“{m.UserName.Trim()}”已被使用。");
            if (errors.Count > 0) return SaveResult.Fail(errors);

            var user = new AppUser
            {
                UserName = m.UserName.Trim(), DisplayName = m.DisplayName.Trim(), OrganisationName = m.OrganisationName,
                HostUnitId = m.Role == Role.HostUnit ? m.HostUnitId : null,
                CompetentDepartmentId = m.Role == Role.Department ? m.DepartmentId : null,
                ExpertId = m.Role == Role.Expert ? m.ExpertId : null,
            };
            db.AuditAction = $"新建用户（{m.Role.Label()}）";
            var created = await um.CreateAsync(user, m.Password);
            if (!created.Succeeded) return SaveResult.Fail(created.Errors.Select(e => e.Description));
            await um.AddToRoleAsync(user, m.Role.ToString());
            return SaveResult.Success(0);
        });
    }

    /// <summary>
    /// 停用 (locked until further notice) or 启用. Stopping renews the security stamp, so the user's cookie and open pages
    /// lose their sign-in at the next check (<see cref="SecurityOptions.RevalidationSeconds"/>).
    /// </summary>
    public Task<SaveResult> SetLockedAsync(UserScope scope, string userId, bool locked) =>
        AsAdminAsync(scope, userId, async (um, db, user) =>
        {
            if (locked && user.UserName == scope.UserName) return SaveResult.Fail("不能停用自己的账号。");
            await um.SetLockoutEnabledAsync(user, true);
            db.AuditAction = locked ? "停用账号" : "解除锁定";
            var r = await um.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
            if (!r.Succeeded) return SaveResult.Fail(r.Errors.Select(e => e.Description));
            if (locked) await um.UpdateSecurityStampAsync(user);
            else await um.ResetAccessFailedCountAsync(user);
            return SaveResult.Success(0);
        });

    /// <summary>
    /// Sets a generated temporary password (shown once to the administrator), ends the user's sessions, and marks the
    /// account so the user must choose a new password at the next sign-in (<see cref="PasswordChange.MustChangeClaim"/>).
    /// </summary>
    public async Task<ResetResult> ResetPasswordAsync(UserScope scope, string userId)
    {
        string? temporary = null;
        var r = await AsAdminAsync(scope, userId, async (um, db, user) =>
        {
            temporary = TemporaryPassword.Generate(um.Options.Password);
            var token = await um.GeneratePasswordResetTokenAsync(user);
            db.AuditAction = "重置密码（临时密码，须首次登录修改）";
            var reset = await um.ResetPasswordAsync(user, token, temporary);   // renews the security stamp
            if (!reset.Succeeded) return SaveResult.Fail(reset.Errors.Select(e => e.Description));
            await PasswordChange.RequireAsync(um, user);
            await um.ResetAccessFailedCountAsync(user);
            return SaveResult.Success(0);
        });
        return r.Ok ? new(true, temporary, []) : new(false, null, r.Errors);
    }

    /// <summary>
    /// Runs an account change in a DI scope of its own (Identity's UserManager holds a context for its scope; a circuit
    /// must not keep one), audited as the signed-in administrator.
    /// </summary>
    private Task<SaveResult> AsAdminAsync(UserScope scope, string userId, Func<UserManager<AppUser>, WorkbenchDbContext, AppUser, Task<SaveResult>> work)
    {
        Demand(scope);
        return WithUsersAsync(async (um, db) => await um.FindByIdAsync(userId) is { } user ? await work(um, db, user) : SaveResult.Fail("该用户不存在。"));
    }

    private async Task<SaveResult> WithUsersAsync(Func<UserManager<AppUser>, WorkbenchDbContext, Task<SaveResult>> work)
    {
        var principal = await actor.GetPrincipalAsync();
        await using var s = scopes.CreateAsyncScope();
        s.ServiceProvider.GetRequiredService<CurrentActor>().ActAs(principal);
        return await work(s.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), s.ServiceProvider.GetRequiredService<WorkbenchDbContext>());
    }

    public async Task<(IReadOnlyList<Option> Units, IReadOnlyList<Option> Departments, IReadOnlyList<Option> Experts)> OptionsAsync()
    {
        await using var db = await dbf.CreateDbContextAsync();
        return (await db.HostUnits.OrderBy(u => u.Name).Select(u => new Option(u.Id, u.Name)).ToListAsync(),
                await db.Departments.OrderBy(d => d.Kind).ThenBy(d => d.Id).Select(d => new Option(d.Id, d.Name)).ToListAsync(),
                await db.Experts.OrderBy(e => e.Id).Select(e => new Option(e.Id, e.Name + "（" + e.UnitName + "）")).ToListAsync());
    }

    private static void Demand(UserScope scope)
    {
        if (scope.Role != Role.Admin) throw new UnauthorizedAccessException("只有省科技厅管理员可以管理用户。");
    }
}

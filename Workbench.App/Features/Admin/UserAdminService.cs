using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;

namespace Workbench.App.Features.Admin;

public sealed record UserRow(string Id, string UserName, string DisplayName, Role? Role, string? Organisation, bool LockedOut);

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
public sealed class UserAdminService(IDbContextFactory<WorkbenchDbContext> dbf, UserManager<AppUser> users, TimeProvider clock)
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
            u.Org, u.LockoutEnd is { } end && end > now)).ToList(), total);
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
        foreach (var v in users.PasswordValidators)
        {
            var r = await v.ValidateAsync(users, null!, m.Password);
            errors.AddRange(r.Errors.Select(e => e.Description));
        }
        if (await users.FindByNameAsync(m.UserName.Trim()) is not null) errors.Add($"用户名“{m.UserName.Trim()}”已被使用。");
        if (errors.Count > 0) return SaveResult.Fail(errors);

        var user = new AppUser
        {
            UserName = m.UserName.Trim(), DisplayName = m.DisplayName.Trim(), OrganisationName = m.OrganisationName,
            HostUnitId = m.Role == Role.HostUnit ? m.HostUnitId : null,
            CompetentDepartmentId = m.Role == Role.Department ? m.DepartmentId : null,
            ExpertId = m.Role == Role.Expert ? m.ExpertId : null,
        };
        var created = await users.CreateAsync(user, m.Password);
        if (!created.Succeeded) return SaveResult.Fail(created.Errors.Select(e => e.Description));
        await users.AddToRoleAsync(user, m.Role.ToString());
        return SaveResult.Success(0);
    }

    public async Task<SaveResult> SetLockedAsync(UserScope scope, string userId, bool locked)
    {
        Demand(scope);
        var user = await users.FindByIdAsync(userId);
        if (user is null) return SaveResult.Fail("该用户不存在。");
        if (locked && user.UserName == scope.UserName) return SaveResult.Fail("不能锁定自己的账号。");
        var r = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked) await users.ResetAccessFailedCountAsync(user);
        return r.Succeeded ? SaveResult.Success(0) : SaveResult.Fail(r.Errors.Select(e => e.Description));
    }

    public async Task<SaveResult> ResetPasswordAsync(UserScope scope, string userId, string newPassword)
    {
        Demand(scope);
        var user = await users.FindByIdAsync(userId);
        if (user is null) return SaveResult.Fail("该用户不存在。");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var r = await users.ResetPasswordAsync(user, token, newPassword);
        return r.Succeeded ? SaveResult.Success(0) : SaveResult.Fail(r.Errors.Select(e => e.Description));
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

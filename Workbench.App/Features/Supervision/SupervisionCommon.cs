using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Features.Account;
using Workbench.Core;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Supervision;

/// <summary>Helpers every supervision service shares: who acted and who gets told what.</summary>
internal static class SupervisionCommon
{
    public static string Actor(UserScope scope) => string.IsNullOrEmpty(scope.DisplayName) ? scope.UserName : scope.DisplayName;

    public static async Task<List<string>> HostUsersAsync(WorkbenchDbContext db, int hostUnitId, CancellationToken ct) =>
        await db.Users.Where(u => u.HostUnitId == hostUnitId).Select(u => u.UserName!).ToListAsync(ct);

    public static async Task<List<string>> UsersInRoleAsync(WorkbenchDbContext db, Role role, CancellationToken ct)
    {
        var name = role.ToString();
        return await (from u in db.Users
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where r.Name == name
                      select u.UserName!).ToListAsync(ct);
    }
}

public sealed record PageOfRows<T>(IReadOnlyList<T> Items, int Total);

/// <summary>A file the browser sent.</summary>
public sealed record UploadedFile(string Name, long Length, Stream Content);

using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Home;

public sealed record Dashboard(
    int Platforms, IReadOnlyDictionary<PlatformStatus, int> ByStatus, IReadOnlyDictionary<ResourceCategory, int> ByCategory,
    IReadOnlyList<PendingItem> Pending, string Organisation);

public sealed record PendingItem(string Title, string Detail, string Href);

/// <summary>工作台: counts and pending items for the signed-in user, within their scope. Aggregates run in the database.</summary>
public sealed class DashboardService(IDbContextFactory<WorkbenchDbContext> dbf)
{
    public async Task<Dashboard> LoadAsync(UserScope scope, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var visible = db.Platforms.AsNoTracking().VisibleTo(scope);
        var byStatus = await visible.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var byCategory = await visible.Where(p => p.Status != PlatformStatus.Revoked).GroupBy(p => p.Category)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var pending = new List<PendingItem>();
        if (scope.Role is Role.Admin or Role.Department or Role.HostUnit)
        {
            var rectifying = await visible.Where(p => p.Status == PlatformStatus.Rectifying || p.Status == PlatformStatus.ReEvaluating)
                .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Status }).Take(20).ToListAsync(ct);
            pending.AddRange(rectifying.Select(p => new PendingItem(p.Name,
                p.Status == PlatformStatus.Rectifying ? "整改中：整改期1年，期满后复评（第十七条）" : "复评中（第十七条）", $"/platforms/{p.Id}")));
        }
        var organisation = scope.Role switch
        {
            Role.HostUnit => await db.HostUnits.Where(u => u.Id == scope.HostUnitId).Select(u => u.Name).FirstOrDefaultAsync(ct),
            Role.Department => await db.Departments.Where(d => d.Id == scope.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync(ct),
            Role.Expert => await db.Experts.Where(e => e.Id == scope.ExpertId).Select(e => e.UnitName).FirstOrDefaultAsync(ct),
            Role.Admin => "湖南省科学技术厅",
            _ => await db.Users.Where(u => u.UserName == scope.UserName).Select(u => u.OrganisationName).FirstOrDefaultAsync(ct),
        };
        return new(byStatus.Values.Sum(), byStatus, byCategory, pending, organisation ?? "");
    }
}

using Workbench.App.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.App.Features.Supervision.ServiceRecords;
using Workbench.Core;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Supervision.Shortlist;

public sealed record ShortlistCandidate(int PlatformId, string Platform, string HostUnit, string? LatestGrade, bool Excellent,
    ServiceTotals Totals, int? EntryId, string? Reason);

/// <summary>第十条: 优秀省资源平台优先遴选申报国家资源平台 — candidates ranked by latest grade, then by services.</summary>
public sealed class ShortlistService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock, ServiceRecordService services)
{
    public async Task<IReadOnlyList<ShortlistCandidate>> CandidatesAsync(UserScope scope, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return [];
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rows = await db.Platforms.AsNoTracking().Where(p => p.Status != PlatformStatus.Revoked)
            .Select(p => new
            {
                p.Id, p.Name, Host = p.HostUnit!.Name,
                Grade = db.PlatformEvents.Where(e => e.PlatformId == p.Id && e.Kind == PlatformEventKind.Evaluated)
                    .OrderByDescending(e => e.OccurredAt).Select(e => e.Title).FirstOrDefault(),
                Entry = db.ShortlistEntries.Where(s => s.PlatformId == p.Id && s.RemovedAt == null).Select(s => new { s.Id, s.Reason }).FirstOrDefault(),
            }).ToListAsync(ct);
        var today = clock.ChinaToday();
        var totals = await services.TotalsByPlatformAsync(scope, today.AddYears(-3), today, ct);
        var none = new ServiceTotals(0, 0, 0, 0, 0, 0);
        return rows.Select(r => new ShortlistCandidate(r.Id, r.Name, r.Host, r.Grade, r.Grade?.Contains("优秀", StringComparison.Ordinal) == true,
                totals.GetValueOrDefault(r.Id, none), r.Entry?.Id, r.Entry?.Reason))
            .OrderByDescending(c => c.EntryId is not null).ThenByDescending(c => c.Excellent).ThenByDescending(c => c.Totals.Services).ThenBy(c => c.Platform)
            .ToList();
    }

    public async Task<SaveResult> AddAsync(UserScope scope, int platformId, string? reason, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return SaveResult.Fail("国家平台推荐名单由省科技厅遴选（第十条）。");
        if (string.IsNullOrWhiteSpace(reason)) return SaveResult.Fail("请填写推荐理由（如评估等次、服务成效）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var p = await db.Platforms.FirstOrDefaultAsync(x => x.Id == platformId, ct);
        if (p is null) return SaveResult.Fail("未找到该平台。");
        if (p.Status == PlatformStatus.Revoked) return SaveResult.Fail("已撤销的平台不能列入推荐名单。");
        if (await db.ShortlistEntries.AnyAsync(s => s.PlatformId == platformId && s.RemovedAt == null, ct)) return SaveResult.Fail($"{p.Name}已在推荐名单中。");
        var e = new ShortlistEntry { PlatformId = platformId, Reason = reason.Trim(), AddedAt = clock.GetUtcNow(), AddedBy = SupervisionCommon.Actor(scope) };
        db.ShortlistEntries.Add(e);
        db.AuditAction = "列入国家平台推荐名单";
        await db.SaveChangesAsync(ct);
        return SaveResult.Success(e.Id);
    }

    public async Task<SaveResult> RemoveAsync(UserScope scope, int entryId, string? reason, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return SaveResult.Fail("国家平台推荐名单由省科技厅遴选（第十条）。");
        if (string.IsNullOrWhiteSpace(reason)) return SaveResult.Fail("请填写移出理由。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var e = await db.ShortlistEntries.FirstOrDefaultAsync(x => x.Id == entryId && x.RemovedAt == null, ct);
        if (e is null) return SaveResult.Fail("该平台不在推荐名单中。");
        e.RemovedAt = clock.GetUtcNow();
        e.RemovedReason = reason.Trim();
        db.AuditAction = "移出国家平台推荐名单";
        await db.SaveChangesAsync(ct);
        return SaveResult.Success(e.Id);
    }
}

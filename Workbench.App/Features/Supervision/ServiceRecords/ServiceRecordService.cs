using Workbench.App.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Services;

namespace Workbench.App.Features.Supervision.ServiceRecords;

public sealed class ServiceRecordInput
{
    public int? PlatformId { get; set; }
    public DateTime? ServedOn { get; set; }
    public ServicePurpose Purpose { get; set; } = ServicePurpose.PublicInterestResearch;
    public string UserOrganisation { get; set; } = "";
    public string Content { get; set; } = "";
    public Charging Charging { get; set; }
    public string? ContractNumber { get; set; }
    public decimal Fee { get; set; }
    public decimal? Cost { get; set; }
}

public sealed record ServiceRow(int Id, int PlatformId, string Platform, DateOnly ServedOn, ServicePurpose Purpose, string UserOrganisation,
    string Content, Charging Charging, string? ContractNumber, decimal Fee, decimal? Cost, IReadOnlyList<string> Warnings);

/// <summary>Totals for one platform over a period (第十三、十四条), for lists and the evaluation materials.</summary>
public sealed record ServiceTotals(int Services, int UsersServed, int Free, int Paid, decimal Revenue, int Flagged);

/// <summary>第十三、十四条: service records per platform; Core's <see cref="ServiceCharging"/> flags charging problems.</summary>
public sealed class ServiceRecordService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock)
{
    public static IReadOnlyList<string> Warnings(ServiceRecord r) =>
        ServiceCharging.Validate(new ServiceRequest(r.Purpose, r.Charging == Charging.Free ? 0 : r.Fee, r.Cost, !string.IsNullOrWhiteSpace(r.ContractNumber))).Problems;

    public async Task<PageOfRows<ServiceRow>> ListAsync(UserScope scope, int? platformId, DateOnly? from, DateOnly? to, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var q = Query(db, scope, platformId, from, to);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(r => r.ServedOn).ThenByDescending(r => r.Id).Skip(page * pageSize).Take(pageSize)
            .Select(r => new { r, Platform = r.Platform!.Name }).ToListAsync(ct);
        return new(rows.Select(x => new ServiceRow(x.r.Id, x.r.PlatformId, x.Platform, x.r.ServedOn, x.r.Purpose, x.r.UserOrganisation, x.r.Content,
            x.r.Charging, x.r.ContractNumber, x.r.Fee, x.r.Cost, Warnings(x.r))).ToList(), total);
    }

    private static IQueryable<ServiceRecord> Query(WorkbenchDbContext db, UserScope scope, int? platformId, DateOnly? from, DateOnly? to)
    {
        var visible = db.Platforms.VisibleTo(scope).Select(p => p.Id);
        var q = db.ServiceRecords.AsNoTracking().Where(r => visible.Contains(r.PlatformId));
        if (platformId is int pid) q = q.Where(r => r.PlatformId == pid);
        if (from is { } f) q = q.Where(r => r.ServedOn >= f);
        if (to is { } t) q = q.Where(r => r.ServedOn <= t);
        return q;
    }

    /// <summary>Totals over everything the list shows (scope, platform, period), for the list's footer.</summary>
    public async Task<ServiceTotals> TotalsAsync(UserScope scope, int? platformId, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        return Totals(await Query(db, scope, platformId, from, to).ToListAsync(ct));
    }

    /// <summary>第十四条: the warnings Core raises for a service as typed in the form (shown inline before saving).</summary>
    public static IReadOnlyList<string> Warnings(ServiceRecordInput m) =>
        ServiceCharging.Validate(new ServiceRequest(m.Purpose, m.Charging == Charging.Free ? 0 : m.Fee, m.Cost, !string.IsNullOrWhiteSpace(m.ContractNumber))).Problems;

    /// <summary>Totals for one platform between two dates inclusive (no scope: for server-side callers such as evaluation materials).</summary>
    public async Task<ServiceTotals> ServiceTotalsAsync(int platformId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rows = await db.ServiceRecords.AsNoTracking().Where(r => r.PlatformId == platformId && r.ServedOn >= from && r.ServedOn <= to).ToListAsync(ct);
        return Totals(rows);
    }

    /// <summary>Totals per platform for every platform in scope (one query).</summary>
    public async Task<IReadOnlyDictionary<int, ServiceTotals>> TotalsByPlatformAsync(UserScope scope, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rows = await Query(db, scope, null, from, to).ToListAsync(ct);
        return rows.GroupBy(r => r.PlatformId).ToDictionary(g => g.Key, g => Totals(g.ToList()));
    }

    private static ServiceTotals Totals(IReadOnlyCollection<ServiceRecord> rows) => new(rows.Count,
        rows.Select(r => r.UserOrganisation.Trim()).Distinct().Count(), rows.Count(r => r.Charging == Charging.Free), rows.Count(r => r.Charging == Charging.Paid),
        rows.Where(r => r.Charging == Charging.Paid).Sum(r => r.Fee), rows.Count(r => Warnings(r).Count > 0));

    public async Task<IReadOnlyList<Option>> PlatformsAsync(UserScope scope, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        return await db.Platforms.AsNoTracking().VisibleTo(scope).OrderBy(p => p.Name).Select(p => new Option(p.Id, p.Name)).ToListAsync(ct);
    }

    /// <summary>The host unit records a service. Charging problems (第十四条) are saved and flagged, not hidden; impossible values are refused.</summary>
    public async Task<SaveResult> AddAsync(UserScope scope, ServiceRecordInput m, CancellationToken ct = default)
    {
        if (scope.Role != Role.HostUnit) return SaveResult.Fail("服务记录由依托单位填报（第十三条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var errors = new List<string>();
        if (m.PlatformId is not int pid || !await db.Platforms.VisibleTo(scope).AnyAsync(p => p.Id == pid, ct)) errors.Add("请选择本单位的平台。");
        if (m.ServedOn is null) errors.Add("请填写服务日期。");
        else if (DateOnly.FromDateTime(m.ServedOn.Value) > clock.ChinaToday()) errors.Add("服务日期不能晚于今天。");
        if (string.IsNullOrWhiteSpace(m.UserOrganisation)) errors.Add("请填写服务对象（用户单位）。");
        if (string.IsNullOrWhiteSpace(m.Content)) errors.Add("请填写服务内容。");
        if (m.Fee < 0 || m.Cost < 0) errors.Add("收费和成本不能为负数（第十四条）。");
        if (m.Charging == Charging.Free && m.Fee != 0) errors.Add("无偿服务的收费金额应为0。");
        if (errors.Count > 0) return SaveResult.Fail(errors);
        var r = new ServiceRecord
        {
            PlatformId = m.PlatformId!.Value, ServedOn = DateOnly.FromDateTime(m.ServedOn!.Value), Purpose = m.Purpose,
            UserOrganisation = m.UserOrganisation.Trim(), Content = m.Content.Trim(), Charging = m.Charging,
            ContractNumber = string.IsNullOrWhiteSpace(m.ContractNumber) ? null : m.ContractNumber.Trim(),
            Fee = m.Charging == Charging.Free ? 0 : m.Fee, Cost = m.Cost, RecordedBy = SupervisionCommon.Actor(scope),
        };
        db.ServiceRecords.Add(r);
        db.AuditAction = "登记服务记录";
        await db.SaveChangesAsync(ct);
        return SaveResult.Success(r.Id);
    }

    public async Task<SaveResult> DeleteAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        if (scope.Role != Role.HostUnit) return SaveResult.Fail("服务记录由依托单位维护。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var visible = db.Platforms.VisibleTo(scope).Select(p => p.Id);
        var r = await db.ServiceRecords.FirstOrDefaultAsync(x => x.Id == id && visible.Contains(x.PlatformId), ct);
        if (r is null) return SaveResult.Fail("未找到或无权查看该服务记录。");
        db.ServiceRecords.Remove(r);
        db.AuditAction = "删除服务记录";
        await db.SaveChangesAsync(ct);
        return SaveResult.Success(id);
    }
}

using Workbench.App.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Integrity;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Supervision.Integrity;

public sealed class IntegrityInput
{
    public int? HostUnitId { get; set; }
    public int? PlatformId { get; set; }
    public MisconductKind Kind { get; set; }
    public bool Serious { get; set; }
    public bool Unlawful { get; set; }
    public DateTime? FoundOn { get; set; }
    public DateTime? BarredUntil { get; set; }
    public string Facts { get; set; } = "";
    public string? Evidence { get; set; }
}

public sealed record IntegrityRow(int Id, string HostUnit, string? Platform, MisconductKind Kind, bool Serious, DateOnly FoundOn,
    DateOnly? BarredUntil, bool Lifted, string Facts, IReadOnlyList<string> Measures, IReadOnlyList<StoredFile> Files);

/// <summary>
/// 第十八条: findings of fraud or academic misconduct, their consequences (Core's <see cref="IntegrityRules"/>), and the eligibility
/// checks the recognition and evaluation features call (<see cref="MayApplyAsync"/>, <see cref="MayBeEvaluatedAsync"/>).
/// </summary>
public sealed class IntegrityService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock, FileStore files)
    : Recognition.IIntegrityLookup
{
    /// <summary>The findings recognition checks before a host unit may apply (第十八条).</summary>
    public async Task<IReadOnlyList<MisconductFinding>> FindingsForAsync(int hostUnitId, CancellationToken ct = default) =>
        await FindingsAsync(hostUnitId, ct);

    /// <summary>第十八条: may the host unit apply for recognition on <paramref name="today"/>? Failing checks cite the article.</summary>
    public async Task<Check> MayApplyAsync(int hostUnitId, DateOnly today, CancellationToken ct = default) =>
        IntegrityRules.MayApply(hostUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture), await FindingsAsync(hostUnitId, ct), today);

    /// <summary>第十八条: may the host unit's platforms take part in evaluation on <paramref name="today"/>?</summary>
    public async Task<Check> MayBeEvaluatedAsync(int hostUnitId, DateOnly today, CancellationToken ct = default) =>
        IntegrityRules.MayBeEvaluated(hostUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture), await FindingsAsync(hostUnitId, ct), today);

    private async Task<List<MisconductFinding>> FindingsAsync(int hostUnitId, CancellationToken ct)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        return (await db.IntegrityFindings.AsNoTracking().Where(f => f.HostUnitId == hostUnitId).ToListAsync(ct)).Select(ToCore).ToList();
    }

    private static MisconductFinding ToCore(IntegrityFinding f) =>
        new(f.HostUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Kind, f.Serious, f.FoundOn, f.BarredUntil, f.Lifted, f.Unlawful);

    public static IntegrityConsequences Consequences(IntegrityFinding f) => IntegrityRules.Consequences(ToCore(f));

    public async Task<PageOfRows<IntegrityRow>> ListAsync(UserScope scope, int page, int pageSize, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return new([], 0);
        await using var db = await dbf.CreateDbContextAsync(ct);
        var total = await db.IntegrityFindings.CountAsync(ct);
        var rows = await db.IntegrityFindings.AsNoTracking().Include(f => f.HostUnit).Include(f => f.Platform)
            .OrderByDescending(f => f.FoundOn).ThenByDescending(f => f.Id).Skip(page * pageSize).Take(pageSize).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var attached = await db.StoredFiles.AsNoTracking().Where(f => f.OwnerKind == "Integrity" && ids.Contains(f.OwnerId)).ToListAsync(ct);
        return new(rows.Select(f => new IntegrityRow(f.Id, f.HostUnit!.Name, f.Platform?.Name, f.Kind, f.Serious, f.FoundOn, f.BarredUntil, f.Lifted,
            f.Facts, Consequences(f).Measures, attached.Where(a => a.OwnerId == f.Id).ToList())).ToList(), total);
    }

    /// <summary>The integrity form prefilled from a completed on-site inspection that found falsified material (the
    /// link in the admin's inbox): host unit, 弄虚作假, the inspection date and what was found. Null for anyone but the
    /// 省科技厅, or when that inspection found no falsification.</summary>
    public async Task<IntegrityInput?> FromInspectionAsync(UserScope scope, int applicationId, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return null;
        await using var db = await dbf.CreateDbContextAsync(ct);
        var found = await (from i in db.SiteInspections.AsNoTracking()
                           join a in db.RecognitionApplications on i.ApplicationId equals a.Id
                           where i.ApplicationId == applicationId && i.Completed && i.FalsifiedFound
                           select new { i.InspectedOn, i.FalsifiedDetail, a.Name, a.HostUnitId }).FirstOrDefaultAsync(ct);
        if (found is null) return null;
        return new IntegrityInput
        {
            HostUnitId = found.HostUnitId, Kind = MisconductKind.Fraud,
            FoundOn = (found.InspectedOn ?? clock.ChinaToday()).ToDateTime(TimeOnly.MinValue),
            Facts = $"申报“{found.Name}”省资源平台认定，现场考察核实发现申报材料弄虚作假：{found.FalsifiedDetail}",
            Evidence = $"现场考察核实记录（认定申请编号 {applicationId}）",
        };
    }

    /// <summary>第十八条: records a finding and applies its consequences; a serious case revokes the platform(s) and recalls the plaque.</summary>
    public async Task<SaveResult> RecordAsync(UserScope scope, IntegrityInput m, UploadedFile? evidence = null, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return SaveResult.Fail("诚信记录由省科技厅认定（第十八条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var errors = new List<string>();
        var unit = m.HostUnitId is int hid ? await db.HostUnits.FirstOrDefaultAsync(u => u.Id == hid, ct) : null;
        if (unit is null) errors.Add("请选择被认定的依托单位。");
        var platform = m.PlatformId is int pid ? await db.Platforms.FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        if (m.PlatformId is not null && (platform is null || platform.HostUnitId != unit?.Id)) errors.Add("所选平台不属于该依托单位。");
        if (string.IsNullOrWhiteSpace(m.Facts) || m.Facts.Trim().Length < 10) errors.Add("请写明认定的事实（不少于10字）。");
        if (m.FoundOn is null) errors.Add("请填写认定日期。");
        else if (m.BarredUntil is { } u && u < m.FoundOn) errors.Add("取消资格截止日期不能早于认定日期。");
        if (errors.Count > 0) return SaveResult.Fail(errors);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var f = new IntegrityFinding
        {
            HostUnitId = unit!.Id, PlatformId = platform?.Id, Kind = m.Kind, Serious = m.Serious, Unlawful = m.Unlawful,
            FoundOn = DateOnly.FromDateTime(m.FoundOn!.Value), BarredUntil = m.BarredUntil is { } b ? DateOnly.FromDateTime(b) : null,
            Facts = m.Facts.Trim(), Evidence = m.Evidence?.Trim(), RecordedBy = SupervisionCommon.Actor(scope), RecordedAt = clock.GetUtcNow(),
        };
        var c = Consequences(f);
        f.PublishedOnNetwork = c.PublishOnSharingNetwork;
        f.InIntegrityDatabase = c.EnterIntegrityDatabase;
        f.PlatformRevoked = c.RevokePlatform;
        if (c.RevokePlatform)
        {
            var targets = platform is not null ? [platform] : await db.Platforms.Where(p => p.HostUnitId == unit.Id && p.Status != PlatformStatus.Revoked).ToListAsync(ct);
            foreach (var p in targets.Where(p => p.Status != PlatformStatus.Revoked))
            {
                p.Status = PlatformStatus.Revoked;
                p.Events.Add(new PlatformEvent
                {
                    OccurredAt = clock.GetUtcNow(), Kind = PlatformEventKind.Revoked, Actor = SupervisionCommon.Actor(scope),
                    Title = $"{m.Kind.Label()}情节严重，撤销省资源平台资格，收回牌匾（第十八条）", Detail = f.Facts,
                });
            }
        }
        db.IntegrityFindings.Add(f);
        db.AuditAction = c.RevokePlatform ? "认定失信行为并撤销平台" : "认定失信行为";
        await db.SaveChangesAsync(ct);
        if (evidence is not null)
        {
            var (_, error) = await files.StoreAsync(db, evidence.Content, evidence.Name, evidence.Length, "Integrity", f.Id, SupervisionCommon.Actor(scope), clock.GetUtcNow(), ct);
            if (error is not null) return SaveResult.Fail(error);
            db.AuditAction = "上传证据材料";
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return SaveResult.Success(f.Id);
    }

    /// <summary>第十八条: what recording <paramref name="m"/> would bring about (Core), shown before the admin confirms.</summary>
    public static IntegrityConsequences Preview(IntegrityInput m) =>
        IntegrityRules.Consequences(new MisconductFinding(m.HostUnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", m.Kind, m.Serious,
            m.FoundOn is { } d ? DateOnly.FromDateTime(d) : default, m.BarredUntil is { } b ? DateOnly.FromDateTime(b) : null, false, m.Unlawful));

    public async Task<IReadOnlyList<Option>> HostUnitsAsync(UserScope scope, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return [];
        await using var db = await dbf.CreateDbContextAsync(ct);
        return await db.HostUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => new Option(u.Id, u.Name)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Option>> PlatformsOfAsync(int hostUnitId, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        return await db.Platforms.AsNoTracking().Where(p => p.HostUnitId == hostUnitId).OrderBy(p => p.Name).Select(p => new Option(p.Id, p.Name)).ToListAsync(ct);
    }
}

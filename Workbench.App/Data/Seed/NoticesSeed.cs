using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Notices;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Recognition;

namespace Workbench.App.Data.Seed;

/// <summary>
/// Demo notices for what the other seeds left in a noticed state, each dated as it would have been issued: the 公示 of
/// applications under 公示, the 公示 and result notice of each round's published or publicised platforms, and the
/// 整改通知书 of each rectification case. Runs after the other seeds, into an empty notices table only.
/// </summary>
internal static class NoticesSeed
{
    private static readonly UserScope Office = new("admin", "省科技厅", Role.Admin, null, null, null);

    public static async Task SeedAsync(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock, CancellationToken ct)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        if (await db.OfficialNotices.AnyAsync(ct)) return;
        var apps = await db.RecognitionApplications.Include(a => a.Batch).Where(a => a.Status == RecognitionStatus.PublicNotice && a.NoticeStart != null).ToListAsync(ct);
        var rows = await db.RoundPlatforms.AsNoTracking().Where(r => r.Status == EvaluationStatus.PublicNotice || r.Status == EvaluationStatus.Published).ToListAsync(ct);
        var cases = await db.Rectifications.Where(r => r.Status != RectificationStatus.Removed)
            .Select(r => new { Case = r, r.Platform!.Name, r.Platform.HostUnitId, Host = r.Platform.HostUnit!.Name, r.Platform.CompetentDepartmentId, Dept = r.Platform.CompetentDepartment!.Name, RoundId = (int?)r.RoundPlatform!.RoundId })
            .ToListAsync(ct);
        var recognised = await db.Platforms.AsNoTracking().Where(p => p.RecognisedOn != null && p.CertificateNumber != null).OrderBy(p => p.CertificateNumber)
            .Select(p => new { On = p.RecognisedOn!.Value, P = new NoticeIssuer.ListedPlatform(p.Id, p.Name, p.HostUnitId, p.HostUnit!.Name, p.CompetentDepartmentId, p.CompetentDepartment!.Name, p.CertificateNumber) })
            .ToListAsync(ct);
        // In issue order, so 发文字号 run with the dates.
        var work = new List<(DateOnly On, Func<TimeProvider, Task> Issue)>();
        foreach (var g in recognised.GroupBy(r => r.On))
            work.Add((g.Key, c => NoticeIssuer.RecognitionListNoticeAsync(db, $"{g.Key.Year}年度", g.Select(x => x.P).ToList(), Office, c, ct)));
        foreach (var a in apps) work.Add((a.NoticeStart!.Value, c => NoticeIssuer.RecognitionPublicityAsync(db, a, Office, c, ct)));
        foreach (var g in rows.GroupBy(r => (r.RoundId, r.NoticeStart)).Where(g => g.Key.NoticeStart is not null))
            work.Add((g.Key.NoticeStart!.Value, c => NoticeIssuer.EvaluationPublicityAsync(db, g.Key.RoundId, g.ToList(), Office, c, ct)));
        foreach (var g in rows.Where(r => r.PublishedOn is not null).GroupBy(r => (r.RoundId, r.PublishedOn)))
            work.Add((g.Key.PublishedOn!.Value, c => NoticeIssuer.EvaluationNoticeAsync(db, g.Key.RoundId, g.ToList(), Office, c, ct)));
        foreach (var r in cases)
            work.Add((r.Case.OpenedOn, c => NoticeIssuer.RectificationNoticeAsync(db, r.Case, r.Case.PlatformId, r.Name, r.HostUnitId, r.Host, r.CompetentDepartmentId, r.Dept, r.RoundId, Office, c, ct)));
        foreach (var (on, issue) in work.OrderBy(w => w.On)) await issue(new FixedClock(on));
        db.AuditAction = "导入演示公文";
        await db.SaveChangesAsync(ct);
    }

    private sealed class FixedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
    }
}

using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Evaluation;
using Workbench.App.Features.Platforms;
using Workbench.App.Features.Recognition;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Core.Recognition;

namespace Workbench.App.Features.Home;

public sealed partial class DashboardService
{
    /// <summary>Days before a deadline from which it counts as near (rectification, materials).</summary>
    public const int SoonDays = 30;

    /// <summary>第十七条: open rectification cases (due one year after publication, set by Core when the case opened).</summary>
    private async Task<RectificationSummary> RectificationsAsync(WorkbenchDbContext db, UserScope scope, CancellationToken ct)
    {
        var today = Today;
        var soon = today.AddDays(SoonDays);
        var open = db.Rectifications.AsNoTracking().VisibleTo(scope)
            .Where(r => r.Status == RectificationStatus.Open || r.Status == RectificationStatus.ReportSubmitted || r.Status == RectificationStatus.ReEvaluating);
        // One group at most: read as a list (First on an unordered query makes EF warn in every production log).
        var counts = (await open.GroupBy(_ => 1).Select(g => new
        {
            N = g.Count(),
            // The same test as the rectification page: still open (no report) and past its due date.
            Overdue = g.Count(r => r.Status == RectificationStatus.Open && r.DueOn < today),
            Soon = g.Count(r => r.DueOn >= today && r.DueOn <= soon),
        }).ToListAsync(ct)).SingleOrDefault();
        var nearest = await open.OrderBy(r => r.DueOn).ThenBy(r => r.Id).Take(6)
            .Select(r => new { r.PlatformId, r.Platform!.Name, r.DueOn, r.Status }).ToListAsync(ct);
        return new(counts?.N ?? 0, counts?.Overdue ?? 0, counts?.Soon ?? 0, nearest.Select(r =>
        {
            var left = r.DueOn.DayNumber - today.DayNumber;
            return new RectificationDue(r.PlatformId, r.Name, r.DueOn, left, left < 0 && r.Status == RectificationStatus.Open);
        }).ToList());
    }

    /// <summary>第十五条: platforms owing last year's summary, per status. The database sorts submissions into three buckets; Core names each.</summary>
    private async Task<SummaryCounts> SummariesAsync(WorkbenchDbContext db, UserScope scope, CancellationToken ct)
    {
        var today = Today;
        var year = today.Year - 1;
        var deadline = AnnualSummary.Deadline(year);
        var buckets = await OwingSummaries(db, scope, year)
            .Select(x => x.SubmittedOn == null ? 0 : x.SubmittedOn <= deadline ? 1 : 2)
            .GroupBy(b => b).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var counts = Enum.GetValues<SummaryStatus>().ToDictionary(s => s, _ => 0);
        foreach (var b in buckets)
        {
            DateOnly? representative = b.Key switch { 0 => null, 1 => deadline, _ => deadline.AddDays(1) };
            counts[AnnualSummary.Status(year, representative, today)] += b.N;
        }
        return new(year, deadline, counts);
    }

    /// <summary>The platforms that owe a summary for <paramref name="year"/> (recognised by its end, not revoked) — as the summaries page lists them.</summary>
    private static IQueryable<OwingSummary> OwingSummaries(WorkbenchDbContext db, UserScope scope, int year)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        return db.Platforms.AsNoTracking().VisibleTo(scope)
            .Where(p => p.Status != PlatformStatus.Revoked && p.RecognisedOn != null && p.RecognisedOn <= yearEnd)
            .Select(p => new OwingSummary
            {
                PlatformId = p.Id, Platform = p.Name,
                SubmittedOn = db.AnnualSummaries.Where(s => s.PlatformId == p.Id && s.Year == year).Select(s => s.SubmittedOn).FirstOrDefault(),
            });
    }

    /// <summary>A host unit's dated tasks: summaries owed, rectification due dates, evaluation materials, recognition applications.</summary>
    private async Task<IReadOnlyList<DeadlineItem>> DeadlinesAsync(WorkbenchDbContext db, UserScope scope, RectificationSummary? rect, CancellationToken ct)
    {
        var today = Today;
        var items = new List<DeadlineItem>();
        var year = today.Year - 1;
        var owing = await OwingSummaries(db, scope, year).Where(x => x.SubmittedOn == null).OrderBy(x => x.Platform).Take(20).ToListAsync(ct);
        var due = AnnualSummary.Deadline(year);
        items.AddRange(owing.Select(o => new DeadlineItem($"{year}年度总结 · {o.Platform}", AnnualSummary.Describe(year, null, today), due,
            due.DayNumber - today.DayNumber, $"/supervision/summaries/{o.PlatformId}/{year}")));
        items.AddRange((rect?.Nearest ?? []).Select(r => new DeadlineItem($"整改期满 · {r.Platform}",
            r.Overdue ? "整改期已满仍未提交整改报告（第十七条）。" : "整改期1年，期满后复评（第十七条）。", r.DueOn, r.DaysLeft, "/evaluation/rectifications")));
        var materials = await db.RoundPlatforms.AsNoTracking().VisibleTo(scope)
            .Where(rp => rp.Round!.Status == RoundStatus.Open && (rp.Material == null || rp.Material.SubmittedAt == null))
            .OrderBy(rp => rp.Round!.MaterialDeadline).Take(20)
            .Select(rp => new { rp.Id, Platform = rp.Platform!.Name, rp.Round!.Title, rp.Round.MaterialDeadline, Returned = rp.Material != null && rp.Material.ReturnReason != null })
            .ToListAsync(ct);
        items.AddRange(materials.Select(m => new DeadlineItem($"考核评估材料 · {m.Platform}",
            $"{m.Title}：{(m.Returned ? "材料被退回，请修改后重新提交" : "请提交评估材料")}（第十六条）。", m.MaterialDeadline,
            m.MaterialDeadline.DayNumber - today.DayNumber, $"/evaluation/materials/{m.Id}")));
        var apps = await db.RecognitionApplications.AsNoTracking().VisibleTo(scope)
            .Where(a => a.Status != RecognitionStatus.Recognised && a.Status != RecognitionStatus.Rejected)
            .OrderBy(a => a.Id).Take(20)
            .Select(a => new { a.Id, a.Name, a.Status, a.LastReason, a.Batch!.ClosesOn }).ToListAsync(ct);
        items.AddRange(apps.Select(a =>
        {
            var mine = a.Status is RecognitionStatus.Draft or RecognitionStatus.Returned;
            var detail = a.Status == RecognitionStatus.Returned && a.LastReason is not null ? $"退回修改：{a.LastReason}" : $"当前环节：{a.Status.Label()}";
            return new DeadlineItem($"认定申请 · {(string.IsNullOrWhiteSpace(a.Name) ? "（未命名）" : a.Name)}", detail,
                mine ? a.ClosesOn : null, mine ? a.ClosesOn.DayNumber - today.DayNumber : null, $"/recognition/applications/{a.Id}");
        }));
        return items.OrderBy(i => i.Due ?? DateOnly.MaxValue).ToList();
    }

    private static async Task<string?> OrganisationAsync(WorkbenchDbContext db, UserScope scope, CancellationToken ct) => scope.Role switch
    {
        Role.HostUnit => await db.HostUnits.Where(u => u.Id == scope.HostUnitId).Select(u => u.Name).FirstOrDefaultAsync(ct),
        Role.Department => await db.Departments.Where(d => d.Id == scope.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync(ct),
        Role.Expert => await db.Experts.Where(e => e.Id == scope.ExpertId).Select(e => e.UnitName).FirstOrDefaultAsync(ct),
        Role.Admin => "湖南省科学技术厅",
        _ => await db.Users.Where(u => u.UserName == scope.UserName).Select(u => u.OrganisationName).FirstOrDefaultAsync(ct),
    };
}

public sealed class OwingSummary
{
    public int PlatformId { get; init; }
    public required string Platform { get; init; }
    public DateOnly? SubmittedOn { get; init; }
}

using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Evaluation;
using Workbench.App.Features.Platforms;
using Workbench.App.Features.Recognition;
using Workbench.App.Features.Reviews;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Core.Recognition;
using Workbench.Core.Scoring;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Home;

/// <summary>
/// 工作台: the figures each role steers by, within the user's scope. Every aggregate is a GROUP BY in the database (a
/// fixed, small number of queries whatever the number of platforms); rules (deadlines, summary status) are Core's.
/// </summary>
public sealed partial class DashboardService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock, ReviewService reviews)
{
    public DateOnly Today => clock.ChinaToday();

    public async Task<Dashboard> LoadAsync(UserScope scope, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var role = scope.Role;
        var official = role is Role.Admin or Role.Department or Role.Agency;
        var registry = await RegistryAsync(db, scope, ct);
        var grades = official ? await GradesAsync(db, scope, ct) : null;
        var pipeline = role is Role.Expert or null ? [] : await PipelineAsync(db, scope, ct);
        var panels = official ? await PanelsAsync(db, scope, ct) : [];
        var rect = role is Role.Expert or null ? null : await RectificationsAsync(db, scope, ct);
        var summaries = role is Role.Admin or Role.Department or Role.HostUnit ? await SummariesAsync(db, scope, ct) : null;
        var complaints = role == Role.Admin
            ? await db.Complaints.AsNoTracking().GroupBy(c => c.Status).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct)
            : null;
        var deadlines = role == Role.HostUnit ? await DeadlinesAsync(db, scope, rect, ct) : [];
        return new(await OrganisationAsync(db, scope, ct) ?? "", registry, grades, pipeline, panels, rect, summaries, complaints, deadlines);
    }

    /// <summary>工作台 of an expert: the panels assigned (the Reviews feature's own list), counted by the expert's sheet state.</summary>
    public async Task<ExpertDashboard> LoadExpertAsync(UserScope scope, CancellationToken ct = default)
    {
        var rows = await reviews.MyPanelsAsync(scope, ct);
        await using var db = await dbf.CreateDbContextAsync(ct);
        var pending = rows.Where(r => r.PanelStatus == PanelStatus.Open && r.MyStatus is ReviewStates.NotStarted or ReviewStates.Draft)
            .OrderBy(r => r.Deadline ?? DateOnly.MaxValue).ToList();
        return new(await OrganisationAsync(db, scope, ct) ?? "", pending,
            rows.Count(r => r.PanelStatus == PanelStatus.Open && r.MyStatus == ReviewStates.NotStarted),
            rows.Count(r => r.PanelStatus == PanelStatus.Open && r.MyStatus == ReviewStates.Draft),
            rows.Count(r => r.MyStatus == ReviewStates.Submitted));
    }

    private static async Task<RegistryCounts> RegistryAsync(WorkbenchDbContext db, UserScope scope, CancellationToken ct)
    {
        var rows = await db.Platforms.AsNoTracking().VisibleTo(scope).GroupBy(p => new { p.Status, p.Category })
            .Select(g => new { g.Key.Status, g.Key.Category, N = g.Count() }).ToListAsync(ct);
        return new(rows.Sum(r => r.N),
            rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Sum(r => r.N)),
            rows.Where(r => r.Status != PlatformStatus.Revoked).GroupBy(r => r.Category).ToDictionary(g => g.Key, g => g.Sum(r => r.N)));
    }

    /// <summary>第十六、十七条: each platform counted once, by the grade of its latest published evaluation.</summary>
    private static async Task<GradeDistribution> GradesAsync(WorkbenchDbContext db, UserScope scope, CancellationToken ct)
    {
        var rows = await PlatformService.LatestGrades(db, db.Platforms.AsNoTracking().VisibleTo(scope))
            .GroupBy(x => new { x.Category, x.DepartmentId, x.Grade })
            .Select(g => new { g.Key.Category, g.Key.DepartmentId, g.Key.Grade, N = g.Count() }).ToListAsync(ct);
        var deptIds = rows.Select(r => r.DepartmentId).Distinct().ToList();
        var depts = await db.Departments.AsNoTracking().Where(d => deptIds.Contains(d.Id)).OrderBy(d => d.Kind).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        var byCategory = Enum.GetValues<ResourceCategory>().Select(c => new GradeGroup(c.Label(), $"category={c}",
            Counts(rows.Where(r => r.Category == c).Select(r => (r.Grade!.Value, r.N))))).ToList();
        var byDept = depts.Select(d => new GradeGroup(d.Name, $"department={d.Id}",
            Counts(rows.Where(r => r.DepartmentId == d.Id).Select(r => (r.Grade!.Value, r.N))))).ToList();
        return new(byCategory, byDept);
    }

    private static Dictionary<Grade, int> Counts(IEnumerable<(Grade Grade, int N)> rows) =>
        Enum.GetValues<Grade>().ToDictionary(g => g, g => rows.Where(r => r.Grade == g).Sum(r => r.N));

    /// <summary>第八条(二): per batch with applications still in progress, the applications at each step.</summary>
    private static async Task<IReadOnlyList<PipelineBatch>> PipelineAsync(WorkbenchDbContext db, UserScope scope, CancellationToken ct)
    {
        var apps = db.RecognitionApplications.AsNoTracking().VisibleTo(scope);
        var rows = await apps
            .Where(a => apps.Any(o => o.BatchId == a.BatchId && o.Status != RecognitionStatus.Recognised && o.Status != RecognitionStatus.Rejected))
            .GroupBy(a => new { a.BatchId, a.Batch!.Title, a.Status })
            .Select(g => new { g.Key.BatchId, g.Key.Title, g.Key.Status, N = g.Count() }).ToListAsync(ct);
        return rows.GroupBy(r => (r.BatchId, r.Title)).OrderByDescending(g => g.Key.BatchId)
            .Select(g => new PipelineBatch(g.Key.BatchId, g.Key.Title, g.ToDictionary(r => r.Status, r => r.N))).ToList();
    }

    /// <summary>Open expert panels (recognition and evaluation): sheets submitted of the experts who did not abstain, nearest deadline first.</summary>
    private static async Task<IReadOnlyList<PanelProgressRow>> PanelsAsync(WorkbenchDbContext db, UserScope scope, CancellationToken ct)
    {
        var panels = db.ReviewPanels.AsNoTracking().Where(p => p.Status == PanelStatus.Open);
        if (scope.Role == Role.Department)
            panels = panels.Where(p => db.HostUnits.Any(u => u.Id == p.HostUnitId && u.CompetentDepartmentId == scope.DepartmentId));
        var rows = await panels.OrderBy(p => p.Deadline == null).ThenBy(p => p.Deadline).ThenBy(p => p.Id).Take(12)
            .Select(p => new
            {
                p.Id, p.Kind, p.SubjectId, p.SubjectTitle, p.Deadline,
                Total = p.Members.Count(m => m.AbstainedReason == null),
                Submitted = p.Sheets.Count(s => s.Status == SheetStatus.Submitted && p.Members.Any(m => m.ExpertId == s.ExpertId && m.AbstainedReason == null)),
                RoundId = db.RoundPlatforms.Where(r => r.Id == p.SubjectId).Select(r => (int?)r.RoundId).FirstOrDefault(),
            }).ToListAsync(ct);
        return rows.Select(r => new PanelProgressRow(r.Id, r.Kind, r.SubjectTitle, r.Deadline, r.Submitted, r.Total,
            r.Kind == PanelKind.Recognition ? $"/recognition/applications/{r.SubjectId}" : r.RoundId is int round ? $"/evaluation/rounds/{round}" : "/evaluation")).ToList();
    }
}

using Workbench.App.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Conflicts;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Core.Scoring;
using Workbench.App.Features.Reviews;

namespace Workbench.App.Features.Evaluation;

/// <summary>
/// 第十六条: the agency assigns experts per category; conflicts by Core <see cref="ConflictPolicy"/>. Each platform's experts form its
/// review panel (Reviews module, <see cref="PanelKind.Evaluation"/>); <see cref="RoundAssignment"/> rows mirror the members for load counts.
/// </summary>
public sealed class AssignmentService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock, ReviewService reviews)
{
    /// <summary>Practice: panels of 5–7 experts, an odd number (Core <see cref="PanelRules"/>).</summary>
    public const int PanelMin = PanelRules.MinimumSize, PanelMax = PanelRules.MaximumSize;

    private static readonly Dictionary<ResourceCategory, string[]> Keywords = new()
    {
        [ResourceCategory.FacilitiesAndInstruments] = ["仪器", "材料", "检测", "计量", "测试", "分析"],
        [ResourceCategory.DataAndInformation] = ["数据", "信息", "情报", "文献"],
        [ResourceCategory.BiologicalAndMaterials] = ["种质", "生物", "菌种", "育种", "动物", "标本", "样本"],
        [ResourceCategory.PublicServices] = ["成果转化", "科技管理", "标准", "科学普及", "检验检测", "设计", "创新创业"],
    };

    public static bool MayAssign(UserScope scope) => scope.Role is Role.Agency or Role.Admin;

    public async Task<IReadOnlyList<AssignmentRow>> SuggestExpertsAsync(UserScope scope, int roundId, ResourceCategory category, CancellationToken ct = default)
    {
        if (!MayAssign(scope)) return [];
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rows = await db.RoundPlatforms.AsNoTracking().Where(r => r.RoundId == roundId && r.Platform!.Category == category
                && (r.Status == EvaluationStatus.DepartmentReviewed || r.Status == EvaluationStatus.ExpertScoring))
            .OrderBy(r => r.Platform!.Name)
            .Select(r => new { r.Id, r.Platform!.Name, Host = r.Platform.HostUnit!.Name, r.Platform.HostUnitId, Head = r.Platform.Head.Name, r.Status,
                Assigned = r.Assignments.Select(a => a.ExpertId).ToList() })
            .ToListAsync(ct);
        var experts = await db.Experts.AsNoTracking().Where(e => e.Active).OrderBy(e => e.Id).ToListAsync(ct);
        var load = await db.RoundAssignments.AsNoTracking().Where(a => db.RoundPlatforms.Any(r => r.Id == a.RoundPlatformId && r.Round!.Status == RoundStatus.Open))
            .GroupBy(a => a.ExpertId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var today = clock.ChinaToday();
        var words = Keywords[category];
        return rows.Select(r =>
        {
            var candidates = experts.Select(e =>
            {
                var conflict = e.HostUnitId == r.HostUnitId
                    ? new Conflict(ConflictKind.SameUnit)
                    : ConflictPolicy.Evaluate(new ExpertFacts(e.UnitName, []), new ConflictSubject(r.Host, [r.Head]), today);
                var match = e.Fields.Count(f => words.Any(w => f.Contains(w, StringComparison.Ordinal)) || r.Name.Contains(f, StringComparison.Ordinal));
                var why = conflict.IsConflict ? ConflictPolicy.MayAssign(conflict).Problems[0] : null;
                return new ExpertCandidate(e.Id, e.Name, e.UnitName, e.Title, e.Fields, match, load.GetValueOrDefault(e.Id), conflict.IsConflict, why, false, r.Assigned.Contains(e.Id));
            }).ToList();
            var suggested = candidates.Where(c => !c.Conflicted).OrderByDescending(c => c.FieldMatch).ThenBy(c => c.Load).ThenBy(c => c.ExpertId)
                .Take(PanelMin).Select(c => c.ExpertId).ToHashSet();
            var list = candidates.Select(c => c with { Suggested = suggested.Contains(c.ExpertId) })
                .OrderByDescending(c => c.Assigned).ThenByDescending(c => c.Suggested).ThenBy(c => c.Conflicted).ThenByDescending(c => c.FieldMatch).ThenBy(c => c.Load).ToList();
            return new AssignmentRow(r.Id, r.Name, r.Host, r.Status, list);
        }).ToList();
    }

    /// <summary>
    /// 第十六条: validates every request (panel size and conflicts by Core), then forms or updates each platform's review panel
    /// (Evaluation kind, the round's template snapshot for the category), links it, moves the status by Core's workflow — one transaction.
    /// Members can change only while no sheet of the panel has been submitted.
    /// </summary>
    public async Task<SaveResult> AssignAsync(UserScope scope, int roundId, IReadOnlyList<AssignmentRequest> requests, CancellationToken ct = default)
    {
        if (!MayAssign(scope)) return SaveResult.Fail("专家分配由第三方机构办理（第十六条）。");
        if (requests.Count == 0) return SaveResult.Fail("没有需要分配专家的平台。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var ids = requests.Select(r => r.RoundPlatformId).ToList();
        var rows = await db.RoundPlatforms.Include(r => r.Assignments).Include(r => r.Round).Include(r => r.Platform).ThenInclude(p => p!.HostUnit)
            .Where(r => r.RoundId == roundId && ids.Contains(r.Id)).ToListAsync(ct);
        var panelIds = rows.Where(r => r.PanelId != null).Select(r => r.PanelId!.Value).ToList();
        var panels = await db.ReviewPanels.Include(p => p.Members).Include(p => p.Sheets).Where(p => panelIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var templates = await db.RoundTemplates.AsNoTracking().Where(t => t.RoundId == roundId).ToDictionaryAsync(t => t.Category, t => t.Json, ct);
        var expertIds = requests.SelectMany(r => r.ExpertIds).Distinct().ToList();
        var experts = await db.Experts.AsNoTracking().Where(e => expertIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var today = clock.ChinaToday();
        var errors = new List<string>();
        var formed = new List<(RoundPlatform Row, ReviewPanel Panel)>();
        if (rows.Count != requests.Count) errors.Add("部分平台不在本批次中，请刷新页面。");
        foreach (var rp in rows)
        {
            var wanted = requests.First(r => r.RoundPlatformId == rp.Id).ExpertIds.Distinct().ToList();
            var name = rp.Platform!.Name;
            var rowErrors = new List<string>();
            rowErrors.AddRange(PanelRules.ValidateSize(wanted.Count, PanelKind.Evaluation).Problems);
            foreach (var eid in wanted)
            {
                if (!experts.TryGetValue(eid, out var e)) { rowErrors.Add("所选专家不存在。"); continue; }
                var c = e.HostUnitId == rp.Platform.HostUnitId ? new Conflict(ConflictKind.SameUnit)
                    : ConflictPolicy.Evaluate(new ExpertFacts(e.UnitName, []), new ConflictSubject(rp.Platform.HostUnit!.Name, [rp.Platform.Head.Name]), today);
                rowErrors.AddRange(ConflictPolicy.MayAssign(c).Problems.Select(p => $"{e.Name}{p}"));
            }
            if (rp.Status == EvaluationStatus.DepartmentReviewed)
            {
                var step = EvaluationWorkflow.Apply(rp.Status, EvaluationAction.StartScoring, Role.Agency);
                if (!step.Succeeded) rowErrors.AddRange(step.Check.Problems);
                else rp.Status = step.Status;
            }
            else if (rp.Status != EvaluationStatus.ExpertScoring)
                rowErrors.Add($"当前状态为“{rp.Status.Label()}”，须经主管部门审核材料后方可分配专家（第十六条）。");
            if (rowErrors.Count == 0)
            {
                if (rp.PanelId is int pid && panels.TryGetValue(pid, out var panel)) rowErrors.AddRange(UpdateMembers(db, panel, wanted));
                else
                {
                    var template = templates.TryGetValue(rp.Platform.Category, out var json) ? TemplateJson.Read(json) : null;
                    if (template is null) rowErrors.Add($"本批次没有“{rp.Platform.Category.Label()}”类的指标模板（第十六条）。");
                    else
                    {
                        var (created, problems) = await reviews.AddPanelAsync(db, scope,
                            new NewPanel(PanelKind.Evaluation, rp.Id, name, rp.Platform.HostUnitId, template, wanted, null, rp.Round!.ScoringDeadline), ct);
                        rowErrors.AddRange(problems);
                        if (created is not null) formed.Add((rp, created));
                    }
                }
            }
            errors.AddRange(rowErrors.Select(e => $"{name}：{e}"));
            rp.Assignments.RemoveAll(a => !wanted.Contains(a.ExpertId));
            foreach (var eid in wanted.Where(eid => rp.Assignments.All(a => a.ExpertId != eid)))
                rp.Assignments.Add(new RoundAssignment { ExpertId = eid, AssignedAt = clock.GetUtcNow(), AssignedBy = scope.DisplayName });
        }
        if (errors.Count > 0) return SaveResult.Fail(errors);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.AuditAction = "分配评估专家";
        var saved = await RoundService.SaveAsync(db, roundId, ct);
        if (!saved.Ok) return saved;
        foreach (var (row, panel) in formed) row.PanelId = panel.Id;
        db.AuditAction = "分配评估专家";
        saved = await RoundService.SaveAsync(db, roundId, ct);
        if (saved.Ok) await tx.CommitAsync(ct);
        return saved;
    }

    /// <summary>Re-assignment: members change only while no sheet has been submitted; a removed member's draft goes with them.</summary>
    private List<string> UpdateMembers(WorkbenchDbContext db, ReviewPanel panel, List<int> wanted)
    {
        var current = panel.Members.Select(m => m.ExpertId).ToHashSet();
        if (current.SetEquals(wanted)) return [];
        if (panel.Status == PanelStatus.Closed) return ["专家组评审已结束，不能再调整专家。"];
        if (panel.Sheets.Any(s => s.Status == SheetStatus.Submitted))
            return ["已有专家提交评分表，不能再调整专家组成员（第十六条）；如确需调整，请先将已提交的评分表退回。"];
        var removed = current.Except(wanted).ToHashSet();
        db.ScoreSheets.RemoveRange(panel.Sheets.Where(s => removed.Contains(s.ExpertId)));
        panel.Members.RemoveAll(m => removed.Contains(m.ExpertId));
        var now = clock.GetUtcNow();
        panel.Members.AddRange(wanted.Where(id => !current.Contains(id)).Select(id => new PanelMember { ExpertId = id, AssignedAt = now }));
        if (!panel.Members.Any(m => m.IsChair)) panel.Members[0].IsChair = true;
        return [];
    }
}

using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Conflicts;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Evaluation;

/// <summary>
/// 第十六条: the agency assigns experts per category; conflicts by Core <see cref="ConflictPolicy"/>. The rows become panel members
/// (ReviewService.CreatePanelAsync) once the review module is merged.
/// </summary>
public sealed class AssignmentService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock)
{
    /// <summary>Practice: panels of 5–7 experts, an odd number.</summary>
    public const int PanelMin = 5, PanelMax = 7;

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
        var today = EvaluationScope.Today(clock);
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

    /// <summary>Validates every request (conflicts by Core, panel size), then replaces the assignments and starts expert scoring, in one save.</summary>
    public async Task<SaveResult> AssignAsync(UserScope scope, int roundId, IReadOnlyList<AssignmentRequest> requests, CancellationToken ct = default)
    {
        if (!MayAssign(scope)) return SaveResult.Fail("专家分配由第三方机构办理（第十六条）。");
        if (requests.Count == 0) return SaveResult.Fail("没有需要分配专家的平台。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var ids = requests.Select(r => r.RoundPlatformId).ToList();
        var rows = await db.RoundPlatforms.Include(r => r.Assignments).Include(r => r.Platform).ThenInclude(p => p!.HostUnit)
            .Where(r => r.RoundId == roundId && ids.Contains(r.Id)).ToListAsync(ct);
        var expertIds = requests.SelectMany(r => r.ExpertIds).Distinct().ToList();
        var experts = await db.Experts.AsNoTracking().Where(e => expertIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var today = EvaluationScope.Today(clock);
        var errors = new List<string>();
        if (rows.Count != requests.Count) errors.Add("部分平台不在本批次中，请刷新页面。");
        foreach (var rp in rows)
        {
            var req = requests.First(r => r.RoundPlatformId == rp.Id);
            var name = rp.Platform!.Name;
            var n = req.ExpertIds.Distinct().Count();
            if (n < PanelMin || n > PanelMax || n % 2 == 0)
                errors.Add($"{name}：专家组应为{PanelMin}至{PanelMax}人的单数，当前选择了{n}人。");
            foreach (var eid in req.ExpertIds.Distinct())
            {
                if (!experts.TryGetValue(eid, out var e)) { errors.Add($"{name}：所选专家不存在。"); continue; }
                var c = e.HostUnitId == rp.Platform.HostUnitId ? new Conflict(ConflictKind.SameUnit)
                    : ConflictPolicy.Evaluate(new ExpertFacts(e.UnitName, []), new ConflictSubject(rp.Platform.HostUnit!.Name, [rp.Platform.Head.Name]), today);
                errors.AddRange(ConflictPolicy.MayAssign(c).Problems.Select(p => $"{name}：{e.Name}{p}"));
            }
            if (rp.Status == EvaluationStatus.DepartmentReviewed)
            {
                var step = EvaluationWorkflow.Apply(rp.Status, EvaluationAction.StartScoring, Role.Agency);
                if (!step.Succeeded) errors.AddRange(step.Check.Problems);
                else rp.Status = step.Status;
            }
            else if (rp.Status != EvaluationStatus.ExpertScoring)
                errors.Add($"{name}：当前状态为“{rp.Status.Label()}”，须经主管部门审核材料后方可分配专家（第十六条）。");
            rp.Assignments.RemoveAll(a => !req.ExpertIds.Contains(a.ExpertId));
            foreach (var eid in req.ExpertIds.Distinct().Where(eid => rp.Assignments.All(a => a.ExpertId != eid)))
                rp.Assignments.Add(new RoundAssignment { ExpertId = eid, AssignedAt = clock.GetUtcNow(), AssignedBy = scope.DisplayName });
        }
        if (errors.Count > 0) return SaveResult.Fail(errors);
        db.AuditAction = "分配评估专家";
        return await RoundService.SaveAsync(db, roundId, ct);
    }
}

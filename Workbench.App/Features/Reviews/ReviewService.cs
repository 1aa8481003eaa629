using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.Core;
using Workbench.Core.Conflicts;
using Workbench.Core.Evaluation;
using Workbench.Core.Scoring;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Reviews;

/// <summary>
/// 第八条(二)2、第十六条: the shared expert review module — panels, autosaved score sheets, signatures, aggregation.
/// Experts see only their own sheets on panels they sit on; agency and admin see progress and the aggregate.
/// </summary>
public sealed partial class ReviewService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock)
{
    public static bool MayManage(UserScope scope) => scope.Role is Role.Agency or Role.Admin;

    private DateOnly Today => clock.ChinaToday();

    /// <summary>The pool with the Core conflict verdict (第十六条 回避) for a subject hosted by <paramref name="hostUnitId"/>.</summary>
    public async Task<IReadOnlyList<PanelCandidate>> CandidatesAsync(int hostUnitId, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var host = await db.HostUnits.AsNoTracking().Where(u => u.Id == hostUnitId).Select(u => u.Name).FirstOrDefaultAsync(ct) ?? "";
        var experts = await db.Experts.AsNoTracking().Where(e => e.Active).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.Name, e.UnitName, e.HostUnitId, HostName = e.HostUnit!.Name, e.Title, e.Fields }).ToListAsync(ct);
        return experts.Select(e =>
        {
            var c = Conflict(e.HostUnitId, e.HostName ?? e.UnitName, hostUnitId, host);
            return new PanelCandidate(e.Id, e.Name, e.UnitName, e.Title, string.Join("、", e.Fields), c.IsConflict, c.Kind.Label());
        }).ToList();
    }

    private Conflict Conflict(int? expertHostUnitId, string expertUnit, int hostUnitId, string hostUnitName) =>
        expertHostUnitId == hostUnitId
            ? new Conflict(ConflictKind.SameUnit)
            : ConflictPolicy.Evaluate(new ExpertFacts(expertUnit, []), new ConflictSubject(hostUnitName, []), Today);

    /// <summary>Forms a panel: size (Core PanelRules), no conflicted expert (Core ConflictPolicy), template valid; saves once.</summary>
    public async Task<ReviewResult> CreatePanelAsync(UserScope scope, NewPanel p, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var (panel, errors) = await AddPanelAsync(db, scope, p, ct);
        if (panel is null) return ReviewResult.Fail([.. errors]);
        db.AuditAction = "组建专家组";
        await db.SaveChangesAsync(ct);
        return ReviewResult.Success(panel.CreatedAt, panel.Id);
    }

    /// <summary>
    /// Validates a new panel as <see cref="CreatePanelAsync"/> does and adds it to <paramref name="db"/> without saving, so a caller
    /// (evaluation assignment) saves it together with its own changes in one transaction.
    /// </summary>
    internal async Task<(ReviewPanel? Panel, IReadOnlyList<string> Errors)> AddPanelAsync(WorkbenchDbContext db, UserScope scope, NewPanel p, CancellationToken ct)
    {
        if (!MayManage(scope)) return (null, ["只有第三方机构或省科技厅管理员可以组建专家组。"]);
        var errors = new List<string>();
        var ids = p.ExpertIds.Distinct().ToList();
        errors.AddRange(PanelRules.ValidateSize(ids.Count, p.Kind).Problems);
        errors.AddRange(PanelRules.ValidateDeadline(p.Deadline, p.Kind).Problems);
        errors.AddRange(TemplateRules.Validate(p.Template).Problems);
        var host = await db.HostUnits.AsNoTracking().Where(u => u.Id == p.HostUnitId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        if (host is null) errors.Add("评审对象的依托单位不存在。");
        var experts = await db.Experts.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Name, e.UnitName, e.HostUnitId, e.Active, HostName = e.HostUnit!.Name }).ToListAsync(ct);
        if (experts.Count != ids.Count) errors.Add("所选专家中有不在专家库中的人员，请重新选择。");
        foreach (var e in experts)
        {
            if (!e.Active) errors.Add($"专家{e.Name}已不在库，不能选派。");
            var c = Conflict(e.HostUnitId, e.HostName ?? e.UnitName, p.HostUnitId, host ?? "");
            if (c.IsConflict) errors.Add($"专家{e.Name}（{e.UnitName}）存在利益冲突：{c.Kind.Label()}，应予回避，不能选派（第十六条）。");
        }
        if (p.ChairExpertId is { } chair && !ids.Contains(chair)) errors.Add("专家组组长须为专家组成员。");
        if (await db.ReviewPanels.AnyAsync(x => x.Kind == p.Kind && x.SubjectId == p.SubjectId && x.Status == PanelStatus.Open, ct))
            errors.Add("该评审对象已有进行中的专家组。");
        if (errors.Count > 0) return (null, errors);

        var now = clock.GetUtcNow();
        var panel = new ReviewPanel
        {
            Kind = p.Kind, SubjectId = p.SubjectId, SubjectTitle = p.SubjectTitle, HostUnitId = p.HostUnitId, HostUnitName = host!,
            TemplateJson = ReviewJson.Write(p.Template), Status = PanelStatus.Open, Deadline = p.Deadline, CreatedAt = now,
            Members = ids.Select(id => new PanelMember { ExpertId = id, IsChair = id == (p.ChairExpertId ?? ids[0]), AssignedAt = now }).ToList(),
        };
        db.ReviewPanels.Add(panel);
        return (panel, []);
    }

    /// <summary>我的评审: only panels the expert sits on, with the expert's own progress.</summary>
    public async Task<IReadOnlyList<MyPanelRow>> MyPanelsAsync(UserScope scope, CancellationToken ct = default)
    {
        if (scope.Role != Role.Expert || scope.ExpertId is not int me) return [];
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rows = await db.PanelMembers.AsNoTracking().Where(m => m.ExpertId == me)
            .Join(db.ReviewPanels, m => m.PanelId, p => p.Id, (m, p) => new { m, p })
            .Select(x => new
            {
                x.p.Id, x.p.Kind, x.p.SubjectTitle, x.p.Status, x.p.Deadline, x.p.TemplateJson, x.m.AbstainedReason,
                Sheet = x.p.Sheets.Where(s => s.ExpertId == me)
                    .Select(s => new { s.Status, Filled = s.Items.Where(i => i.Value != null).Select(i => i.ItemCode).ToList() }).FirstOrDefault(),
            }).OrderBy(x => x.Status).ThenByDescending(x => x.Id).ToListAsync(ct);
        return rows.Select(r =>
        {
            var template = ReviewJson.Template(r.TemplateJson);
            var filled = r.Sheet?.Filled ?? [];
            var state = r.AbstainedReason is not null ? ReviewStates.Abstained
                : r.Sheet is null ? ReviewStates.NotStarted : r.Sheet.Status == SheetStatus.Submitted ? ReviewStates.Submitted : ReviewStates.Draft;
            return new MyPanelRow(r.Id, r.Kind, r.SubjectTitle, r.Status, r.Deadline, state,
                template.AllItems.Count(i => filled.Contains(i.Code)), template.AllItems.Count());
        }).ToList();
    }

    /// <summary>The expert's own sheet; null when the user is not a member of the panel (no one else's sheet is ever returned).</summary>
    public async Task<SheetView?> LoadSheetAsync(UserScope scope, int panelId, CancellationToken ct = default)
    {
        if (scope.Role != Role.Expert || scope.ExpertId is not int me) return null;
        await using var db = await dbf.CreateDbContextAsync(ct);
        var member = await db.PanelMembers.AsNoTracking().FirstOrDefaultAsync(m => m.PanelId == panelId && m.ExpertId == me, ct);
        if (member is null) return null;
        var p = await db.ReviewPanels.AsNoTracking().FirstAsync(x => x.Id == panelId, ct);
        var s = await db.ScoreSheets.AsNoTracking().Include(x => x.Items).FirstOrDefaultAsync(x => x.PanelId == panelId && x.ExpertId == me, ct);
        var core = SheetItems.ToCore(s?.Items ?? []);
        return new SheetView(p.Id, p.Kind, p.SubjectTitle, p.HostUnitName, p.Status, p.Deadline, ReviewJson.Template(p.TemplateJson),
            new(core.Scores), new(core.Comments), s?.OverallComment, s?.Status ?? SheetStatus.Draft, s?.Signature is { Length: > 0 },
            member.AbstainedReason, s?.SavedAt, s?.SubmittedAt, s?.ReopenReason)
        {
            SubjectId = p.SubjectId,
            Versions = (s?.Items ?? []).ToDictionary(i => i.ItemCode, i => i.Version),
        };
    }

    /// <summary>Saves a whole draft on top of what is stored (the caller's values win); tabs use <see cref="SaveItemsAsync"/>.</summary>
    public async Task<ReviewResult> AutosaveAsync(UserScope scope, int panelId, SheetDraft draft, CancellationToken ct = default)
    {
        var edits = await OnTopOfStoredAsync(scope, panelId, draft, ct);
        if (edits is null) return ReviewResult.Fail("未找到或无权查看该评审任务。");
        var r = await SaveItemsAsync(scope, panelId, edits, ct);
        return r.Ok ? ReviewResult.Success(r.At) : ReviewResult.Fail([.. r.Errors]);
    }

    /// <summary>Submits a whole draft as given (saved on top of what is stored), then validates, signs and locks.</summary>
    public async Task<ReviewResult> SubmitAsync(UserScope scope, int panelId, SheetDraft draft, byte[]? signaturePng, CancellationToken ct = default)
    {
        var edits = await OnTopOfStoredAsync(scope, panelId, draft, ct);
        if (edits is null) return ReviewResult.Fail("未找到或无权查看该评审任务。");
        return await SubmitAsync(scope, panelId, edits, signaturePng, ct);
    }

    /// <summary>
    /// Saves the tab's last edits (a stale item refuses the submission with the conflict message), then Core
    /// ScoreSheetRules.Validate over the stored items and a signature; then the sheet is locked.
    /// </summary>
    public async Task<ReviewResult> SubmitAsync(UserScope scope, int panelId, ItemsSave edits, byte[]? signaturePng, CancellationToken ct = default)
    {
        if (edits.Items.Count > 0 || edits.Overall is not null)
        {
            var saved = await SaveItemsAsync(scope, panelId, edits, ct);
            if (!saved.Ok) return ReviewResult.Fail([.. saved.Errors]);
            if (saved.HasConflicts) return ReviewResult.Fail([.. saved.Conflicts.Select(c => c.Message), .. saved.OverallConflict ? [OverallConflictMessage] : Array.Empty<string>()]);
        }
        await using var db = await dbf.CreateDbContextAsync(ct);
        var (sheet, error) = await EditableSheetAsync(db, scope, panelId, ct);
        if (sheet is null) return ReviewResult.Fail(error!);
        var template = ReviewJson.Template(await db.ReviewPanels.Where(p => p.Id == panelId).Select(p => p.TemplateJson).FirstAsync(ct));
        var items = sheet.Id == 0 ? [] : await db.ScoreItems.AsNoTracking().Where(i => i.SheetId == sheet.Id).ToListAsync(ct);
        var errors = ScoreSheetRules.Validate(template, SheetItems.ToCore(items)).Problems.ToList();
        var signature = signaturePng is { Length: > 0 } ? signaturePng : sheet.Signature;
        if (signature is not { Length: > 0 }) errors.Add("请在签名区手写签名后再提交。");
        else if (!IsPng(signature)) errors.Add("签名图片格式不正确，请重新签名。");
        if (errors.Count > 0) return ReviewResult.Fail([.. errors]);
        sheet.Signature = signature;
        sheet.Status = SheetStatus.Submitted;
        sheet.SubmittedAt = clock.GetUtcNow();
        db.AuditAction = "提交评分表并签名";
        await db.SaveChangesAsync(ct);
        return ReviewResult.Success(sheet.SubmittedAt);
    }

    /// <summary>An assigned expert who finds a conflict declares it and abstains (回避); the sheet then does not count.</summary>
    public async Task<ReviewResult> AbstainAsync(UserScope scope, int panelId, string? reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason)) return ReviewResult.Fail("请填写回避理由（如同单位、近亲属、师生、近三年合作等）。");
        if (scope.Role != Role.Expert || scope.ExpertId is not int me) return ReviewResult.Fail("未找到或无权查看该评审任务。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var member = await db.PanelMembers.FirstOrDefaultAsync(m => m.PanelId == panelId && m.ExpertId == me, ct);
        if (member is null) return ReviewResult.Fail("未找到或无权查看该评审任务。");
        var status = await db.ReviewPanels.Where(p => p.Id == panelId).Select(p => p.Status).FirstAsync(ct);
        var sheet = await db.ScoreSheets.FirstOrDefaultAsync(s => s.PanelId == panelId && s.ExpertId == me, ct);
        if (status == PanelStatus.Closed || sheet?.Status == SheetStatus.Submitted) return ReviewResult.Fail("评分表已提交或专家组已结束，不能再申请回避。");
        member.AbstainedReason = reason.Trim();
        db.AuditAction = "专家申报回避";
        await db.SaveChangesAsync(ct);
        return ReviewResult.Success(clock.GetUtcNow());
    }

    private async Task<(ScoreSheetRecord? Sheet, string? Error)> EditableSheetAsync(WorkbenchDbContext db, UserScope scope, int panelId, CancellationToken ct)
    {
        if (scope.Role != Role.Expert || scope.ExpertId is not int me) return (null, "未找到或无权查看该评审任务。");
        var member = await db.PanelMembers.AsNoTracking().FirstOrDefaultAsync(m => m.PanelId == panelId && m.ExpertId == me, ct);
        if (member is null) return (null, "未找到或无权查看该评审任务。");
        if (member.AbstainedReason is not null) return (null, "您已申报回避，不能评分。");
        if (await db.ReviewPanels.AnyAsync(p => p.Id == panelId && p.Status == PanelStatus.Closed, ct)) return (null, "专家组评审已结束，评分表不能再修改。");
        var sheet = await db.ScoreSheets.FirstOrDefaultAsync(s => s.PanelId == panelId && s.ExpertId == me, ct);
        if (sheet?.Status == SheetStatus.Submitted) return (null, "评分表已提交并锁定，不能再修改。如需修改，请联系第三方机构退回。");
        return (sheet ?? db.ScoreSheets.Add(new ScoreSheetRecord { PanelId = panelId, ExpertId = me }).Entity, null);
    }

    internal static bool IsPng(byte[] b) => b.Length > 8 && b[0] == 0x89 && b[1] == 0x50 && b[2] == 0x4E && b[3] == 0x47;
}

using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Evaluation;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Scoring;

namespace Workbench.App.Features.Reviews;

/// <summary>Agency/admin side: progress, aggregate (Core PanelAggregation), close, reopen a sheet, consensus adjustment.</summary>
public sealed partial class ReviewService
{
    public async Task<PanelProgressView?> ProgressAsync(UserScope scope, int panelId, CancellationToken ct = default)
    {
        if (!MayManage(scope)) return null;
        await using var db = await dbf.CreateDbContextAsync(ct);
        var p = await db.ReviewPanels.AsNoTracking().FirstOrDefaultAsync(x => x.Id == panelId, ct);
        if (p is null) return null;
        var members = await db.PanelMembers.AsNoTracking().Where(m => m.PanelId == panelId).OrderByDescending(m => m.IsChair).ThenBy(m => m.ExpertId)
            .Select(m => new { m.ExpertId, m.Expert!.Name, m.Expert.UnitName, m.IsChair, m.AbstainedReason }).ToListAsync(ct);
        var sheets = await db.ScoreSheets.AsNoTracking().Include(s => s.Items).Where(s => s.PanelId == panelId).ToDictionaryAsync(s => s.ExpertId, ct);
        var template = ReviewJson.Template(p.TemplateJson);
        decimal? TotalOf(ScoreSheetRecord s) => ScoreSheetRules.Total(template, SheetItems.ToCore(s.Items));
        var submitted = members.Where(m => m.AbstainedReason is null && sheets.GetValueOrDefault(m.ExpertId)?.Status == SheetStatus.Submitted)
            .Select(m => new PanelSheet(m.ExpertId.ToString(System.Globalization.CultureInfo.InvariantCulture), TotalOf(sheets[m.ExpertId])!.Value))
            .ToList();
        var aggregate = submitted.Count > 0 ? PanelAggregation.Aggregate(submitted) : null;
        var rows = members.Select(m =>
        {
            var s = sheets.GetValueOrDefault(m.ExpertId);
            var state = m.AbstainedReason is not null ? ReviewStates.Abstained
                : s is null ? ReviewStates.NotStarted : s.Status == SheetStatus.Submitted ? ReviewStates.Submitted : ReviewStates.Draft;
            var dev = aggregate?.Deviations.FirstOrDefault(d => d.ExpertId == m.ExpertId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Drafts are not shown to anyone but their author: a total appears only once submitted.
            return new MemberProgress(m.ExpertId, m.Name, m.UnitName, m.IsChair, state,
                state == ReviewStates.Submitted ? TotalOf(s!) : null, s?.SubmittedAt, m.AbstainedReason, s?.ReopenReason, dev?.Flagged ?? false, dev?.Deviation);
        }).ToList();
        return new PanelProgressView(p.Id, p.Kind, p.SubjectTitle, p.Status, p.Deadline, rows, aggregate, p.ConsensusScore, p.ConsensusReason);
    }

    /// <summary>Closes the panel: needs at least one submitted sheet and no draft left; records the aggregate.</summary>
    public async Task<ReviewResult> ClosePanelAsync(UserScope scope, int panelId, CancellationToken ct = default)
    {
        var view = await ProgressAsync(scope, panelId, ct);
        if (view is null) return ReviewResult.Fail("未找到或无权查看该专家组。");
        if (view.Status == PanelStatus.Closed) return ReviewResult.Fail("该专家组已结束。");
        var pending = view.Members.Where(m => m.State is ReviewStates.NotStarted or ReviewStates.Draft).Select(m => m.Name).ToList();
        if (pending.Count > 0) return ReviewResult.Fail($"尚有专家未提交评分表：{string.Join("、", pending)}。");
        if (view.Aggregate?.Score is not { } score) return ReviewResult.Fail(view.Aggregate?.Check ?? Workbench.Core.Check.Fail("没有有效评分表，不能结束评审（第十六条）。"));
        await using var db = await dbf.CreateDbContextAsync(ct);
        var p = await db.ReviewPanels.FirstAsync(x => x.Id == panelId, ct);
        p.Status = PanelStatus.Closed;
        p.ClosedAt = clock.GetUtcNow();
        p.ComputedScore = score;
        if (p.Kind == PanelKind.Evaluation)
        {
            var synced = await EvaluationPanels.OnClosedAsync(db, p, scope.Role ?? Role.Expert, ct);
            if (!synced.Passed) return ReviewResult.Fail(synced);
        }
        db.AuditAction = "结束专家组评审";
        await db.SaveChangesAsync(ct);
        return ReviewResult.Success(p.ClosedAt);
    }

    /// <summary>Sends a submitted sheet back to its expert with a mandatory reason (audited).</summary>
    public async Task<ReviewResult> ReopenSheetAsync(UserScope scope, int panelId, int expertId, string? reason, CancellationToken ct = default)
    {
        if (!MayManage(scope)) return ReviewResult.Fail("只有第三方机构或省科技厅管理员可以退回评分表。");
        if (string.IsNullOrWhiteSpace(reason)) return ReviewResult.Fail("退回评分表须填写理由。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        if (await db.ReviewPanels.AnyAsync(p => p.Id == panelId && p.Status == PanelStatus.Closed, ct)) return ReviewResult.Fail("专家组已结束，不能退回评分表。");
        var sheet = await db.ScoreSheets.FirstOrDefaultAsync(s => s.PanelId == panelId && s.ExpertId == expertId, ct);
        if (sheet?.Status != SheetStatus.Submitted) return ReviewResult.Fail("只有已提交的评分表才能退回。");
        sheet.Status = SheetStatus.Draft;
        sheet.SubmittedAt = null;
        sheet.Signature = null;
        sheet.ReopenReason = reason.Trim();
        db.AuditAction = "退回评分表重新评分";
        await db.SaveChangesAsync(ct);
        return ReviewResult.Success(clock.GetUtcNow());
    }

    /// <summary>第十六条: a consensus adjustment of the panel score via Core PanelAggregation.Adjust (reason mandatory).</summary>
    public async Task<ReviewResult> AdjustAsync(UserScope scope, int panelId, decimal adjusted, string? reason, CancellationToken ct = default)
    {
        var view = await ProgressAsync(scope, panelId, ct);
        if (view is null) return ReviewResult.Fail("未找到或无权查看该专家组。");
        if (view.Aggregate is null) return ReviewResult.Fail("没有有效评分，不能调整专家组意见（第十六条）。");
        var r = PanelAggregation.Adjust(view.Aggregate, adjusted, reason);
        if (!r.Succeeded) return ReviewResult.Fail(r.Check);
        await using var db = await dbf.CreateDbContextAsync(ct);
        var p = await db.ReviewPanels.FirstAsync(x => x.Id == panelId, ct);
        p.ConsensusScore = r.Value!.Adjusted;
        p.ConsensusReason = r.Value.Reason;
        if (p.Kind == PanelKind.Evaluation)
        {
            var synced = await EvaluationPanels.OnAdjustedAsync(db, p, ct);
            if (!synced.Passed) return ReviewResult.Fail(synced);
        }
        db.AuditAction = "专家组协商调整评分";
        await db.SaveChangesAsync(ct);
        return ReviewResult.Success(clock.GetUtcNow());
    }
}

using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.Core;
using Workbench.Core.Evaluation;

namespace Workbench.App.Features.Evaluation;

/// <summary>
/// 第十六条: keeps a round platform in step with its evaluation review panel. Called by the Reviews module inside its own save, so the
/// panel and the round platform change in one transaction under one audit action.
/// </summary>
internal static class EvaluationPanels
{
    /// <summary>The panel closed: the panel score (consensus if any, else Core's trimmed mean) and 专家评估中 → 待确定等次 (Core workflow).</summary>
    public static async Task<Check> OnClosedAsync(WorkbenchDbContext db, ReviewPanel panel, Role role, CancellationToken ct)
    {
        var rp = await db.RoundPlatforms.FirstOrDefaultAsync(r => r.PanelId == panel.Id, ct);
        if (rp is null) return Check.Fail("未找到该专家组对应的参评平台，不能结束评审。");
        var step = EvaluationWorkflow.Apply(rp.Status, EvaluationAction.CompleteScoring, role);
        if (!step.Succeeded) return step.Check;
        rp.Status = step.Status;
        rp.PanelScore = panel.ConsensusScore ?? panel.ComputedScore;
        rp.ConsensusReason = panel.ConsensusScore is null ? null : panel.ConsensusReason;
        return Check.Ok;
    }

    /// <summary>A consensus adjustment: allowed until the admin fixes the grade; after closing it becomes the panel score at once.</summary>
    public static async Task<Check> OnAdjustedAsync(WorkbenchDbContext db, ReviewPanel panel, CancellationToken ct)
    {
        var rp = await db.RoundPlatforms.FirstOrDefaultAsync(r => r.PanelId == panel.Id, ct);
        if (rp is null) return Check.Fail("未找到该专家组对应的参评平台。");
        if (rp.Status is not (EvaluationStatus.ExpertScoring or EvaluationStatus.Scored))
            return Check.Fail($"当前评估状态为“{rp.Status.Label()}”，等次已确定，不能再调整专家组评分（第十七条）。");
        if (rp.Status == EvaluationStatus.Scored)
        {
            rp.PanelScore = panel.ConsensusScore;
            rp.ConsensusReason = panel.ConsensusReason;
        }
        return Check.Ok;
    }
}

using Workbench.App.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Calendar;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Evaluation;

/// <summary>第十六条、第十七条: grades from the panel score (Core), 公示, publication and dynamic adjustment of the platform.</summary>
public sealed class DecisionService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock)
{
    /// <summary>第十六条、第十七条: confirm Core's proposed grades and start the 公示 (5 working days on the official calendar).</summary>
    public async Task<SaveResult> StartNoticeAsync(UserScope scope, int roundId, IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return SaveResult.Fail("只有省科技厅管理员可以确定等次并公示（第十七条）。");
        if (ids.Count == 0) return SaveResult.Fail("请选择要确定等次的平台。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rows = await db.RoundPlatforms.Include(r => r.Platform).Where(r => r.RoundId == roundId && ids.Contains(r.Id)).ToListAsync(ct);
        var today = clock.ChinaToday();
        var end = PublicNotice.EndDate(await db.LoadCalendarAsync(ct), today);
        if (!end.TryGetValue(out var noticeEnd)) return SaveResult.Fail(end.Check.WithHint());
        var errors = new List<string>();
        foreach (var rp in rows)
        {
            var step = EvaluationWorkflow.Apply(rp.Status, EvaluationAction.PubliciseResult, Role.Admin);
            var grade = GradeRules.Decide(rp.PanelScore, new GradeFindings(FraudFound: rp.FraudFound));
            if (!step.Succeeded) { errors.AddRange(step.Check.Problems.Select(p => $"{rp.Platform!.Name}：{p}")); continue; }
            if (!grade.Succeeded) { errors.AddRange(grade.Check.Problems.Select(p => $"{rp.Platform!.Name}：{p}")); continue; }
            rp.Status = step.Status;
            rp.Grade = grade.Value!.Grade;
            rp.GradeReason = grade.Value.Reason;
            rp.NoticeStart = today;
            rp.NoticeEnd = noticeEnd;
        }
        if (rows.Count != ids.Count) errors.Add("部分平台不在本批次中，请刷新页面。");
        if (errors.Count > 0) return SaveResult.Fail(errors);
        await Notices.NoticeIssuer.EvaluationPublicityAsync(db, roundId, rows, scope, clock, ct);
        db.AuditAction = "确定评估等次并公示";
        return await RoundService.SaveAsync(db, roundId, ct);
    }

    /// <summary>第十七条: publish after the 公示 ends; Core's dynamic adjustment decides the platform's new status.</summary>
    public async Task<SaveResult> PublishAsync(UserScope scope, int roundId, IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return SaveResult.Fail("只有省科技厅管理员可以公布评估结果（第十七条）。");
        if (ids.Count == 0) return SaveResult.Fail("请选择要公布结果的平台。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rows = await db.RoundPlatforms.Include(r => r.Platform).Include(r => r.Round)
            .Where(r => r.RoundId == roundId && ids.Contains(r.Id)).ToListAsync(ct);
        var today = clock.ChinaToday();
        var errors = new List<string>();
        var calendar = await db.LoadCalendarAsync(ct);
        foreach (var rp in rows)
        {
            var name = rp.Platform!.Name;
            var step = EvaluationWorkflow.Apply(rp.Status, EvaluationAction.PublishResult, Role.Admin);
            if (!step.Succeeded) { errors.AddRange(step.Check.Problems.Select(p => $"{name}：{p}")); continue; }
            var open = PublicNotice.MayConclude(calendar, rp.NoticeStart!.Value, today);
            if (!open.Passed) { errors.AddRange(open.WithHint().Select(p => $"{name}：{p}")); continue; }
            var decision = DynamicAdjustment.Decide(new EvaluationOutcome(rp.Grade, Participation.Participated, rp.IsReEvaluation, today));
            if (!decision.Succeeded) { errors.AddRange(decision.Check.Problems.Select(p => $"{name}：{p}")); continue; }
            rp.Status = step.Status;
            rp.PublishedOn = today;
            rp.Platform.Events.Add(new PlatformEvent
            {
                OccurredAt = clock.GetUtcNow(), Kind = PlatformEventKind.Evaluated, Actor = scope.DisplayName,
                Title = $"{rp.Round!.Title}{(rp.IsReEvaluation ? "（复评）" : "")}结果：{rp.Grade!.Value.Label()}",
                Detail = $"{rp.GradeReason} {decision.Value!.Explanation}",
            });
            var applied = await ApplyAsync(db, rp, decision.Value, scope, today, ct);
            if (!applied.Passed) errors.AddRange(applied.Problems.Select(p => $"{name}：{p}"));
        }
        if (rows.Count != ids.Count) errors.Add("部分平台不在本批次中，请刷新页面。");
        if (errors.Count > 0) return SaveResult.Fail(errors);
        await Notices.NoticeIssuer.EvaluationNoticeAsync(db, roundId, rows, scope, clock, ct);
        db.AuditAction = "公布考核评估结果";
        return await RoundService.SaveAsync(db, roundId, ct);
    }

    /// <summary>第十七条: no good reason for not taking part, or withdrawal midway → removal and plaque recall, after the admin confirms.</summary>
    public async Task<SaveResult> RemoveAsync(UserScope scope, int roundPlatformId, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return SaveResult.Fail("只有省科技厅管理员可以作出撤销决定（第十七条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rp = await db.RoundPlatforms.Include(r => r.Platform).Include(r => r.Round).FirstOrDefaultAsync(r => r.Id == roundPlatformId, ct);
        if (rp is null) return SaveResult.Fail(EvaluationScope.NotFound);
        if (rp.Participation is not (Participation.AbsentWithoutGoodReason or Participation.WithdrewMidway))
            return SaveResult.Fail("只有无正当理由不参加或中途退出评估的平台才能据此撤销（第十七条）。");
        var today = clock.ChinaToday();
        var decision = DynamicAdjustment.Decide(new EvaluationOutcome(rp.Grade, rp.Participation, rp.IsReEvaluation, today));
        if (!decision.Succeeded) return SaveResult.Fail(decision.Check.Problems);
        var applied = await ApplyAsync(db, rp, decision.Value!, scope, today, ct);
        if (!applied.Passed) return SaveResult.Fail(applied.Problems);
        rp.PublishedOn = today;
        await Notices.NoticeIssuer.AdjustmentNoticesAsync(db, scope, clock, ct);
        db.AuditAction = "撤销平台资格并收回牌匾";
        return await RoundService.SaveAsync(db, rp.Id, ct);
    }

    /// <summary>Applies Core's decision to the platform through <see cref="PlatformWorkflow"/>, opens or closes rectification cases, writes the timeline.</summary>
    private async Task<Check> ApplyAsync(WorkbenchDbContext db, RoundPlatform rp, AdjustmentDecision d, UserScope scope, DateOnly today, CancellationToken ct)
    {
        var p = rp.Platform!;
        var cases = await db.Rectifications.Where(r => r.PlatformId == p.Id && r.Status != RectificationStatus.Passed && r.Status != RectificationStatus.Removed).ToListAsync(ct);
        PlatformAction? action = (p.Status, d.NewStatus) switch
        {
            (PlatformStatus.Recognised, PlatformStatus.Rectifying) => PlatformAction.OrderRectification,
            (PlatformStatus.ReEvaluating, PlatformStatus.Recognised) => PlatformAction.PassReEvaluation,
            (PlatformStatus.ReEvaluating, PlatformStatus.Revoked) => PlatformAction.FailReEvaluation,
            (_, PlatformStatus.Revoked) => PlatformAction.Revoke,
            _ => null,
        };
        if (action is { } a)
        {
            var step = PlatformWorkflow.Apply(p.Status, a, Role.Admin);
            if (!step.Succeeded) return step.Check;
            var old = p.Status;
            p.Status = step.Status;
            p.Events.Add(new PlatformEvent
            {
                OccurredAt = clock.GetUtcNow(), Actor = scope.DisplayName, Detail = d.Explanation,
                Kind = d.NewStatus switch { PlatformStatus.Revoked => PlatformEventKind.Revoked, PlatformStatus.Rectifying => PlatformEventKind.Rectification, _ => PlatformEventKind.StatusChanged },
                Title = $"{a.Label()}（状态由“{old.Label()}”变更为“{p.Status.Label()}”）",
            });
        }
        if (d.NewStatus == PlatformStatus.Rectifying && d.RectificationDue is { } due)
            db.Rectifications.Add(new Rectification
            {
                PlatformId = p.Id, RoundPlatformId = rp.Id, OpenedOn = today, DueOn = due, Status = RectificationStatus.Open,
                Reason = $"{rp.Round?.Title}：{d.Explanation}",
            });
        foreach (var c in cases)
        {
            c.Status = d.NewStatus == PlatformStatus.Revoked ? RectificationStatus.Removed : RectificationStatus.Passed;
            c.ClosedOn = today;
            c.Outcome = d.Explanation;
        }
        return Check.Ok;
    }
}

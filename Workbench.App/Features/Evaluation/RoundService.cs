using Workbench.App.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Evaluation;

/// <summary>第十六条、第十七条: evaluation rounds — Core proposes who is due, the admin confirms; excuses and non-participation.</summary>
public sealed class RoundService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock)
{
    public async Task<IReadOnlyList<RoundSummary>> ListAsync(UserScope scope, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var visible = db.RoundPlatforms.AsNoTracking().VisibleTo(scope);
        var rounds = await db.EvaluationRounds.AsNoTracking().OrderByDescending(r => r.OpenedOn).ThenByDescending(r => r.Id)
            .Select(r => new RoundSummary(r.Id, r.Title, r.PeriodFrom, r.PeriodTo, r.MaterialDeadline, r.ScoringDeadline, r.Status,
                visible.Count(p => p.RoundId == r.Id),
                visible.Count(p => p.RoundId == r.Id && p.Material != null && p.Material.SubmittedAt != null),
                visible.Count(p => p.RoundId == r.Id && p.Status == EvaluationStatus.Published)))
            .ToListAsync(ct);
        return scope.Role is Role.Admin or Role.Agency ? rounds : rounds.Where(r => r.Platforms > 0).ToList();
    }

    /// <summary>第十六条、第十七条: Core's plan for a round whose covered period ends on <paramref name="roundDate"/>.</summary>
    public async Task<IReadOnlyList<ProposalRow>> ProposeAsync(DateOnly roundDate, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var platforms = await db.Platforms.AsNoTracking().Where(p => p.RecognisedOn != null && p.Status != PlatformStatus.Revoked)
            .Select(p => new { p.Id, p.Name, p.Category, Host = p.HostUnit!.Name, p.Status, p.RecognisedOn }).ToListAsync(ct);
        var lastEvaluated = await db.RoundPlatforms.AsNoTracking().Where(r => r.PublishedOn != null)
            .GroupBy(r => r.PlatformId).Select(g => new { g.Key, Last = g.Max(r => r.PublishedOn) }).ToDictionaryAsync(x => x.Key, x => x.Last, ct);
        var rectDue = await db.Rectifications.AsNoTracking().Where(r => r.Status != RectificationStatus.Passed && r.Status != RectificationStatus.Removed)
            .GroupBy(r => r.PlatformId).Select(g => new { g.Key, Due = g.Max(r => r.DueOn) }).ToDictionaryAsync(x => x.Key, x => x.Due, ct);
        var inOpenRound = await db.RoundPlatforms.AsNoTracking().Where(r => r.Round!.Status == RoundStatus.Open)
            .Select(r => r.PlatformId).ToListAsync(ct);
        var infos = platforms.Where(p => !inOpenRound.Contains(p.Id)).Select(p => new PlatformCycleInfo(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            p.Status, p.RecognisedOn!.Value, lastEvaluated.GetValueOrDefault(p.Id), rectDue.TryGetValue(p.Id, out var d) ? d : null)).ToList();
        var plan = EvaluationCycle.Plan(infos, roundDate);
        var byId = platforms.ToDictionary(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        ProposalRow Row(PlatformCycleInfo i, bool re)
        {
            var p = byId[i.PlatformId];
            var due = re ? i.RectificationDue ?? roundDate : EvaluationCycle.DueOn(i.RecognisedOn, i.LastEvaluatedOn);
            var why = re
                ? $"整改期至{due:yyyy年M月d日}届满，应进行复评（第十七条）"
                : i.LastEvaluatedOn is { } l ? $"上次评估结果公布于{l:yyyy年M月d日}，满3年（第十六条）" : $"{i.RecognisedOn:yyyy年M月d日}认定，满3年（第十六条）";
            return new ProposalRow(p.Id, p.Name, p.Category, p.Host, p.Status, re, due, why);
        }
        return plan.ReEvaluation.Select(i => Row(i, true)).Concat(plan.Due.Select(i => Row(i, false)))
            .OrderBy(r => r.Category).ThenBy(r => r.Name).ToList();
    }

    /// <summary>Opens a round with the platforms the admin confirmed (only Core-proposed ones) and the current template versions.</summary>
    public async Task<SaveResult> OpenAsync(UserScope scope, RoundForm form, IReadOnlyCollection<int> platformIds, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return SaveResult.Fail("只有省科技厅管理员可以启动考核评估（第十六条）。");
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(form.Title)) errors.Add("请填写评估批次名称。");
        if (form.PeriodFrom is null || form.PeriodTo is null) errors.Add("请填写评估所覆盖的期间。");
        else if (form.PeriodFrom > form.PeriodTo) errors.Add("评估期间的开始日期不能晚于结束日期。");
        if (form.MaterialDeadline is null) errors.Add("请填写材料提交截止日期。");
        if (form.ScoringDeadline is null) errors.Add("请填写专家评估截止日期。");
        else if (form.MaterialDeadline is not null && form.ScoringDeadline <= form.MaterialDeadline) errors.Add("专家评估截止日期应晚于材料提交截止日期。");
        if (platformIds.Count == 0) errors.Add("请至少确认一个参加评估的平台。");
        if (errors.Count > 0) return SaveResult.Fail(errors);

        var roundDate = DateOnly.FromDateTime(form.PeriodTo!.Value);
        var proposal = (await ProposeAsync(roundDate, ct)).ToDictionary(p => p.PlatformId);
        var unknown = platformIds.Where(id => !proposal.ContainsKey(id)).ToList();
        if (unknown.Count > 0) errors.Add($"有{unknown.Count}个平台不在本次应评估名单中（第十六条、第十七条），请刷新后重新确认。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var title = form.Title.Trim();
        if (await db.EvaluationRounds.AnyAsync(r => r.Title == title, ct)) errors.Add($"已有名为“{title}”的评估批次。");
        var templates = await db.EvaluationTemplates.AsNoTracking().GroupBy(t => t.Category)
            .Select(g => g.OrderByDescending(t => t.Number).First()).ToListAsync(ct);
        var categories = platformIds.Where(proposal.ContainsKey).Select(id => proposal[id].Category).Distinct();
        foreach (var c in categories.Where(c => templates.All(t => t.Category != c)))
            errors.Add($"“{c.Label()}”类尚无评估指标模板，请先在指标模板中建立（第十六条）。");
        if (errors.Count > 0) return SaveResult.Fail(errors);

        var today = clock.ChinaToday();
        var round = new EvaluationRound
        {
            Title = title, PeriodFrom = DateOnly.FromDateTime(form.PeriodFrom!.Value), PeriodTo = roundDate, OpenedOn = today,
            MaterialDeadline = DateOnly.FromDateTime(form.MaterialDeadline!.Value), ScoringDeadline = DateOnly.FromDateTime(form.ScoringDeadline!.Value),
            Templates = templates.Select(t => new RoundTemplate { Category = t.Category, TemplateNumber = t.Number, Json = t.Json }).ToList(),
        };
        var platforms = await db.Platforms.Where(p => platformIds.Contains(p.Id)).ToListAsync(ct);
        var rects = await db.Rectifications.Where(r => platformIds.Contains(r.PlatformId) && r.Status != RectificationStatus.Passed && r.Status != RectificationStatus.Removed).ToListAsync(ct);
        foreach (var p in platforms)
        {
            var re = proposal[p.Id].IsReEvaluation;
            round.Platforms.Add(new RoundPlatform { PlatformId = p.Id, IsReEvaluation = re, Status = EvaluationStatus.AwaitingMaterials });
            if (re && p.Status == PlatformStatus.Rectifying)
            {
                var step = PlatformWorkflow.Apply(p.Status, PlatformAction.StartReEvaluation, Role.Admin);
                if (!step.Succeeded) return SaveResult.Fail(step.Check.Problems);
                p.Status = step.Status;
                foreach (var r in rects.Where(r => r.PlatformId == p.Id)) r.Status = RectificationStatus.ReEvaluating;
            }
            p.Events.Add(new PlatformEvent
            {
                OccurredAt = clock.GetUtcNow(), Kind = re ? PlatformEventKind.StatusChanged : PlatformEventKind.Evaluated, Actor = scope.DisplayName,
                Title = re ? $"纳入{title}，启动复评（第十七条）" : $"纳入{title}（第十六条）",
            });
        }
        db.EvaluationRounds.Add(round);
        db.AuditAction = "启动考核评估";
        await db.SaveChangesAsync(ct);
        return SaveResult.Success(round.Id);
    }

    public async Task<RoundDetail?> GetAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var summary = (await ListAsync(scope, ct)).FirstOrDefault(r => r.Id == roundId);
        if (summary is null) return null;
        var templates = await db.RoundTemplates.AsNoTracking().Where(t => t.RoundId == roundId).OrderBy(t => t.Category)
            .Select(t => new { t.Category, t.TemplateNumber }).ToListAsync(ct);
        var unfinished = await db.RoundPlatforms.AsNoTracking().Where(r => r.RoundId == roundId).Where(Unfinished).CountAsync(ct);
        return new(summary, templates.Select(t => (t.Category, t.TemplateNumber)).ToList(), unfinished);
    }

    /// <summary>One page of the round's platforms the user may see (server-side paging), in category then name order.</summary>
    public async Task<(IReadOnlyList<RoundPlatformRow> Rows, int Total)> PageAsync(UserScope scope, int roundId, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var q = db.RoundPlatforms.AsNoTracking().VisibleTo(scope).Where(r => r.RoundId == roundId);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(r => r.Platform!.Category).ThenBy(r => r.Platform!.Name).ThenBy(r => r.Id)
            .Skip(Math.Max(0, page) * pageSize).Take(Math.Clamp(pageSize, 1, 200))
            .Select(r => new RoundPlatformRow(r.Id, r.PlatformId, r.Platform!.Name, r.Platform.Category, r.Platform.HostUnit!.Name,
                r.Platform.CompetentDepartment!.Name, r.Platform.Status, r.IsReEvaluation, r.Status, r.Participation, r.AbsenceReason,
                r.Assignments.Count, r.PanelScore, r.FraudFound, r.Grade, r.GradeReason, r.NoticeEnd, r.PublishedOn, r.PanelId))
            .ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>Not yet finished: neither published nor excused (an absence without good reason or a withdrawal needs the removal decision).</summary>
    private static readonly System.Linq.Expressions.Expression<Func<RoundPlatform, bool>> Unfinished = r =>
        r.Status != EvaluationStatus.Published
        && !(r.Status == EvaluationStatus.Absent && r.Participation == Participation.AbsentWithGoodReason)
        && !((r.Status == EvaluationStatus.Absent || r.Status == EvaluationStatus.Withdrawn) && r.PublishedOn != null);

    /// <summary>第十七条: the admin closes a round once every platform's result is published or it was excused.</summary>
    public async Task<SaveResult> CloseAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return SaveResult.Fail("只有省科技厅管理员可以结束评估批次（第十七条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var round = await db.EvaluationRounds.FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null) return SaveResult.Fail(EvaluationScope.NotFound);
        if (round.Status == RoundStatus.Closed) return SaveResult.Fail("该评估批次已结束。");
        var open = await db.RoundPlatforms.AsNoTracking().Where(r => r.RoundId == roundId).Where(Unfinished)
            .OrderBy(r => r.Platform!.Name).Select(r => new { r.Platform!.Name, r.Status }).ToListAsync(ct);
        if (open.Count > 0)
            return SaveResult.Fail([$"尚有{open.Count}个平台的评估结果未公布或未作处理，不能结束批次（第十七条）：",
                .. open.Take(10).Select(o => $"{o.Name}（{o.Status.Label()}）"), .. open.Count > 10 ? new[] { $"等{open.Count}个平台。" } : []]);
        round.Status = RoundStatus.Closed;
        round.ClosedOn = clock.ChinaToday();
        db.AuditAction = "结束考核评估批次";
        return await SaveAsync(db, roundId, ct);
    }

    /// <summary>第十七条: excused with a good reason (recorded), or absent without one.</summary>
    public async Task<SaveResult> RecordAbsenceAsync(UserScope scope, int roundPlatformId, bool goodReason, string? reason, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return SaveResult.Fail("只有省科技厅管理员可以登记未参加评估（第十七条）。");
        if (string.IsNullOrWhiteSpace(reason))
            return SaveResult.Fail(goodReason ? "请填写未参加评估的正当理由（第十七条）。" : "请填写未参加评估的情况说明（第十七条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rp = await db.RoundPlatforms.Include(r => r.Platform).Include(r => r.Round).FirstOrDefaultAsync(r => r.Id == roundPlatformId, ct);
        if (rp is null) return SaveResult.Fail(EvaluationScope.NotFound);
        var step = EvaluationWorkflow.Apply(rp.Status, EvaluationAction.RecordAbsence, Role.Admin);
        if (!step.Succeeded) return SaveResult.Fail(step.Check.Problems);
        rp.Status = step.Status;
        rp.Participation = goodReason ? Participation.AbsentWithGoodReason : Participation.AbsentWithoutGoodReason;
        rp.AbsenceReason = reason.Trim();
        if (!goodReason)
        {
            var g = GradeRules.Decide(null, new GradeFindings(RefusedToParticipate: true)).Value!;
            rp.Grade = g.Grade;
            rp.GradeReason = g.Reason;
        }
        rp.Platform!.Events.Add(new PlatformEvent
        {
            OccurredAt = clock.GetUtcNow(), Kind = PlatformEventKind.Evaluated, Actor = scope.DisplayName,
            Title = $"{rp.Round!.Title}：{rp.Participation.Label()}", Detail = rp.AbsenceReason,
        });
        db.AuditAction = goodReason ? "登记有正当理由未参加评估" : "登记无正当理由不参加评估";
        return await SaveAsync(db, rp.Id, ct);
    }

    internal static Task<SaveResult> SaveAsync(WorkbenchDbContext db, int id, CancellationToken ct) =>
        SaveResult.SaveAsync(db, () => id, "该记录刚刚被他人修改过。请刷新页面，核对最新状态后再操作。", ct);
}

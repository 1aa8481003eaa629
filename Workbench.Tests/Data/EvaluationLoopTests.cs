using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Evaluation;
using Workbench.App.Features.Reviews;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Scoring;
using Workbench.Tests.Support;

namespace Workbench.Tests.Data;

/// <summary>第十六条–第十八条: assignment forms the review panel; closing it scores the round platform; findings; reopening; round close.</summary>
public class EvaluationLoopTests
{
    private static readonly UserScope Admin = new("admin", "王建国", Role.Admin, null, null, null);
    private static readonly UserScope Agency = new("agency", "周婷", Role.Agency, null, null, null);
    private static UserScope Expert(int id) => new($"expert{id}", $"专家{id}", Role.Expert, null, null, id);

    private sealed record World(TestDb T, int RoundId, int Rp, List<int> Experts, ReviewService Reviews, AssignmentService Assign, ResultService Results,
        RoundService Rounds, DecisionService Decisions);

    /// <summary>A round with one platform whose materials the department confirmed, and 7 unconflicted experts.</summary>
    private static async Task<World> WorldAsync(TestDb t)
    {
        var (_, platform) = await t.AddPlatformAsync();
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            db.EvaluationTemplates.AddRange(TemplateService.Defaults(t.Clock.GetUtcNow()));
            for (var i = 0; i < 7; i++) db.Experts.Add(new Expert { Name = $"专家{i}", UnitName = $"中南大学{i}", Title = "教授", Fields = ["材料分析"] });
            await db.SaveChangesAsync();
            var p = await db.Platforms.SingleAsync(x => x.Id == platform);
            p.RecognisedOn = new DateOnly(2022, 12, 20);
            await db.SaveChangesAsync();
        }
        var reviews = new ReviewService(t.Factory, t.Clock);
        var rounds = new RoundService(t.Factory, t.Clock);
        var open = await rounds.OpenAsync(Admin, new RoundForm
        {
            Title = "2026年度考核评估", PeriodFrom = new DateTime(2024, 1, 1), PeriodTo = new DateTime(2026, 12, 31),
            MaterialDeadline = new DateTime(2027, 3, 31), ScoringDeadline = new DateTime(2027, 5, 31),
        }, [platform]);
        Assert.True(open.Ok, string.Join(";", open.Errors));
        await using var ctx = await t.Factory.CreateDbContextAsync();
        var rp = await ctx.RoundPlatforms.SingleAsync();
        rp.Status = EvaluationStatus.DepartmentReviewed;
        await ctx.SaveChangesAsync();
        var experts = await ctx.Experts.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
        return new(t, rp.RoundId, rp.Id, experts, reviews, new AssignmentService(t.Factory, t.Clock, reviews), new ResultService(t.Factory, t.Clock),
            rounds, new DecisionService(t.Factory, t.Clock));
    }

    private static async Task<int> PanelIdAsync(World w)
    {
        await using var db = await w.T.Factory.CreateDbContextAsync();
        return (await db.RoundPlatforms.SingleAsync(r => r.Id == w.Rp)).PanelId!.Value;
    }

    /// <summary>Every item scored at <paramref name="ratio"/> of its maximum (whole or half points); returns the sheet's total.</summary>
    private static async Task<decimal> SubmitAsync(World w, int panelId, int expertId, decimal ratio)
    {
        var sheet = await w.Reviews.LoadSheetAsync(Expert(expertId), panelId);
        var scores = sheet!.Template.AllItems.ToDictionary(i => i.Code, i => (decimal?)(Math.Round(i.MaxPoints * ratio * 2) / 2));
        var comments = sheet.Template.AllItems.ToDictionary(i => i.Code, _ => "材料翔实，服务记录经主管部门审核。");
        var r = await w.Reviews.SubmitAsync(Expert(expertId), panelId, new SheetDraft(scores, comments, "同意"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]);
        Assert.True(r.Ok, string.Join(";", r.Errors));
        return ScoreSheetRules.Total(sheet.Template, new ScoreSheet(scores, comments));
    }

    [Fact]
    public async Task Assign_FormsEvaluationPanelWithRoundTemplate_LinksItAndStartsScoring_Audited()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var r = await w.Assign.AssignAsync(Agency, w.RoundId, [new AssignmentRequest(w.Rp, w.Experts.Take(5).ToList())]);
        Assert.True(r.Ok, string.Join(";", r.Errors));

        await using var db = await t.Factory.CreateDbContextAsync();
        var rp = await db.RoundPlatforms.Include(x => x.Platform).SingleAsync();
        var panel = await db.ReviewPanels.Include(p => p.Members).SingleAsync();
        Assert.Equal(panel.Id, rp.PanelId);
        Assert.Equal((PanelKind.Evaluation, rp.Id, PanelStatus.Open), (panel.Kind, panel.SubjectId, panel.Status));
        Assert.Equal(w.Experts.Take(5).Order(), panel.Members.Select(m => m.ExpertId).Order());
        Assert.Equal(EvaluationStatus.ExpertScoring, rp.Status);
        var snapshot = TemplateJson.Read(await db.RoundTemplates.Where(x => x.Category == rp.Platform!.Category).Select(x => x.Json).SingleAsync());
        Assert.Equal(snapshot.AllItems.Select(i => i.Code), (await w.Reviews.LoadSheetAsync(Expert(w.Experts[0]), panel.Id))!.Template.AllItems.Select(i => i.Code));
        var audited = await db.AuditEntries.Where(a => a.Action == "分配评估专家").Select(a => a.EntityType).ToListAsync();
        Assert.Contains("专家组", audited);
        Assert.Contains("参评平台", audited);
    }

    [Fact]
    public async Task Reassign_BeforeAnySubmission_UpdatesMembers_AfterASubmission_RefusedWithReason()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        Assert.True((await w.Assign.AssignAsync(Agency, w.RoundId, [new AssignmentRequest(w.Rp, w.Experts.Take(5).ToList())])).Ok);
        var panelId = await PanelIdAsync(w);
        Assert.True((await w.Reviews.AutosaveAsync(Expert(w.Experts[0]), panelId, new SheetDraft(new Dictionary<string, decimal?>(), new Dictionary<string, string>(), "草稿"))).Ok);

        var moved = await w.Assign.AssignAsync(Agency, w.RoundId, [new AssignmentRequest(w.Rp, w.Experts.Skip(2).Take(5).ToList())]);
        Assert.True(moved.Ok, string.Join(";", moved.Errors));
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            Assert.Equal(w.Experts.Skip(2).Take(5).Order(), await db.PanelMembers.Where(m => m.PanelId == panelId).Select(m => m.ExpertId).OrderBy(x => x).ToListAsync());
            Assert.Equal(0, await db.ScoreSheets.CountAsync());
            Assert.Equal(1, await db.ReviewPanels.CountAsync());
            Assert.Equal(5, await db.RoundAssignments.CountAsync());
        }

        await SubmitAsync(w, panelId, w.Experts[2], 0.8m);
        var refused = await w.Assign.AssignAsync(Agency, w.RoundId, [new AssignmentRequest(w.Rp, w.Experts.Take(5).ToList())]);
        Assert.False(refused.Ok);
        Assert.Contains(refused.Errors, e => e.Contains("已有专家提交评分表，不能再调整专家组成员"));
    }

    [Fact]
    public async Task ClosePanel_Evaluation_WritesTrimmedMeanAndScored_AdjustNeedsReason_ProposedGradeFollows()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        Assert.True((await w.Assign.AssignAsync(Agency, w.RoundId, [new AssignmentRequest(w.Rp, w.Experts.Take(5).ToList())])).Ok);
        var panelId = await PanelIdAsync(w);
        var totals = new List<decimal>();
        foreach (var (e, ratio) in w.Experts.Take(5).Zip(new[] { 0.6m, 0.7m, 0.8m, 0.9m, 0.95m })) totals.Add(await SubmitAsync(w, panelId, e, ratio));
        var ordered = totals.Order().ToList();
        var handTrimmed = Math.Round((ordered[1] + ordered[2] + ordered[3]) / 3, 2, MidpointRounding.AwayFromZero);

        Assert.False((await w.Reviews.ClosePanelAsync(Admin, panelId)).Ok);
        var closed = await w.Reviews.ClosePanelAsync(Agency, panelId);
        Assert.True(closed.Ok, string.Join(";", closed.Errors));
        var d = await w.Results.GetAsync(Agency, w.Rp);
        Assert.Equal((EvaluationStatus.Scored, handTrimmed), (d!.Status, d.PanelScore));
        Assert.Equal(GradeRules.Decide(handTrimmed).Value!.Grade, d.Proposed!.Grade);

        var noReason = await w.Reviews.AdjustAsync(Agency, panelId, 91m, " ");
        Assert.Contains(noReason.Errors, e => e.Contains("调整理由"));
        Assert.True((await w.Reviews.AdjustAsync(Agency, panelId, 91m, "专家组合议：服务收入核减后仍居同类前列")).Ok);
        d = await w.Results.GetAsync(Agency, w.Rp);
        Assert.Equal((91m, "专家组合议：服务收入核减后仍居同类前列", Grade.Excellent), (d!.PanelScore, d.ConsensusReason, d.Proposed!.Grade));
        await using var db = await t.Factory.CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "专家组协商调整评分" && a.Summary.Contains("91")));
    }

    [Fact]
    public async Task Fraud_NeedsReason_RecordedAndAudited_ProposedGradeFails_NoticeFixesFail()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        Assert.True((await w.Assign.AssignAsync(Agency, w.RoundId, [new AssignmentRequest(w.Rp, w.Experts.Take(5).ToList())])).Ok);
        var panelId = await PanelIdAsync(w);
        foreach (var e in w.Experts.Take(5)) await SubmitAsync(w, panelId, e, 0.95m);
        Assert.True((await w.Reviews.ClosePanelAsync(Agency, panelId)).Ok);
        var before = await w.Results.GetAsync(Admin, w.Rp);
        Assert.Equal(Grade.Excellent, before!.Proposed!.Grade);

        var noReason = await w.Results.RecordFraudAsync(Admin, w.Rp, true, "", before.Version);
        Assert.Contains(noReason.Errors, e => e.Contains("具体情况"));
        var expert = await w.Results.RecordFraudAsync(Expert(w.Experts[0]), w.Rp, true, "虚报", before.Version);
        Assert.False(expert.Ok);
        Assert.True((await w.Results.RecordFraudAsync(Admin, w.Rp, true, "经核查，2025年服务合同12份系伪造", before.Version)).Ok);
        var after = await w.Results.GetAsync(Admin, w.Rp);
        Assert.Equal((true, Grade.Fail), (after!.FraudFound, after.Proposed!.Grade));
        Assert.Contains("第十八条", after.Proposed.Reason);

        Assert.True((await w.Decisions.StartNoticeAsync(Admin, w.RoundId, [w.Rp])).Ok);
        await using var db = await t.Factory.CreateDbContextAsync();
        Assert.Equal(Grade.Fail, (await db.RoundPlatforms.SingleAsync()).Grade);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "登记弄虚作假" && a.Summary.Contains("伪造")));
    }

    [Fact]
    public async Task Reopen_EvaluationSheet_OnlyAgencyWithReason_ExpertCannotReadOthersOrProgress()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        Assert.True((await w.Assign.AssignAsync(Agency, w.RoundId, [new AssignmentRequest(w.Rp, w.Experts.Take(5).ToList())])).Ok);
        var panelId = await PanelIdAsync(w);
        await SubmitAsync(w, panelId, w.Experts[0], 0.8m);

        Assert.False((await w.Reviews.ReopenSheetAsync(Expert(w.Experts[0]), panelId, w.Experts[0], "想改")).Ok);
        Assert.Contains((await w.Reviews.ReopenSheetAsync(Agency, panelId, w.Experts[0], "")).Errors, e => e.Contains("理由"));
        Assert.True((await w.Reviews.ReopenSheetAsync(Agency, panelId, w.Experts[0], "第3项评分依据与材料不符")).Ok);
        var sheet = await w.Reviews.LoadSheetAsync(Expert(w.Experts[0]), panelId);
        Assert.Equal((SheetStatus.Draft, "第3项评分依据与材料不符"), (sheet!.Status, sheet.ReopenReason));

        Assert.Null(await w.Reviews.ProgressAsync(Expert(w.Experts[1]), panelId));
        Assert.Null(await w.Reviews.LoadSheetAsync(Expert(w.Experts[6]), panelId));
        Assert.Null(await w.Results.ForPanelAsync(Expert(w.Experts[6]), panelId));
        Assert.NotNull(await w.Results.ForPanelAsync(Expert(w.Experts[1]), panelId));
        Assert.Null(await w.Results.GetAsync(Expert(w.Experts[1]), w.Rp));
    }

    [Fact]
    public async Task CloseRound_WhilePlatformUnpublished_Refused_AfterExcused_Closed()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var refused = await w.Rounds.CloseAsync(Admin, w.RoundId);
        Assert.Contains(refused.Errors, e => e.Contains("湖南省分析测试中心（主管部门已审核）"));
        Assert.False((await w.Rounds.CloseAsync(Agency, w.RoundId)).Ok);
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            var rp = await db.RoundPlatforms.SingleAsync();
            (rp.Status, rp.Participation, rp.AbsenceReason) = (EvaluationStatus.Absent, Participation.AbsentWithGoodReason, "闭馆改造");
            await db.SaveChangesAsync();
        }
        Assert.True((await w.Rounds.CloseAsync(Admin, w.RoundId)).Ok);
        await using var check = await t.Factory.CreateDbContextAsync();
        var round = await check.EvaluationRounds.SingleAsync();
        Assert.Equal((RoundStatus.Closed, new DateOnly(2026, 11, 29)), (round.Status, round.ClosedOn));
    }
}

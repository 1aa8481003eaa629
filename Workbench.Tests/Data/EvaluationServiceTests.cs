using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Evaluation;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Tests.Support;

namespace Workbench.Tests.Data;

public class EvaluationServiceTests
{
    private static readonly UserScope Admin = new("admin", "王建国", Role.Admin, null, null, null);
    private static readonly UserScope Agency = new("agency", "周婷", Role.Agency, null, null, null);

    private sealed record World(TestDb T, RoundService Rounds, TemplateService Templates, MaterialsService Materials, DecisionService Decisions, AssignmentService Assign);

    private static async Task<World> WorldAsync(TestDb t)
    {
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            db.EvaluationTemplates.AddRange(TemplateService.Defaults(t.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }
        return new(t, new RoundService(t.Factory, t.Clock), new TemplateService(t.Factory, t.Clock), new MaterialsService(t.Factory, t.Clock),
            new DecisionService(t.Factory, t.Clock), new AssignmentService(t.Factory, t.Clock, new Workbench.App.Features.Reviews.ReviewService(t.Factory, t.Clock)));
    }

    private static async Task<(int Unit, int Platform, int Dept)> PlatformAsync(TestDb t, string name, DateOnly recognised, PlatformStatus status = PlatformStatus.Recognised)
    {
        var (unit, id) = await t.AddPlatformAsync(name);
        await using var db = await t.Factory.CreateDbContextAsync();
        var p = await db.Platforms.SingleAsync(x => x.Id == id);
        (p.RecognisedOn, p.Status) = (recognised, status);
        await db.SaveChangesAsync();
        return (unit, id, p.CompetentDepartmentId);
    }

    private static RoundForm Form(string title = "2026年度考核评估") => new()
    {
        Title = title, PeriodFrom = new DateTime(2024, 1, 1), PeriodTo = new DateTime(2026, 12, 31),
        MaterialDeadline = new DateTime(2027, 3, 31), ScoringDeadline = new DateTime(2027, 5, 31),
    };

    private static async Task<int> RoundPlatformIdAsync(TestDb t, int platformId)
    {
        await using var db = await t.Factory.CreateDbContextAsync();
        return await db.RoundPlatforms.Where(r => r.PlatformId == platformId).Select(r => r.Id).SingleAsync();
    }

    [Fact]
    public async Task Propose_DueRecognisedAndExpiredRectification_ProposedByCore_NotYetDueLeftOut()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var due = await PlatformAsync(t, "湖南省分析测试中心", new DateOnly(2022, 12, 20));
        var notDue = await PlatformAsync(t, "湖南省材料测试中心", new DateOnly(2024, 12, 20));
        var rect = await PlatformAsync(t, "湖南省食品检测平台", new DateOnly(2020, 12, 20), PlatformStatus.Rectifying);
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            db.Rectifications.Add(new Rectification { PlatformId = rect.Platform, OpenedOn = new(2025, 12, 26), DueOn = new(2026, 12, 26) });
            await db.SaveChangesAsync();
        }

        var proposal = await w.Rounds.ProposeAsync(new DateOnly(2026, 12, 31));

        Assert.Equal([due.Platform, rect.Platform], proposal.Select(p => p.PlatformId).Order().ToArray());
        Assert.True(proposal.Single(p => p.PlatformId == rect.Platform).IsReEvaluation);
        Assert.Contains("第十六条", proposal.Single(p => p.PlatformId == due.Platform).Why);
        Assert.DoesNotContain(proposal, p => p.PlatformId == notDue.Platform);
    }

    [Fact]
    public async Task Open_ReEvaluation_MovesRectifyingPlatformToReEvaluating_AndRejectsUnproposedPlatform()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var rect = await PlatformAsync(t, "湖南省食品检测平台", new DateOnly(2020, 12, 20), PlatformStatus.Rectifying);
        var notDue = await PlatformAsync(t, "湖南省材料测试中心", new DateOnly(2025, 12, 20));
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            db.Rectifications.Add(new Rectification { PlatformId = rect.Platform, OpenedOn = new(2025, 1, 6), DueOn = new(2026, 1, 6) });
            await db.SaveChangesAsync();
        }

        var bad = await w.Rounds.OpenAsync(Admin, Form(), [rect.Platform, notDue.Platform]);
        Assert.False(bad.Ok);
        Assert.Contains(bad.Errors, e => e.Contains("不在本次应评估名单中"));

        var ok = await w.Rounds.OpenAsync(Admin, Form(), [rect.Platform]);
        Assert.True(ok.Ok, string.Join(";", ok.Errors));
        await using var check = await t.Factory.CreateDbContextAsync();
        Assert.Equal(PlatformStatus.ReEvaluating, (await check.Platforms.SingleAsync(p => p.Id == rect.Platform)).Status);
        Assert.Equal(RectificationStatus.ReEvaluating, (await check.Rectifications.SingleAsync()).Status);
        Assert.True((await check.RoundPlatforms.SingleAsync()).IsReEvaluation);
        Assert.Contains(await check.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "启动考核评估");
    }

    [Fact]
    public async Task Template_EditedAfterRoundOpened_RoundKeepsItsVersion()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var p = await PlatformAsync(t, "湖南省分析测试中心", new DateOnly(2022, 12, 20));
        Assert.True((await w.Rounds.OpenAsync(Admin, Form(), [p.Platform])).Ok);

        var (template, number) = (await w.Templates.LatestAsync(ResourceCategory.FacilitiesAndInstruments))!.Value;
        var edited = template with { Name = "仪器类平台考核评估指标（修订）" };
        var saved = await w.Templates.SaveAsync(Admin, ResourceCategory.FacilitiesAndInstruments, edited, number, "修订名称");
        Assert.True(saved.Ok, string.Join(";", saved.Errors));

        Assert.Equal(2, (await w.Templates.LatestAsync(ResourceCategory.FacilitiesAndInstruments))!.Value.Number);
        var host = new UserScope("host", "陈静", Role.HostUnit, p.Unit, null, null);
        var view = await w.Materials.GetAsync(host, await RoundPlatformIdAsync(t, p.Platform));
        Assert.Equal(1, view!.TemplateNumber);
        Assert.Equal(template.Name, view.Template.Name);
    }

    [Fact]
    public async Task Template_WeightsNotHundred_RejectedWithChineseMessage_NoVersionAdded()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var (template, number) = (await w.Templates.LatestAsync(ResourceCategory.DataAndInformation))!.Value;
        var first = template.Indicators[0];
        var heavier = first with { Items = [first.Items[0] with { MaxPoints = first.Items[0].MaxPoints + 5 }, .. first.Items.Skip(1)] };
        var edited = template with { Indicators = [heavier, .. template.Indicators.Skip(1)] };

        var result = await w.Templates.SaveAsync(Admin, ResourceCategory.DataAndInformation, edited, number, null);

        Assert.False(result.Ok);
        Assert.Contains("各一级指标权重之和应为100分，当前为105分（第十六条）。", result.Errors);
        Assert.Equal(1, (await w.Templates.LatestAsync(ResourceCategory.DataAndInformation))!.Value.Number);
    }

    [Fact]
    public async Task Absence_ExcusedNeedsReason_WithoutGoodReasonLeadsToRemovalAfterConfirmation()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var a = await PlatformAsync(t, "湖南省分析测试中心", new DateOnly(2022, 12, 20));
        var b = await PlatformAsync(t, "湖南省材料测试中心", new DateOnly(2022, 12, 20));
        Assert.True((await w.Rounds.OpenAsync(Admin, Form(), [a.Platform, b.Platform])).Ok);
        var ra = await RoundPlatformIdAsync(t, a.Platform);
        var rb = await RoundPlatformIdAsync(t, b.Platform);

        Assert.Contains("请填写未参加评估的正当理由（第十七条）。", (await w.Rounds.RecordAbsenceAsync(Admin, ra, true, " ")).Errors);
        Assert.True((await w.Rounds.RecordAbsenceAsync(Admin, ra, true, "场馆改扩建闭馆")).Ok);
        Assert.True((await w.Rounds.RecordAbsenceAsync(Admin, rb, false, "经两次通知未提交材料")).Ok);
        Assert.False((await w.Decisions.RemoveAsync(Admin, ra)).Ok);
        var removed = await w.Decisions.RemoveAsync(Admin, rb);
        Assert.True(removed.Ok, string.Join(";", removed.Errors));

        await using var db = await t.Factory.CreateDbContextAsync();
        var rows = await db.RoundPlatforms.ToDictionaryAsync(r => r.Id);
        Assert.Equal((EvaluationStatus.Absent, Participation.AbsentWithGoodReason, "场馆改扩建闭馆"), (rows[ra].Status, rows[ra].Participation, rows[ra].AbsenceReason));
        Assert.Equal((Participation.AbsentWithoutGoodReason, Grade.Fail), (rows[rb].Participation, rows[rb].Grade));
        Assert.Equal(PlatformStatus.Recognised, (await db.Platforms.SingleAsync(p => p.Id == a.Platform)).Status);
        Assert.Equal(PlatformStatus.Revoked, (await db.Platforms.SingleAsync(p => p.Id == b.Platform)).Status);
        Assert.Contains(await db.PlatformEvents.Where(e => e.PlatformId == b.Platform).ToListAsync(), e => e.Kind == PlatformEventKind.Revoked && e.Detail!.Contains("收回所授牌匾"));
    }

    private static MaterialForm Complete(MaterialView v)
    {
        var f = v.Form;
        foreach (var item in v.Template.AllItems) f.SelfScores[item.Code] = item.MaxPoints - 1;
        (f.SelfAssessment, f.AnnualSummary) = ("逐项自评说明", "年度总结");
        (f.ServiceCount, f.FreeServices, f.PaidServices, f.PaidContracts, f.Revenue, f.UsersServed) = (100, 70, 30, 6, 36000m, 40);
        return f;
    }

    [Fact]
    public async Task Materials_ScopedToHostUnit_SubmitValidated_DepartmentConfirms()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var p = await PlatformAsync(t, "湖南省分析测试中心", new DateOnly(2022, 12, 20));
        var other = await PlatformAsync(t, "湖南省材料测试中心", new DateOnly(2022, 12, 20));
        Assert.True((await w.Rounds.OpenAsync(Admin, Form(), [p.Platform, other.Platform])).Ok);
        var rp = await RoundPlatformIdAsync(t, p.Platform);
        var host = new UserScope("host", "陈静", Role.HostUnit, p.Unit, null, null);
        var otherHost = new UserScope("host2", "李四", Role.HostUnit, other.Unit, null, null);
        var dept = new UserScope("dept", "刘敏", Role.Department, null, p.Dept, null);
        var otherDept = new UserScope("dept2", "张三", Role.Department, null, other.Dept, null);

        Assert.Null(await w.Materials.GetAsync(otherHost, rp));
        Assert.Null(await w.Materials.GetAsync(otherDept, rp));
        var view = await w.Materials.GetAsync(host, rp);
        var empty = await w.Materials.SaveAsync(host, rp, view!.Form, submit: true);
        Assert.Contains(empty.Errors, e => e.Contains("自评分"));
        Assert.Contains("请填写年度总结（第十五条）。", empty.Errors);

        var form = Complete(view);
        form.PaidContracts = 0;
        Assert.Contains("有偿服务应签订服务合同，请填写合同份数（第十四条）。", (await w.Materials.SaveAsync(host, rp, form, true)).Errors);
        form.PaidContracts = 6;
        var submitted = await w.Materials.SaveAsync(host, rp, form, true);
        Assert.True(submitted.Ok, string.Join(";", submitted.Errors));

        Assert.False((await w.Materials.ReviewAsync(otherDept, rp, true, null)).Ok);
        Assert.Contains("退回材料须说明理由", (await w.Materials.ReviewAsync(dept, rp, false, "")).Errors[0]);
        Assert.True((await w.Materials.ReviewAsync(dept, rp, true, null)).Ok);
        var after = await w.Materials.GetAsync(dept, rp);
        Assert.Equal(EvaluationStatus.DepartmentReviewed, after!.Status);
        Assert.Equal("刘敏", after.ReviewedBy);
    }

    private static async Task ScoreAsync(TestDb t, int platformId, decimal score)
    {
        await using var db = await t.Factory.CreateDbContextAsync();
        var r = await db.RoundPlatforms.SingleAsync(x => x.PlatformId == platformId);
        (r.Status, r.PanelScore) = (EvaluationStatus.Scored, score);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Publish_FailGrade_AfterNotice_OrdersRectificationForOneYear_AndWritesTimeline()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var p = await PlatformAsync(t, "湖南省分析测试中心", new DateOnly(2022, 12, 20));
        Assert.True((await w.Rounds.OpenAsync(Admin, Form(), [p.Platform])).Ok);
        await ScoreAsync(t, p.Platform, 55.5m);
        var rp = await RoundPlatformIdAsync(t, p.Platform);
        int roundId;
        await using (var db = await t.Factory.CreateDbContextAsync()) roundId = await db.EvaluationRounds.Select(r => r.Id).SingleAsync();

        Assert.True((await w.Decisions.StartNoticeAsync(Admin, roundId, [rp])).Ok);
        var early = await w.Decisions.PublishAsync(Admin, roundId, [rp]);
        Assert.Contains(early.Errors, e => e.Contains("公示期满后方可发布"));

        t.Clock.Advance(TimeSpan.FromDays(10));
        var published = await w.Decisions.PublishAsync(Admin, roundId, [rp]);
        Assert.True(published.Ok, string.Join(";", published.Errors));

        await using var check = await t.Factory.CreateDbContextAsync();
        var row = await check.RoundPlatforms.SingleAsync();
        Assert.Equal((EvaluationStatus.Published, Grade.Fail, new DateOnly(2026, 12, 9)), (row.Status, row.Grade!.Value, row.PublishedOn!.Value));
        Assert.Equal(PlatformStatus.Rectifying, (await check.Platforms.SingleAsync()).Status);
        var rect = await check.Rectifications.SingleAsync();
        Assert.Equal(new DateOnly(2027, 12, 9), rect.DueOn);
        var events = await check.PlatformEvents.Where(e => e.PlatformId == p.Platform).ToListAsync();
        Assert.Contains(events, e => e.Kind == PlatformEventKind.Evaluated && e.Title == "2026年度考核评估结果：不合格");
        Assert.Contains(events, e => e.Kind == PlatformEventKind.Rectification);
    }

    [Fact]
    public async Task Publish_FailedReEvaluation_RevokesPlatform_AndClosesCase()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var p = await PlatformAsync(t, "湖南省食品检测平台", new DateOnly(2020, 12, 20), PlatformStatus.Rectifying);
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            db.Rectifications.Add(new Rectification { PlatformId = p.Platform, OpenedOn = new(2025, 1, 6), DueOn = new(2026, 1, 6) });
            await db.SaveChangesAsync();
        }
        Assert.True((await w.Rounds.OpenAsync(Admin, Form(), [p.Platform])).Ok);
        await ScoreAsync(t, p.Platform, 48m);
        var rp = await RoundPlatformIdAsync(t, p.Platform);
        int roundId;
        await using (var db = await t.Factory.CreateDbContextAsync()) roundId = await db.EvaluationRounds.Select(r => r.Id).SingleAsync();
        Assert.True((await w.Decisions.StartNoticeAsync(Admin, roundId, [rp])).Ok);
        t.Clock.Advance(TimeSpan.FromDays(10));
        Assert.True((await w.Decisions.PublishAsync(Admin, roundId, [rp])).Ok);

        await using var check = await t.Factory.CreateDbContextAsync();
        Assert.Equal(PlatformStatus.Revoked, (await check.Platforms.SingleAsync()).Status);
        Assert.Equal(RectificationStatus.Removed, (await check.Rectifications.SingleAsync()).Status);
    }

    [Fact]
    public async Task Assign_ConflictedExpert_RefusedWithReason_SuggestionsExcludeIt()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var p = await PlatformAsync(t, "湖南省分析测试中心", new DateOnly(2022, 12, 20));
        Assert.True((await w.Rounds.OpenAsync(Admin, Form(), [p.Platform])).Ok);
        int roundId, rp;
        List<int> experts;
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            var unitName = (await db.HostUnits.SingleAsync(u => u.Id == p.Unit)).Name;
            db.Experts.Add(new Expert { Name = "同单位", UnitName = unitName, HostUnitId = p.Unit, Title = "教授", Fields = ["仪器科学"] });
            for (var i = 0; i < 6; i++) db.Experts.Add(new Expert { Name = $"专家{i}", UnitName = $"湖南大学{i}", Title = "教授", Fields = ["材料分析"] });
            var r = await db.RoundPlatforms.SingleAsync();
            r.Status = EvaluationStatus.DepartmentReviewed;
            await db.SaveChangesAsync();
            (roundId, rp) = (r.RoundId, r.Id);
            experts = await db.Experts.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
        }

        var rows = await w.Assign.SuggestExpertsAsync(Agency, roundId, ResourceCategory.FacilitiesAndInstruments);
        var same = rows.Single().Candidates.Single(c => c.Name == "同单位");
        Assert.True(same.Conflicted);
        Assert.False(same.Suggested);
        Assert.Contains("与依托单位同单位", same.ConflictWhy);

        var refused = await w.Assign.AssignAsync(Agency, roundId, [new AssignmentRequest(rp, experts.Take(5).ToList())]);
        Assert.Contains(refused.Errors, e => e.Contains("同单位") && e.Contains("回避"));
        var ok = await w.Assign.AssignAsync(Agency, roundId, [new AssignmentRequest(rp, experts.Skip(1).Take(5).ToList())]);
        Assert.True(ok.Ok, string.Join(";", ok.Errors));
        await using var check = await t.Factory.CreateDbContextAsync();
        Assert.Equal(5, await check.RoundAssignments.CountAsync());
        Assert.Equal(EvaluationStatus.ExpertScoring, (await check.RoundPlatforms.SingleAsync()).Status);
    }
}

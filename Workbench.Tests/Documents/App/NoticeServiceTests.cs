using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Evaluation;
using Workbench.App.Features.Notices;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Core.Scoring;
using Workbench.Tests.Support;

namespace Workbench.Tests.Documents.App;

/// <summary>Notices issued at the evaluation state changes (same save, numbered, scoped, reprinted from the snapshot) and the per-document PDFs.</summary>
public class NoticeServiceTests(DocumentFixture docs) : IClassFixture<DocumentFixture>
{
    private static readonly UserScope Admin = new("admin", "王建国", Role.Admin, null, null, null);
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static string Flat(IEnumerable<string> pages) => new(string.Concat(pages).Where(c => !char.IsWhiteSpace(c)).ToArray());

    private sealed record World(TestDb T, RoundService Rounds, DecisionService Decisions, NoticeService Notices, int RoundId, int RoundPlatformId, int PlatformId, int UnitId, int DeptId);

    private async Task<World> RoundAsync(TestDb t, string name, decimal? score)
    {
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            db.EvaluationTemplates.AddRange(TemplateService.Defaults(t.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }
        var (unit, id) = await t.AddPlatformAsync(name);
        int dept;
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            var p = await db.Platforms.SingleAsync(x => x.Id == id);
            (p.RecognisedOn, p.CertificateNumber, dept) = (new DateOnly(2022, 12, 20), "HNKJPT-2022-0007", p.CompetentDepartmentId);
            await db.SaveChangesAsync();
        }
        var rounds = new RoundService(t.Factory, t.Clock);
        Assert.True((await rounds.OpenAsync(Admin, new RoundForm
        {
            Title = "2026年度考核评估", PeriodFrom = new DateTime(2024, 1, 1), PeriodTo = new DateTime(2026, 12, 31),
            MaterialDeadline = new DateTime(2027, 3, 31), ScoringDeadline = new DateTime(2027, 5, 31),
        }, [id])).Ok);
        await using var check = await t.Factory.CreateDbContextAsync();
        var rp = await check.RoundPlatforms.SingleAsync();
        if (score is { } s)
        {
            (rp.Status, rp.PanelScore) = (EvaluationStatus.Scored, s);
            await check.SaveChangesAsync();
        }
        return new(t, rounds, new DecisionService(t.Factory, t.Clock), new NoticeService(t.Factory, docs.Renderer, t.Clock), rp.RoundId, rp.Id, id, unit, dept);
    }

    [Fact]
    public async Task Evaluation_FailGradePublicisedThenPublished_IssuesPublicityResultAndRectificationNotices_NumberedAndScoped()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await RoundAsync(t, "湖南省分析测试中心", 55.5m);

        Assert.True((await w.Decisions.StartNoticeAsync(Admin, w.RoundId, [w.RoundPlatformId])).Ok);
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            var n = await db.OfficialNotices.Include(x => x.Units).SingleAsync();
            Assert.Equal((NoticeKind.EvaluationPublicity, "湘科资〔2026〕1号", w.RoundId), (n.Kind, n.Number, n.RoundId));
            Assert.Equal(w.UnitId, Assert.Single(n.Units).HostUnitId);
            Assert.NotNull(n.NoticeEnd);
        }
        t.Clock.Advance(TimeSpan.FromDays(10));
        var published = await w.Decisions.PublishAsync(Admin, w.RoundId, [w.RoundPlatformId]);
        Assert.True(published.Ok, string.Join(";", published.Errors));

        await using var check = await t.Factory.CreateDbContextAsync();
        var notices = await check.OfficialNotices.OrderBy(n => n.Sequence).ToListAsync();
        Assert.Equal([NoticeKind.EvaluationPublicity, NoticeKind.EvaluationNotice, NoticeKind.Rectification], notices.Select(n => n.Kind));
        Assert.Equal([1, 2, 3], notices.Select(n => n.Sequence));
        var rect = await check.Rectifications.SingleAsync();
        Assert.Equal(rect.Id, notices[2].RectificationId);
        Assert.Contains(await check.AuditEntries.Select(a => a.EntityType).ToListAsync(), e => e.Contains("公文"));

        var own = new UserScope("host", "长沙学院", Role.HostUnit, w.UnitId, null, null);
        var other = new UserScope("other", "其他单位", Role.HostUnit, w.UnitId + 1000, null, null);
        var dept = new UserScope("dept", "科技局", Role.Department, null, w.DeptId, null);
        Assert.Equal(3, (await w.Notices.ListAsync(own, new NoticeQuery())).Total);
        Assert.Equal(3, (await w.Notices.ListAsync(dept, new NoticeQuery(RoundId: w.RoundId))).Total);
        Assert.Equal(0, (await w.Notices.ListAsync(other, new NoticeQuery())).Total);
        Assert.Null(await w.Notices.GetAsync(other, notices[2].Id));
        Assert.Equal(1, (await w.Notices.ListAsync(own, new NoticeQuery(Kind: NoticeKind.Rectification, Year: 2026))).Total);

        // The reprint is the snapshot as issued, even after the platform is renamed.
        var p = await check.Platforms.SingleAsync();
        p.Name = "湖南省分析测试中心（更名后）";
        await check.SaveChangesAsync();
        var doc = (await w.Notices.GetAsync(own, notices[2].Id))!;
        var pdf = w.Notices.Pdf(doc);
        DocumentFixture.Save("notice-rectification.pdf", pdf);
        var text = Flat(DocumentFixture.PageTexts(pdf));
        Assert.Contains("湘科资〔2026〕3号", text);
        Assert.Contains("关于湖南省分析测试中心限期整改的通知", text);
        Assert.DoesNotContain("更名后", text);
        Assert.Contains("湖南省科学技术厅文件", text);
        Assert.Contains("2027年12月9日前完成整改", text);

        var result = w.Notices.Pdf((await w.Notices.GetAsync(Admin, notices[1].Id))!);
        DocumentFixture.Save("notice-evaluation-result.pdf", result);
        var resultText = Flat(DocumentFixture.PageTexts(result));
        Assert.Contains("关于公布2026年度考核评估结果的通知", resultText);
        Assert.Contains("湖南省分析测试中心", resultText);
        Assert.Contains("不合格", resultText);
        Assert.Contains("—1—", resultText);
    }

    [Fact]
    public async Task Removal_AbsentWithoutGoodReason_IssuesRemovalNoticeRecallingPlaque()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await RoundAsync(t, "湖南省材料测试中心", null);
        Assert.True((await w.Rounds.RecordAbsenceAsync(Admin, w.RoundPlatformId, false, "经两次通知未提交材料")).Ok);
        Assert.True((await w.Decisions.RemoveAsync(Admin, w.RoundPlatformId)).Ok);

        await using var db = await t.Factory.CreateDbContextAsync();
        var n = await db.OfficialNotices.SingleAsync();
        Assert.Equal((NoticeKind.Removal, w.RoundPlatformId), (n.Kind, n.RoundPlatformId));
        var pdf = w.Notices.Pdf((await w.Notices.GetAsync(Admin, n.Id))!);
        DocumentFixture.Save("notice-removal.pdf", pdf);
        var text = Flat(DocumentFixture.PageTexts(pdf));
        Assert.Contains("关于撤销湖南省材料测试中心湖南省科技资源共享服务平台资格的通知", text);
        Assert.Contains("收回牌匾和证书", text);
        Assert.Contains("HNKJPT-2022-0007", text);
    }

    [Fact]
    public async Task ScoreSheetAndReport_BeforeSubmissionOrClose_NotYet_OtherExpertNotFound_ThenPrintedWithScores()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await RoundAsync(t, "湖南省分析测试中心", null);
        IndicatorTemplate template;
        int panelId, a, b;
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            var json = (await db.RoundTemplates.OrderBy(r => r.Id).FirstAsync()).Json;
            template = JsonSerializer.Deserialize<IndicatorTemplate>(json, Web)!;
            var ea = new Expert { Name = "张明远", UnitName = "湖南大学", Title = "教授" };
            var eb = new Expert { Name = "李华", UnitName = "中南大学", Title = "研究员" };
            var panel = new ReviewPanel { Kind = PanelKind.Evaluation, SubjectId = w.RoundPlatformId, SubjectTitle = "湖南省分析测试中心", HostUnitId = w.UnitId, HostUnitName = "长沙学院", TemplateJson = json };
            panel.Members.Add(new PanelMember { Expert = ea, IsChair = true });
            panel.Members.Add(new PanelMember { Expert = eb });
            db.ReviewPanels.Add(panel);
            await db.SaveChangesAsync();
            (panelId, a, b) = (panel.Id, ea.Id, eb.Id);
            var rp = await db.RoundPlatforms.SingleAsync();
            rp.PanelId = panelId;
            db.ScoreSheets.Add(new ScoreSheetRecord { PanelId = panelId, ExpertId = a, Status = SheetStatus.Draft });
            await db.SaveChangesAsync();
        }
        var reports = new ReportDocuments(t.Factory);
        var expertA = new UserScope("expert1", "张明远", Role.Expert, null, null, a);
        var expertB = new UserScope("expert2", "李华", Role.Expert, null, null, b);
        Assert.False((await reports.ScoreSheetAsync(expertB, panelId, a)).Found);
        var draft = await reports.ScoreSheetAsync(expertA, panelId, a);
        Assert.True(draft.Found);
        Assert.Null(draft.Model);
        Assert.Contains("尚未提交", draft.Problem);
        Assert.Null((await reports.EvaluationReportAsync(Admin, w.RoundPlatformId)).Model);

        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            var scores = template.Indicators.SelectMany(i => i.Items).ToDictionary(i => i.Code, i => (decimal?)(i.MaxPoints - 1));
            foreach (var (expert, status) in new[] { (a, SheetStatus.Submitted), (b, SheetStatus.Submitted) })
            {
                var s = await db.ScoreSheets.Include(x => x.Items).FirstOrDefaultAsync(x => x.ExpertId == expert) ?? db.ScoreSheets.Add(new ScoreSheetRecord { PanelId = panelId, ExpertId = expert }).Entity;
                foreach (var (code, value) in scores)
                {
                    var row = s.Items.FirstOrDefault(i => i.ItemCode == code);
                    if (row is null) s.Items.Add(row = new ScoreItemRecord { ItemCode = code });
                    row.Value = value;
                }
                (s.Status, s.OverallComment, s.SubmittedAt, s.Signature) = (status, "平台运行规范，共享服务成效明显。", t.Clock.GetUtcNow(), Samples.SignaturePng());
            }
            (await db.ReviewPanels.SingleAsync()).Status = PanelStatus.Closed;
            await db.SaveChangesAsync();
        }
        var sheet = await reports.ScoreSheetAsync(expertA, panelId, a);
        var sheetPdf = docs.Renderer.RenderPdf(Workbench.App.Documents.Composers.ReportComposer.Compose(sheet.Model!));
        DocumentFixture.Save("score-sheet.pdf", sheetPdf);
        var sheetText = Flat(DocumentFixture.PageTexts(sheetPdf));
        Assert.Contains("考核评估专家评分表", sheetText);
        Assert.Contains("张明远（组长）", sheetText);
        Assert.Contains($"合计得分：{template.TotalWeight - template.Indicators.Sum(i => i.Items.Count)}分", sheetText);
        Assert.Contains("第1页共", sheetText);

        var report = await reports.EvaluationReportAsync(new UserScope("host", "长沙学院", Role.HostUnit, w.UnitId, null, null), w.RoundPlatformId);
        Assert.False((await reports.EvaluationReportAsync(new UserScope("x", "x", Role.HostUnit, w.UnitId + 1000, null, null), w.RoundPlatformId)).Found);
        var reportPdf = docs.Renderer.RenderPdf(Workbench.App.Documents.Composers.ReportComposer.Compose(report.Model!));
        DocumentFixture.Save("evaluation-report.pdf", reportPdf);
        var reportText = Flat(DocumentFixture.PageTexts(reportPdf));
        Assert.Contains("省科技资源共享服务平台考核评估报告", reportText);
        Assert.Contains("湖南省分析测试中心", reportText);
        Assert.Contains("专家1", reportText);
        Assert.DoesNotContain("张明远", reportText);
        Assert.Contains("平台运行规范", reportText);

        // The round batch builds the same reports in a fixed number of queries, scoped like the single report.
        var batch = await reports.EvaluationReportsAsync(Admin, w.RoundId);
        var single = await reports.EvaluationReportAsync(Admin, w.RoundPlatformId);
        Assert.Equal(JsonSerializer.Serialize(single.Model, Web), JsonSerializer.Serialize(Assert.Single(batch).Model, Web));
        Assert.Equal(single.FileName, batch[0].FileName);
        Assert.Single(await reports.EvaluationReportsAsync(new UserScope("host", "长沙学院", Role.HostUnit, w.UnitId, null, null), w.RoundId));
        Assert.Empty(await reports.EvaluationReportsAsync(new UserScope("x", "x", Role.HostUnit, w.UnitId + 1000, null, null), w.RoundId));
    }
}

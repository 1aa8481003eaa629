using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Home;
using Workbench.App.Features.Home.Cards;
using Workbench.App.Features.Reviews;
using Workbench.Core.Evaluation;
using Workbench.Core.Recognition;
using Workbench.Core.Scoring;

namespace Workbench.Tests.Components;

public class DashboardCardTests : ComponentTestBase
{
    private static Dictionary<Grade, int> G(int excellent, int pass, int fail) => new() { [Grade.Excellent] = excellent, [Grade.Pass] = pass, [Grade.Fail] = fail };

    [Fact]
    public void GradeChart_RendersFigures_LinkedToCategoryAndGrade()
    {
        var cut = Render<GradeChartCard>(p => p
            .Add(x => x.Title, "等次分布 · 按资源类别").Add(x => x.GroupTitle, "资源类别").Add(x => x.TestId, "grades")
            .Add(x => x.Groups, [new GradeGroup("科研设施和科研仪器", "category=FacilitiesAndInstruments", G(3, 5, 1)), new GradeGroup("科学数据和科技信息", "category=DataAndInformation", G(0, 2, 0))]));

        var fail = cut.Find("[data-testid='grades-0-Fail']");
        Assert.Equal("1", fail.TextContent);
        Assert.Equal("/platforms?category=FacilitiesAndInstruments&grade=Fail", fail.GetAttribute("href"));
        Assert.Equal("/platforms?category=DataAndInformation&grade=Pass", cut.Find("[data-testid='grades-1-Pass']").GetAttribute("href"));
        Assert.Contains("9", cut.FindAll("tbody tr")[0].TextContent);
        Assert.NotEmpty(cut.FindAll("path.mud-chart-bar"));
    }

    [Fact]
    public void GradeChart_ClickOnSegment_NavigatesToThatGroupAndGrade()
    {
        var cut = Render<GradeChartCard>(p => p
            .Add(x => x.Title, "等次分布").Add(x => x.GroupTitle, "主管部门").Add(x => x.TestId, "grades")
            .Add(x => x.Groups, [new GradeGroup("长沙市科学技术局", "department=3", G(0, 0, 2))]));
        var nav = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();

        cut.Find("path.mud-chart-bar").Click();

        Assert.EndsWith("/platforms?department=3&grade=Fail", nav.Uri);
    }

    [Fact]
    public void GradeChart_NoPublishedResults_SaysSoInChinese()
    {
        var cut = Render<GradeChartCard>(p => p
            .Add(x => x.Title, "等次分布").Add(x => x.GroupTitle, "资源类别").Add(x => x.TestId, "grades")
            .Add(x => x.Groups, [new GradeGroup("科研设施和科研仪器", "category=FacilitiesAndInstruments", G(0, 0, 0))]));
        Assert.Equal("尚无已公布的考核评估结果。", cut.Find("[data-testid='grades-empty']").TextContent);
        Assert.Empty(cut.FindAll("path.mud-chart-bar"));
    }

    [Fact]
    public void Pipeline_ShowsNonZeroSteps_LinkedToBatchAndStatus()
    {
        var cut = Render<PipelineCard>(p => p.Add(x => x.Batches,
            [new PipelineBatch(4, "2026年度认定", new Dictionary<RecognitionStatus, int> { [RecognitionStatus.ExpertReview] = 2, [RecognitionStatus.Returned] = 1 })]));
        var chip = cut.Find("[data-testid='pipeline-4-ExpertReview']");
        Assert.Contains("专家论证 2", chip.TextContent);
        Assert.NotNull(cut.Find("a[href='/recognition?batch=4&status=ExpertReview']"));
        Assert.Empty(cut.FindAll("[data-testid='pipeline-4-Draft']"));
        Assert.Contains("（共 3 件）", cut.Markup);
    }

    [Fact]
    public void Pipeline_Empty_SaysNoOpenBatch()
    {
        var cut = Render<PipelineCard>(p => p.Add(x => x.Batches, []));
        Assert.Contains("当前没有进行中的认定批次。", cut.Markup);
    }

    [Fact]
    public void PanelProgress_ShowsSubmittedOfTotal_AndLinks()
    {
        var cut = Render<PanelProgressCard>(p => p.Add(x => x.Panels,
            [new PanelProgressRow(7, PanelKind.Evaluation, "湖南省甲平台", new DateOnly(2026, 12, 20), 3, 5, "/evaluation/rounds/2")]));
        var row = cut.Find("[data-testid='panel-7']");
        Assert.Contains("3 / 5", row.TextContent);
        Assert.Contains("2026-12-20", row.TextContent);
        Assert.Equal("/evaluation/rounds/2", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Rectification_ShowsCountdownAndOverdue()
    {
        var cut = Render<RectificationCard>(p => p.Add(x => x.Summary, new RectificationSummary(2, 1, 1,
            [new RectificationDue(5, "湖南省丁平台", new DateOnly(2026, 11, 1), -28, true), new RectificationDue(6, "湖南省乙平台", new DateOnly(2026, 12, 19), 20, false)])));
        Assert.Contains("已逾期 28 天", cut.Markup);
        Assert.Contains("剩 20 天", cut.Markup);
        Assert.Contains("1", cut.Find("[data-testid='rect-overdue']").TextContent);
    }

    [Fact]
    public void Summary_FiguresLinkToSummaryListFilteredByYearAndStatus()
    {
        var cut = Render<SummaryCard>(p => p.Add(x => x.Counts, new SummaryCounts(2025, new DateOnly(2026, 2, 28),
            new Dictionary<SummaryStatus, int> { [SummaryStatus.Missing] = 4, [SummaryStatus.OnTime] = 9 })));
        var missing = cut.Find("[data-testid='summary-Missing']");
        Assert.Equal("/supervision/summaries?year=2025&status=Missing", missing.GetAttribute("href"));
        Assert.Contains("逾期未提交", missing.TextContent);
        Assert.Contains("4", missing.TextContent);
        Assert.Contains("2026年2月28日", cut.Markup);
    }

    [Fact]
    public void Complaints_CountOpen_AndLinkByStatus()
    {
        var cut = Render<ComplaintCard>(p => p.Add(x => x.Counts,
            new Dictionary<ComplaintStatus, int> { [ComplaintStatus.Received] = 2, [ComplaintStatus.Investigating] = 1, [ComplaintStatus.Closed] = 5 }));
        Assert.Contains("未结案 3 件", cut.Markup);
        Assert.Equal("/supervision/complaints?status=Received", cut.Find("[data-testid='complaint-Received']").GetAttribute("href"));
    }

    [Fact]
    public void ExpertPending_ListsSheetsWithDeadlineAndLink()
    {
        var rows = new List<MyPanelRow> { new(11, PanelKind.Recognition, "湖南省新材料测试平台", PanelStatus.Open, new DateOnly(2026, 12, 1), ReviewStates.Draft, 4, 12) };
        var cut = Render<ExpertPendingCard>(p => p.Add(x => x.Data, new ExpertDashboard("长沙学院", rows, 0, 1, 2)).Add(x => x.Today, new DateOnly(2026, 11, 29)));
        var row = cut.Find("[data-testid='pending-11']");
        Assert.Contains("2026-12-01", row.TextContent);
        Assert.Contains("剩 2 天", row.TextContent);
        Assert.Contains("4 / 12 项", row.TextContent);
        Assert.Equal("/reviews/11", cut.Find("[data-testid='open-sheet-11']").GetAttribute("href"));
    }

    [Fact]
    public void ExpertPending_None_SaysSoInChinese()
    {
        var cut = Render<ExpertPendingCard>(p => p.Add(x => x.Data, new ExpertDashboard("", [], 0, 0, 3)).Add(x => x.Today, new DateOnly(2026, 11, 29)));
        Assert.Contains("目前没有待完成的评审任务", cut.Find("[data-testid='expert-pending']").TextContent);
    }

    [Fact]
    public void Deadlines_ShowOverdueAndDaysLeft()
    {
        var cut = Render<DeadlinesCard>(p => p.Add(x => x.Items,
        [
            new DeadlineItem("2025年度总结 · 湖南省丙平台", "逾期未提交", new DateOnly(2026, 2, 28), -274, "/supervision/summaries/3/2025"),
            new DeadlineItem("认定申请 · 湖南省新平台", "当前环节：专家论证", null, null, "/recognition/applications/9"),
        ]));
        Assert.Contains("已逾期 274 天", cut.Markup);
        Assert.Equal(2, cut.FindAll("[data-testid='deadline-item']").Count);
        Assert.Contains("/recognition/applications/9", cut.Markup);
    }
}

using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;

namespace Workbench.Tests.Core;

public class CycleAndSummaryTests
{
    private static readonly DateOnly Round = new(2028, 3, 1);

    [Theory]
    [InlineData("2025-03-01", null, "2028-03-01")]
    [InlineData("2024-02-29", null, "2027-02-28")]
    [InlineData("2022-01-10", "2025-06-30", "2028-06-30")]
    [InlineData("2025-06-30", "2024-01-01", "2028-06-30")]
    public void DueOn_ThreeYearsAfterRecognitionOrLastEvaluation(string recognised, string? last, string due) =>
        Assert.Equal(DateOnly.Parse(due), EvaluationCycle.DueOn(DateOnly.Parse(recognised), last is null ? null : DateOnly.Parse(last)));

    [Fact]
    public void Plan_SortsDueReEvaluationAndNotYetDue()
    {
        var platforms = new[]
        {
            new PlatformCycleInfo("due-exactly", PlatformStatus.Recognised, new(2025, 3, 1), null),
            new PlatformCycleInfo("one-day-early", PlatformStatus.Recognised, new(2025, 3, 2), null),
            new PlatformCycleInfo("evaluated-2025", PlatformStatus.Recognised, new(2019, 1, 1), new(2025, 12, 1)),
            new PlatformCycleInfo("rectified", PlatformStatus.Rectifying, new(2020, 1, 1), new(2026, 12, 1), new(2027, 12, 1)),
            new PlatformCycleInfo("still-rectifying", PlatformStatus.Rectifying, new(2020, 1, 1), new(2027, 6, 1), new(2028, 6, 1)),
            new PlatformCycleInfo("re-evaluating", PlatformStatus.ReEvaluating, new(2020, 1, 1), new(2026, 1, 1), new(2027, 1, 1)),
            new PlatformCycleInfo("revoked", PlatformStatus.Revoked, new(2020, 1, 1), null),
        };
        var plan = EvaluationCycle.Plan(platforms, Round);
        Assert.Equal(["due-exactly"], plan.Due.Select(p => p.PlatformId));
        Assert.Equal(["rectified", "re-evaluating"], plan.ReEvaluation.Select(p => p.PlatformId));
        Assert.Equal(["one-day-early", "still-rectifying", "evaluated-2025"], plan.NotYetDue.Select(p => p.Platform.PlatformId));
        Assert.Equal(new DateOnly(2028, 3, 2), plan.NotYetDue[0].DueOn);
    }

    [Theory]
    [InlineData(2023, "2024-02-29")]
    [InlineData(2024, "2025-02-28")]
    [InlineData(2027, "2028-02-29")]
    [InlineData(2099, "2100-02-28")]
    [InlineData(1999, "2000-02-29")]
    public void Summary_DeadlineIsLastDayOfFebruaryNextYear(int year, string deadline) =>
        Assert.Equal(DateOnly.Parse(deadline), AnnualSummary.Deadline(year));

    [Theory]
    [InlineData(2023, "2024-02-29", "2024-03-10", SummaryStatus.OnTime)]
    [InlineData(2023, "2024-03-01", "2024-03-10", SummaryStatus.Late)]
    [InlineData(2023, null, "2024-02-29", SummaryStatus.Pending)]
    [InlineData(2023, null, "2024-03-01", SummaryStatus.Missing)]
    [InlineData(2024, null, "2025-03-01", SummaryStatus.Missing)]
    [InlineData(2024, "2025-01-15", "2025-01-20", SummaryStatus.OnTime)]
    public void Summary_Status(int year, string? submitted, string today, SummaryStatus expected) =>
        Assert.Equal(expected, AnnualSummary.Status(year, submitted is null ? null : DateOnly.Parse(submitted), DateOnly.Parse(today)));

    [Fact]
    public void Summary_Describe_CitesArticle15AndDeadline()
    {
        Assert.Equal("请于2025年2月28日前提交2024年度总结及2025年度工作计划（第十五条）。",
            AnnualSummary.Describe(2024, null, new(2025, 1, 2)));
        Assert.Contains("逾期未提交（截止2025年2月28日，第十五条）", AnnualSummary.Describe(2024, null, new(2025, 3, 1)));
        Assert.Equal("待提交,按时提交,逾期提交,逾期未提交", string.Join(",", Enum.GetValues<SummaryStatus>().Select(s => s.Label())));
    }

    [Theory]
    [InlineData("2024-12-04", false)]
    [InlineData("2024-12-05", true)]
    [InlineData("2029-12-04", true)]
    [InlineData("2029-12-05", false)]
    public void Measures_ValidFrom20241205ForFiveYears(string date, bool inside)
    {
        var d = DateOnly.Parse(date);
        Assert.Equal(inside, Measures.Covers(d));
        var warning = Measures.WarnIfOutside(d);
        Assert.Equal(inside, warning.Passed);
        if (!inside) Assert.Contains("第十九条", warning.Problems.Single());
    }
}

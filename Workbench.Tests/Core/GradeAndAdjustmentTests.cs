using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;

namespace Workbench.Tests.Core;

public class GradeAndAdjustmentTests
{
    [Theory]
    [InlineData(100, Grade.Excellent)]
    [InlineData(90, Grade.Excellent)]
    [InlineData(89.99, Grade.Pass)]
    [InlineData(60, Grade.Pass)]
    [InlineData(59.99, Grade.Fail)]
    [InlineData(0, Grade.Fail)]
    public void Decide_DefaultThresholds(decimal score, Grade expected)
    {
        var r = GradeRules.Decide(score);
        Assert.Equal(expected, r.Value!.Grade);
        Assert.Contains($"评估结果为{expected.Label()}（第十六条）", r.Value.Reason);
    }

    [Fact]
    public void Decide_ConfigurableThresholds()
    {
        Assert.Equal(Grade.Pass, GradeRules.Decide(90m, thresholds: new(Excellent: 95, Pass: 70)).Value!.Grade);
        Assert.Equal(Grade.Fail, GradeRules.Decide(65m, thresholds: new(Excellent: 95, Pass: 70)).Value!.Grade);
        Assert.Contains("合格线 < 优秀线", GradeRules.Decide(80m, thresholds: new(Excellent: 60, Pass: 60)).Check.Problems.Single());
    }

    [Theory]
    [InlineData(true, false, false, "弄虚作假", "第十八条")]
    [InlineData(false, true, false, "无正当理由不参加评估", "第十七条")]
    [InlineData(false, false, true, "中途退出评估", "第十七条")]
    public void Decide_FraudOrRefusal_FailsRegardlessOfScore(bool fraud, bool refused, bool withdrew, string why, string article)
    {
        var r = GradeRules.Decide(98m, new(fraud, refused, withdrew));
        Assert.Equal(Grade.Fail, r.Value!.Grade);
        Assert.Contains(why, r.Value.Reason);
        Assert.Contains(article, r.Value.Reason);
    }

    [Fact]
    public void Decide_NoScoreOrOutOfRange_IsAReasonNotAGrade()
    {
        Assert.Contains("尚无专家组评分", GradeRules.Decide(null).Check.Problems.Single());
        Assert.False(GradeRules.Decide(100.5m).Succeeded);
        Assert.Equal("优秀,合格,不合格", string.Join(",", Enum.GetValues<Grade>().Select(g => g.Label())));
    }

    [Theory]
    [InlineData("2027-02-28", "2028-02-28")]
    [InlineData("2028-02-29", "2029-02-28")]
    [InlineData("2026-06-15", "2027-06-15")]
    [InlineData("2027-12-31", "2028-12-31")]
    public void RectificationDue_IsOneYearAfterPublication(string published, string due) =>
        Assert.Equal(DateOnly.Parse(due), DynamicAdjustment.RectificationDue(DateOnly.Parse(published)));

    [Fact]
    public void Decide_FirstFail_RectifyForOneYear()
    {
        var d = DynamicAdjustment.Decide(new(Grade.Fail, Participation.Participated, false, new(2028, 2, 29))).Value!;
        Assert.Equal(PlatformStatus.Rectifying, d.NewStatus);
        Assert.Equal(new DateOnly(2029, 2, 28), d.RectificationDue);
        Assert.True(d.ReEvaluationNeeded);
        Assert.False(d.PlaqueRecalled);
        Assert.Contains("整改期为1年，至2029年2月28日止，期满后进行复评（第十七条）", d.Explanation);
    }

    [Theory]
    [InlineData(Grade.Fail, Participation.Participated, true, "复评仍不合格")]
    [InlineData(null, Participation.AbsentWithoutGoodReason, false, "无正当理由不参加评估")]
    [InlineData(Grade.Pass, Participation.WithdrewMidway, false, "中途退出评估")]
    [InlineData(null, Participation.WithdrewMidway, true, "中途退出评估")]
    public void Decide_Removal_RecallsPlaque(Grade? grade, Participation p, bool reEvaluation, string why)
    {
        var d = DynamicAdjustment.Decide(new(grade, p, reEvaluation, new(2027, 5, 1))).Value!;
        Assert.Equal(PlatformStatus.Revoked, d.NewStatus);
        Assert.True(d.PlaqueRecalled);
        Assert.Null(d.RectificationDue);
        Assert.Equal($"{why}，不再纳入省资源平台序列，收回所授牌匾（第十七条）。", d.Explanation);
    }

    [Theory]
    [InlineData(Grade.Excellent, false, "优秀", "第十条")]
    [InlineData(Grade.Pass, false, "合格", "第十七条")]
    [InlineData(Grade.Pass, true, "复评结果为合格", "第十七条")]
    public void Decide_PassOrExcellent_KeepsRecognition(Grade grade, bool re, string text, string article)
    {
        var d = DynamicAdjustment.Decide(new(grade, Participation.Participated, re, new(2027, 5, 1))).Value!;
        Assert.Equal(PlatformStatus.Recognised, d.NewStatus);
        Assert.False(d.PlaqueRecalled);
        Assert.Contains(text, d.Explanation);
        Assert.Contains(article, d.Explanation);
    }

    [Fact]
    public void Decide_AbsentWithGoodReason_KeepsStatusButNeedsEvaluation_AndNoGradeIsAReason()
    {
        var d = DynamicAdjustment.Decide(new(null, Participation.AbsentWithGoodReason, false, new(2027, 5, 1))).Value!;
        Assert.Equal((PlatformStatus.Recognised, true), (d.NewStatus, d.ReEvaluationNeeded));
        Assert.False(DynamicAdjustment.Decide(new(null, Participation.Participated, false, new(2027, 5, 1))).Succeeded);
    }
}

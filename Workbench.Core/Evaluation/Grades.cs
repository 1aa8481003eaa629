namespace Workbench.Core.Evaluation;

/// <summary>第十六条: 评估结果分为优秀、合格、不合格3个等次。</summary>
public enum Grade
{
    /// <summary>优秀</summary>
    Excellent,
    /// <summary>合格</summary>
    Pass,
    /// <summary>不合格</summary>
    Fail,
}

/// <summary>Practice thresholds (configurable): 优秀 ≥ 90, 合格 ≥ 60, else 不合格.</summary>
public sealed record GradeThresholds(decimal Excellent = 90m, decimal Pass = 60m)
{
    public static readonly GradeThresholds Default = new();

    /// <summary>第十六条: thresholds must lie in 0..100 with 优秀 above 合格.</summary>
    public Check Validate() =>
        Pass < 0 || Excellent > 100 || Pass >= Excellent
            ? Check.Fail($"等次分数线应满足0 ≤ 合格线 < 优秀线 ≤ 100，当前合格线{Pass:0.##}、优秀线{Excellent:0.##}（第十六条）。")
            : Check.Ok;
}

/// <summary>What was found about the platform besides its score.</summary>
public sealed record GradeFindings(bool FraudFound = false, bool RefusedToParticipate = false, bool WithdrewMidway = false)
{
    public static readonly GradeFindings None = new();
}

/// <summary>A grade with the reason a person can read.</summary>
public sealed record GradeDecision(Grade Grade, decimal? Score, string Reason);

/// <summary>
/// 第十六条: 优秀/合格/不合格 by thresholds. 第十七条、第十八条: refusal to take part, withdrawal midway or fraud → 不合格 regardless of score.
/// </summary>
public static class GradeRules
{
    /// <summary>第十六条、第十七条、第十八条: the grade for a score and findings.</summary>
    public static Result<GradeDecision> Decide(decimal? score, GradeFindings? findings = null, GradeThresholds? thresholds = null)
    {
        var f = findings ?? GradeFindings.None;
        var t = thresholds ?? GradeThresholds.Default;
        if (f.FraudFound)
            return Result<GradeDecision>.Ok(new(Grade.Fail, score, "存在弄虚作假、违反学术道德行为，评估结果为不合格（第十八条）。"));
        if (f.RefusedToParticipate)
            return Result<GradeDecision>.Ok(new(Grade.Fail, score, "无正当理由不参加评估，评估结果为不合格（第十七条）。"));
        if (f.WithdrewMidway)
            return Result<GradeDecision>.Ok(new(Grade.Fail, score, "中途退出评估，评估结果为不合格（第十七条）。"));
        var valid = t.Validate();
        if (!valid.Passed)
            return Result<GradeDecision>.Fail(valid);
        if (score is not { } s)
            return Result<GradeDecision>.Fail("尚无专家组评分，不能确定等次（第十六条）。");
        if (s < 0 || s > 100)
            return Result<GradeDecision>.Fail($"评分{s:0.##}不在0至100分之间，不能确定等次（第十六条）。");
        var grade = s >= t.Excellent ? Grade.Excellent : s >= t.Pass ? Grade.Pass : Grade.Fail;
        return Result<GradeDecision>.Ok(new(grade, s, $"评分{s:0.##}分，评估结果为{grade.Label()}（第十六条）。"));
    }

    public static string Label(this Grade g) => g switch
    {
        Grade.Excellent => "优秀",
        Grade.Pass => "合格",
        Grade.Fail => "不合格",
        _ => throw new ArgumentOutOfRangeException(nameof(g)),
    };
}

using Workbench.Core.Platforms;

namespace Workbench.Core.Evaluation;

/// <summary>Whether and how a platform took part in an evaluation.</summary>
public enum Participation
{
    /// <summary>参加评估</summary>
    Participated,
    /// <summary>有正当理由未参加</summary>
    AbsentWithGoodReason,
    /// <summary>无正当理由不参加</summary>
    AbsentWithoutGoodReason,
    /// <summary>中途退出</summary>
    WithdrewMidway,
}

/// <summary>The published outcome of one evaluation of a platform (a regular evaluation, or the re-evaluation after rectification).</summary>
public sealed record EvaluationOutcome(Grade? Grade, Participation Participation, bool IsReEvaluation, DateOnly PublishedOn);

/// <summary>What follows an outcome: the platform's new status, the rectification deadline, plaque recall, and the explanation.</summary>
public sealed record AdjustmentDecision(
    PlatformStatus NewStatus,
    DateOnly? RectificationDue,
    bool PlaqueRecalled,
    bool ReEvaluationNeeded,
    string Explanation);

/// <summary>
/// 第十七条: 根据评估结果对省资源平台进行动态调整。评估结果较差的责令其限期整改，整改期为1年，期满后进行复评。对复评仍不合格
/// 以及无正当理由不参加评估或中途退出评估的不再纳入省资源平台序列，收回所授牌匾。
/// </summary>
public static class DynamicAdjustment
{
    /// <summary>第十七条: the rectification period in years.</summary>
    public const int RectificationYears = 1;

    /// <summary>第十七条: rectification is due one year after the result's publication (29 Feb → 28 Feb of the next year).</summary>
    public static DateOnly RectificationDue(DateOnly publishedOn) => publishedOn.AddYears(RectificationYears);

    /// <summary>第十七条: what follows an evaluation outcome.</summary>
    public static Result<AdjustmentDecision> Decide(EvaluationOutcome outcome) => outcome.Participation switch
    {
        Participation.AbsentWithoutGoodReason => Ok(Removed("无正当理由不参加评估")),
        Participation.WithdrewMidway => Ok(Removed("中途退出评估")),
        Participation.AbsentWithGoodReason => Ok(new(PlatformStatus.Recognised, null, false, true,
            "有正当理由未参加本次评估，保留省资源平台资格，应另行安排评估（第十七条）。")),
        _ => FromGrade(outcome),
    };

    private static Result<AdjustmentDecision> FromGrade(EvaluationOutcome outcome) => outcome.Grade switch
    {
        null => Result<AdjustmentDecision>.Fail("参加评估但尚未确定等次，不能进行动态调整（第十七条）。"),
        Grade.Fail when outcome.IsReEvaluation => Ok(Removed("复评仍不合格")),
        Grade.Fail => Ok(new(PlatformStatus.Rectifying, RectificationDue(outcome.PublishedOn), false, true,
            $"评估结果为不合格，责令限期整改，整改期为1年，至{RectificationDue(outcome.PublishedOn):yyyy年M月d日}止，期满后进行复评（第十七条）。")),
        Grade.Excellent => Ok(new(PlatformStatus.Recognised, null, false, false,
            (outcome.IsReEvaluation ? "复评" : "评估") + "结果为优秀，保留省资源平台资格，根据评估结果给予支持，可优先遴选申报国家资源平台（第十七条、第十条）。")),
        _ => Ok(new(PlatformStatus.Recognised, null, false, false,
            (outcome.IsReEvaluation ? "复评" : "评估") + "结果为合格，保留省资源平台资格，根据评估结果给予支持（第十七条）。")),
    };

    private static AdjustmentDecision Removed(string why) =>
        new(PlatformStatus.Revoked, null, true, false, $"{why}，不再纳入省资源平台序列，收回所授牌匾（第十七条）。");

    private static Result<AdjustmentDecision> Ok(AdjustmentDecision d) => Result<AdjustmentDecision>.Ok(d);

    public static string Label(this Participation p) => p switch
    {
        Participation.Participated => "参加评估",
        Participation.AbsentWithGoodReason => "有正当理由未参加",
        Participation.AbsentWithoutGoodReason => "无正当理由不参加",
        Participation.WithdrewMidway => "中途退出",
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };
}

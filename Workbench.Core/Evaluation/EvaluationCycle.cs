using Workbench.Core.Platforms;

namespace Workbench.Core.Evaluation;

/// <summary>The dates the cycle rule needs about one platform.</summary>
public sealed record PlatformCycleInfo(
    string PlatformId,
    PlatformStatus Status,
    DateOnly RecognisedOn,
    DateOnly? LastEvaluatedOn,
    DateOnly? RectificationDue = null);

/// <summary>Who a round covers: due for the regular evaluation, due for re-evaluation, and not yet due (with the due date).</summary>
public sealed record CyclePlan(
    IReadOnlyList<PlatformCycleInfo> Due,
    IReadOnlyList<PlatformCycleInfo> ReEvaluation,
    IReadOnlyList<(PlatformCycleInfo Platform, DateOnly DueOn)> NotYetDue);

/// <summary>第十六条: 原则每3年评估一次 — counted from recognition or the last evaluation.</summary>
public static class EvaluationCycle
{
    /// <summary>第十六条: the cycle length in years.</summary>
    public const int Years = 3;

    /// <summary>第十六条: the date a platform is next due for evaluation.</summary>
    public static DateOnly DueOn(DateOnly recognisedOn, DateOnly? lastEvaluatedOn) =>
        (lastEvaluatedOn is { } last && last > recognisedOn ? last : recognisedOn).AddYears(Years);

    /// <summary>第十六条: whether a recognised platform is due on the round date.</summary>
    public static bool IsDue(PlatformCycleInfo p, DateOnly roundDate) =>
        p.Status == PlatformStatus.Recognised && DueOn(p.RecognisedOn, p.LastEvaluatedOn) <= roundDate;

    /// <summary>第十七条: whether a platform under rectification is due for re-evaluation on the round date.</summary>
    public static bool IsDueForReEvaluation(PlatformCycleInfo p, DateOnly roundDate) =>
        p.Status == PlatformStatus.ReEvaluating
        || (p.Status == PlatformStatus.Rectifying && p.RectificationDue is { } due && due <= roundDate);

    /// <summary>第十六条、第十七条: sorts platforms for a round held on <paramref name="roundDate"/>; revoked platforms are left out.</summary>
    public static CyclePlan Plan(IEnumerable<PlatformCycleInfo> platforms, DateOnly roundDate)
    {
        var list = platforms.Where(p => p.Status != PlatformStatus.Revoked).ToList();
        var due = list.Where(p => IsDue(p, roundDate)).ToList();
        var re = list.Where(p => IsDueForReEvaluation(p, roundDate)).ToList();
        var notYet = list.Where(p => !due.Contains(p) && !re.Contains(p))
            .Select(p => (p, p.Status == PlatformStatus.Rectifying && p.RectificationDue is { } r ? r : DueOn(p.RecognisedOn, p.LastEvaluatedOn)))
            .OrderBy(x => x.Item2).ToList();
        return new(due, re, notYet);
    }
}

using Workbench.Core.Scoring;

namespace Workbench.Core.Evaluation;

/// <summary>One expert's submitted total for a platform or application; an abstaining (回避) expert's sheet does not count.</summary>
public sealed record PanelSheet(string ExpertId, decimal Total, bool Abstained = false);

/// <summary>How a panel score was computed.</summary>
public enum AggregationMethod
{
    /// <summary>去掉一个最高分和一个最低分后取平均</summary>
    TrimmedMean,
    /// <summary>算术平均</summary>
    PlainMean,
    /// <summary>无有效评分</summary>
    None,
}

/// <summary>
/// Practice the Measures leave open: trim the highest and lowest total when at least <see cref="TrimWhenAtLeast"/> valid sheets
/// (set <see cref="Trim"/> false for a plain mean always); flag deviations from the panel mean above <see cref="DeviationThreshold"/>.
/// </summary>
public sealed record AggregationOptions(bool Trim = true, int TrimWhenAtLeast = 5, decimal DeviationThreshold = 15m)
{
    public static readonly AggregationOptions Default = new();
}

/// <summary>One expert's distance from the panel mean (plain mean of all valid totals).</summary>
public sealed record ExpertDeviation(string ExpertId, decimal Total, decimal Deviation, bool Flagged);

/// <summary>The panel's score (null if no valid sheet), how it was computed, who was dropped, and who deviates.</summary>
public sealed record PanelResult(
    decimal? Score,
    AggregationMethod Method,
    int ValidSheets,
    decimal? PanelMean,
    IReadOnlyList<string> DroppedExperts,
    IReadOnlyList<ExpertDeviation> Deviations,
    Check Check)
{
    public IEnumerable<ExpertDeviation> Flagged => Deviations.Where(d => d.Flagged);
}

/// <summary>A score the panel agreed to change after discussion, with its reason.</summary>
public sealed record ConsensusScore(decimal Computed, decimal Adjusted, string Reason);

/// <summary>
/// 第十六条: 组织专家进行评估 — combines the experts' totals into the panel score. Decimal arithmetic; every result is
/// rounded once, by <see cref="Scores.Round"/> (2 places, half away from zero).
/// </summary>
public static class PanelAggregation
{
    /// <summary>第十六条: the panel score from the valid (non-abstaining) sheets.</summary>
    public static PanelResult Aggregate(IEnumerable<PanelSheet> sheets, AggregationOptions? options = null)
    {
        var o = options ?? AggregationOptions.Default;
        var all = sheets.ToList();
        var valid = all.Where(s => !s.Abstained)
            .OrderBy(s => s.Total).ThenBy(s => s.ExpertId, StringComparer.Ordinal).ToList();
        var problems = Problems(all, valid);
        if (valid.Count == 0)
            return new(null, AggregationMethod.None, 0, null, [], [], Check.Of(problems));

        var mean = valid.Average(s => s.Total);
        var trim = o.Trim && valid.Count >= Math.Max(3, o.TrimWhenAtLeast);
        var kept = trim ? valid.Skip(1).Take(valid.Count - 2).ToList() : valid;
        var dropped = trim ? new[] { valid[^1].ExpertId, valid[0].ExpertId } : [];
        var deviations = valid.OrderBy(s => s.ExpertId, StringComparer.Ordinal)
            .Select(s => new ExpertDeviation(s.ExpertId, s.Total, Scores.Round(s.Total - mean), Math.Abs(s.Total - mean) > o.DeviationThreshold))
            .ToList();
        return new(Scores.Round(kept.Average(s => s.Total)), trim ? AggregationMethod.TrimmedMean : AggregationMethod.PlainMean,
            valid.Count, Scores.Round(mean), dropped, deviations, Check.Of(problems));
    }

    /// <summary>第十六条: a consensus adjustment of the computed score; it needs a written reason and stays within 0..100.</summary>
    public static Result<ConsensusScore> Adjust(PanelResult result, decimal adjusted, string? reason)
    {
        if (result.Score is not { } computed)
            return Result<ConsensusScore>.Fail("没有有效评分，不能调整专家组意见（第十六条）。");
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(reason))
            problems.Add("调整专家组评分须填写调整理由（第十六条）。");
        if (adjusted < 0 || adjusted > Scores.FullMarks)
            problems.Add($"调整后的评分应在0至100分之间，当前为{adjusted:0.##}分（第十六条）。");
        return problems.Count > 0
            ? Result<ConsensusScore>.Fail([.. problems])
            : Result<ConsensusScore>.Ok(new(computed, Scores.Round(adjusted), reason!.Trim()));
    }

    private static List<string> Problems(List<PanelSheet> all, List<PanelSheet> valid)
    {
        var problems = new List<string>();
        if (valid.Count == 0)
            problems.Add("没有有效评分表（回避的专家不计），不能形成专家组评分（第十六条）。");
        foreach (var dup in all.GroupBy(s => s.ExpertId).Where(g => g.Count() > 1))
            problems.Add($"专家“{dup.Key}”提交了多份评分表，请核实（第十六条）。");
        foreach (var s in valid.Where(s => s.Total < 0 || s.Total > Scores.FullMarks))
            problems.Add($"专家“{s.ExpertId}”的总分{s.Total:0.##}不在0至100分之间（第十六条）。");
        return problems;
    }

    public static string Label(this AggregationMethod m) => m switch
    {
        AggregationMethod.TrimmedMean => "去掉一个最高分和一个最低分后取平均",
        AggregationMethod.PlainMean => "算术平均",
        AggregationMethod.None => "无有效评分",
        _ => throw new ArgumentOutOfRangeException(nameof(m)),
    };
}

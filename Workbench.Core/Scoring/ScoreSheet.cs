namespace Workbench.Core.Scoring;

/// <summary>One expert's scores: item code → score (null = not yet filled) and item code → comment.</summary>
public sealed record ScoreSheet(
    IReadOnlyDictionary<string, decimal?> Scores,
    IReadOnlyDictionary<string, string> Comments)
{
    public static readonly ScoreSheet Empty = new(new Dictionary<string, decimal?>(), new Dictionary<string, string>());

    public decimal? ScoreOf(string code) => Scores.TryGetValue(code, out var s) ? s : null;

    public string CommentOf(string code) => Comments.TryGetValue(code, out var c) ? c ?? "" : "";
}

/// <summary>
/// When a comment is required (configurable): at full marks, and below <see cref="LowMarkRatio"/> of the item's max.
/// <see cref="MaxDecimals"/> limits how finely experts may score.
/// </summary>
public sealed record ScoreSheetOptions(bool CommentAtFullMarks = true, decimal LowMarkRatio = 0.4m, int MaxDecimals = 1)
{
    public static readonly ScoreSheetOptions Default = new();
}

/// <summary>第十六条: 组织专家进行评估 — checks an expert's score sheet and computes its total (never typed).</summary>
public static class ScoreSheetRules
{
    /// <summary>第十六条: each score within 0..max, required items filled, comments for very low or full marks, no unknown items.</summary>
    public static Check Validate(IndicatorTemplate template, ScoreSheet sheet, ScoreSheetOptions? options = null)
    {
        var o = options ?? ScoreSheetOptions.Default;
        var problems = new List<string>();
        foreach (var item in template.AllItems)
            problems.AddRange(ValidateItem(item, sheet, o));
        foreach (var unknown in sheet.Scores.Keys.Where(k => template.Item(k) is null))
            problems.Add($"评分表中的“{unknown}”不是模板“{template.Name}”的指标（第十六条）。");
        return Check.Of(problems);
    }

    /// <summary>第十六条: the total of the filled scores, out of 100 (weights are the items' max points), rounded once.</summary>
    public static decimal Total(IndicatorTemplate template, ScoreSheet sheet) =>
        Scores.Round(template.AllItems.Sum(i => sheet.ScoreOf(i.Code) ?? 0m));

    /// <summary>第十六条: the subtotal of each first-level indicator, by indicator code.</summary>
    public static IReadOnlyDictionary<string, decimal> Subtotals(IndicatorTemplate template, ScoreSheet sheet) =>
        template.Indicators.ToDictionary(i => i.Code, i => Scores.Round(i.Items.Sum(it => sheet.ScoreOf(it.Code) ?? 0m)));

    private static IEnumerable<string> ValidateItem(IndicatorItem item, ScoreSheet sheet, ScoreSheetOptions o)
    {
        var score = sheet.ScoreOf(item.Code);
        if (score is null)
        {
            if (item.Required) yield return $"“{item.Name}”为必评项，请打分（第十六条）。";
            yield break;
        }
        var s = score.Value;
        if (s < 0 || s > item.MaxPoints)
        {
            yield return $"“{item.Name}”的得分应在0至{item.MaxPoints:0.##}分之间，当前为{s:0.##}分（第十六条）。";
            yield break;
        }
        if (decimal.Round(s, o.MaxDecimals) != s)
            yield return $"“{item.Name}”的得分最多保留{o.MaxDecimals}位小数（第十六条）。";
        var needsComment = (o.CommentAtFullMarks && s == item.MaxPoints && item.MaxPoints > 0)
                           || s < item.MaxPoints * o.LowMarkRatio;
        if (needsComment && string.IsNullOrWhiteSpace(sheet.CommentOf(item.Code)))
            yield return s == item.MaxPoints
                ? $"“{item.Name}”给了满分，请填写评分理由（第十六条）。"
                : $"“{item.Name}”得分低于满分的{o.LowMarkRatio * 100:0.##}%，请填写评分理由（第十六条）。";
    }
}

using Workbench.Core.Platforms;

namespace Workbench.Core.Scoring;

/// <summary>A second-level indicator: what an expert scores, out of <see cref="MaxPoints"/>, with guidance.</summary>
public sealed record IndicatorItem(string Code, string Name, decimal MaxPoints, string Guidance, bool Required = true);

/// <summary>A first-level indicator; its weight is the sum of its items' max points.</summary>
public sealed record Indicator(string Code, string Name, IReadOnlyList<IndicatorItem> Items)
{
    public decimal Weight => Items.Sum(i => i.MaxPoints);
}

/// <summary>What a template is used for.</summary>
public enum TemplatePurpose
{
    /// <summary>考核评估 (第十六条)</summary>
    Evaluation,
    /// <summary>认定专家论证 (第八条(二)2)</summary>
    Recognition,
}

/// <summary>
/// 第十六条: 分类评估 — an indicator template as data: first-level indicators with second-level items; totals out of 100.
/// </summary>
public sealed record IndicatorTemplate(
    string Name,
    TemplatePurpose Purpose,
    ResourceCategory? Category,
    int Version,
    IReadOnlyList<Indicator> Indicators)
{
    public decimal TotalWeight => Indicators.Sum(i => i.Weight);

    public IEnumerable<IndicatorItem> AllItems => Indicators.SelectMany(i => i.Items);

    public IndicatorItem? Item(string code) => AllItems.FirstOrDefault(i => i.Code == code);
}

/// <summary>第十六条: rules a template must satisfy before experts may use it.</summary>
public static class TemplateRules
{
    public static string Label(this TemplatePurpose p) => p switch
    {
        TemplatePurpose.Evaluation => "考核评估",
        TemplatePurpose.Recognition => "认定专家论证",
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };

    /// <summary>第十六条: weights sum to 100, no empty level, max points ≥ 0, codes unique, names filled.</summary>
    public static Check Validate(IndicatorTemplate template)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(template.Name))
            problems.Add("请填写指标模板名称（第十六条）。");
        if (template.Version < 1)
            problems.Add("指标模板版本号应为正整数（第十六条）。");
        if (template.Indicators.Count == 0)
            problems.Add("指标模板至少应有一个一级指标（第十六条）。");
        foreach (var ind in template.Indicators)
            problems.AddRange(ValidateIndicator(ind));
        var codes = template.Indicators.Select(i => i.Code).Concat(template.AllItems.Select(i => i.Code));
        foreach (var dup in codes.GroupBy(c => c).Where(g => g.Count() > 1))
            problems.Add($"指标编号“{dup.Key}”重复（第十六条）。");
        if (template.Indicators.Count > 0 && template.TotalWeight != Scores.FullMarks)
            problems.Add($"各一级指标权重之和应为100分，当前为{template.TotalWeight:0.##}分（第十六条）。");
        return Check.Of(problems);
    }

    private static IEnumerable<string> ValidateIndicator(Indicator ind)
    {
        if (string.IsNullOrWhiteSpace(ind.Code) || string.IsNullOrWhiteSpace(ind.Name))
            yield return $"一级指标“{ind.Name}”的编号和名称均须填写（第十六条）。";
        if (ind.Items.Count == 0)
            yield return $"一级指标“{ind.Name}”下没有二级指标（第十六条）。";
        foreach (var item in ind.Items)
        {
            if (string.IsNullOrWhiteSpace(item.Code) || string.IsNullOrWhiteSpace(item.Name))
                yield return $"一级指标“{ind.Name}”下有二级指标缺少编号或名称（第十六条）。";
            if (item.MaxPoints < 0)
                yield return $"二级指标“{item.Name}”的满分不能为负数（第十六条）。";
        }
    }
}

namespace Workbench.Core.Scoring;

/// <summary>What a panel of experts is formed for.</summary>
public enum PanelKind
{
    /// <summary>认定专家论证 (第八条(二)2)</summary>
    Recognition,
    /// <summary>考核评估 (第十六条)</summary>
    Evaluation,
}

/// <summary>
/// 第八条(二)2、第十六条: 专家论证/组织专家评估 — the Measures leave the panel size open; practice is 5–7 experts, an odd number
/// (so a vote cannot tie). Evaluation panels follow the same practice.
/// </summary>
public static class PanelRules
{
    public const int MinimumSize = 5;
    public const int MaximumSize = 7;
    /// <summary>The deadline a panel form suggests (the agency may change it): two weeks from forming.</summary>
    public const int SuggestedScoringDays = 14;

    /// <summary>第八条(二)2、第十六条: a panel is formed with a scoring deadline, so experts, reminders and the dashboard know when it is due.</summary>
    public static Check ValidateDeadline(DateOnly? deadline, PanelKind kind) =>
        deadline is null
            ? Check.Fail($"请设置评分截止日期（{(kind == PanelKind.Recognition ? "第八条(二)2" : "第十六条")}）。")
            : Check.Ok;

    /// <summary>第八条(二)2: a panel of <paramref name="count"/> non-conflicted experts is 5–7 and odd.</summary>
    public static Check ValidateSize(int count, PanelKind kind)
    {
        var what = kind == PanelKind.Recognition ? "认定专家论证" : "考核评估";
        var article = kind == PanelKind.Recognition ? "第八条(二)2" : "第十六条";
        if (count < MinimumSize || count > MaximumSize)
            return Check.Fail($"{what}专家组应由{MinimumSize}至{MaximumSize}名专家组成，当前为{count}名（{article}）。");
        if (count % 2 == 0)
            return Check.Fail($"{what}专家组人数应为单数（5、7名），当前为{count}名（{article}）。");
        return Check.Ok;
    }

    public static string Label(this PanelKind k) => k switch
    {
        PanelKind.Recognition => "认定专家论证",
        PanelKind.Evaluation => "考核评估",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };
}

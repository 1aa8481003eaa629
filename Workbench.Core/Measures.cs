namespace Workbench.Core;

/// <summary>第十九条: 本办法自2024年12月5日起施行，有效期5年 (2024-12-05 … 2029-12-04).</summary>
public static class Measures
{
    /// <summary>文号 of the Measures.</summary>
    public const string DocumentNumber = "湘科发〔2024〕130号";

    /// <summary>第十九条: the first day the Measures apply.</summary>
    public static readonly DateOnly EffectiveFrom = new(2024, 12, 5);

    /// <summary>第十九条: the last day of the five-year validity.</summary>
    public static readonly DateOnly EffectiveUntil = EffectiveFrom.AddYears(5).AddDays(-1);

    /// <summary>第十九条: whether <paramref name="date"/> falls inside the validity of the Measures.</summary>
    public static bool Covers(DateOnly date) => date >= EffectiveFrom && date <= EffectiveUntil;

    /// <summary>第十九条: a warning (not a prohibition) when an act is dated outside the validity of the Measures.</summary>
    public static Check WarnIfOutside(DateOnly actDate) =>
        actDate < EffectiveFrom
            ? Check.Fail($"{actDate:yyyy年M月d日}早于本办法施行日期2024年12月5日（第十九条），请确认适用的管理办法。")
            : actDate > EffectiveUntil
                ? Check.Fail($"{actDate:yyyy年M月d日}已超出本办法5年有效期（2024年12月5日至2029年12月4日，第十九条），请确认是否有新的管理办法。")
                : Check.Ok;
}

namespace Workbench.Core.Scoring;

/// <summary>
/// The one rounding rule for every score in the Workbench: decimal arithmetic, 2 places, half away from zero
/// (四舍五入, <see cref="MidpointRounding.AwayFromZero"/>).
/// </summary>
public static class Scores
{
    public const int Decimals = 2;

    /// <summary>第十六条: rounds a computed score to 2 places, half-up.</summary>
    public static decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>The full mark of a template total.</summary>
    public const decimal FullMarks = 100m;
}

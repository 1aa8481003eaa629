namespace Workbench.Core.Platforms;

/// <summary>Comparing unit (单位) names as people type them: spaces and full-/half-width brackets do not matter.</summary>
public static class UnitNames
{
    /// <summary>The name with whitespace removed and full-width brackets made half-width.</summary>
    public static string Normalize(string? name) =>
        new string((name ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray())
            .Replace('（', '(').Replace('）', ')');

    /// <summary>Whether two unit names denote the same unit (both non-empty after normalising).</summary>
    public static bool Same(string? a, string? b)
    {
        var x = Normalize(a);
        return x.Length > 0 && string.Equals(x, Normalize(b), StringComparison.Ordinal);
    }
}

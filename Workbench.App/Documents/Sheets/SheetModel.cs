namespace Workbench.App.Documents.Sheets;

public enum ColumnKind { Text, Int, Decimal, Date }

/// <summary>Background of a data cell: grade colouring (优秀 green, 不合格 red) and highlights.</summary>
public enum CellFill { None, Good, Bad, Warning }

/// <summary>An export column: header, kind, width in characters (null: from the header and first rows, a hanzi
/// counting 2) and an optional Excel number format (defaults: 0, 0.00, yyyy-mm-dd).</summary>
public sealed record SheetColumn(string Header, ColumnKind Kind = ColumnKind.Text, double? Width = null, string? Format = null);

/// <summary>What to write: the merged title over the table, the columns, the sheet tab's name.</summary>
public sealed record SheetSpec(string Title, IReadOnlyList<SheetColumn> Columns, string SheetName = "数据");

/// <summary>One data row: values in column order (string, int, long, decimal, double, DateOnly, DateTime or null),
/// optional fills per cell.</summary>
public sealed record SheetRow(IReadOnlyList<object?> Values, IReadOnlyList<CellFill>? Fills = null)
{
    public static SheetRow Of(params object?[] values) => new(values);
}

public static class SheetText
{
    /// <summary>Display width in Excel character units: a CJK or full-width character counts 2.</summary>
    public static int DisplayWidth(string? s)
    {
        if (string.IsNullOrEmpty(s)) return 0;
        var w = 0;
        foreach (var ch in s) w += IsWide(ch) ? 2 : 1;
        return w;
    }

    public static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6'
            || char.IsSurrogate(c);

    /// <summary>第十六条: 优秀 green, 不合格 red, 合格 unfilled.</summary>
    public static CellFill GradeFill(string? grade) => grade switch
    {
        "优秀" => CellFill.Good,
        "不合格" => CellFill.Bad,
        _ => CellFill.None,
    };
}

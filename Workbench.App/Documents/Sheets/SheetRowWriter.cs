using System.Globalization;
using System.Runtime.CompilerServices;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Workbench.App.Documents.Sheets;

/// <summary>
/// Typed row writer for large exports: values go straight into a reused <see cref="StyledCell"/> array (no boxing, no
/// per-row arrays, no LINQ). A data cell carries a style only when the style adds something: text and integer cells
/// without a fill are written bare (no <c>s=</c> attribute), decimals keep 0.00, dates yyyy-mm-dd, grade cells their
/// fill. The unfilled style of each column is looked up once; filled styles are created on first use. Columns a row
/// does not set stay empty. While the first rows are sampled it also records display widths for columns without a width.
/// </summary>
public sealed class SheetRowWriter
{
    private const int Fills = 4;   // CellFill values
    private readonly SheetStyles _styles;
    private readonly StyleId?[] _plain;    // per column, CellFill.None: null when the column needs no style
    private readonly StyleId?[] _filled;   // column × fill, created on first use
    private readonly ColumnKind[] _kinds;
    private double[]? _sample;

    internal SheetRowWriter(SheetStyles styles, IReadOnlyList<SheetColumn> columns)
    {
        _styles = styles;
        _filled = new StyleId?[columns.Count * Fills];
        _plain = new StyleId?[columns.Count];
        _kinds = new ColumnKind[columns.Count];
        for (var c = 0; c < _kinds.Length; c++)
        {
            _kinds[c] = columns[c].Kind;
            _plain[c] = styles.Data(c, CellFill.None);
        }
        Cells = new StyledCell[columns.Count];
    }

    internal StyledCell[] Cells { get; }

    public int ColumnCount => Cells.Length;

    /// <summary>Starts sampling display widths (hanzi = 2) of the values written, for auto-sized columns.</summary>
    internal void StartSampling() => _sample = new double[Cells.Length];

    internal double[] StopSampling()
    {
        var s = _sample ?? new double[Cells.Length];
        _sample = null;
        return s;
    }

    /// <summary>Clears the row: every cell empty and unstyled (written as nothing).</summary>
    internal void Clear() => Array.Clear(Cells);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Text(int column, string? value, CellFill fill = CellFill.None)
    {
        Cells[column] = new StyledCell(value, Style(column, fill));
        if (_sample is { } s) Sample(s, column, SheetText.DisplayWidth(value));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Int(int column, int value, CellFill fill = CellFill.None)
    {
        Cells[column] = new StyledCell(value, Style(column, fill));
        if (_sample is { } s) Sample(s, column, Digits(value));
    }

    public void Int(int column, int? value, CellFill fill = CellFill.None)
    {
        Cells[column] = new StyledCell(value, Style(column, fill));
        if (_sample is { } s && value is { } x) Sample(s, column, Digits(x));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Decimal(int column, decimal value, CellFill fill = CellFill.None)
    {
        Cells[column] = Number(value, Style(column, fill));
        if (_sample is { } s) Sample(s, column, DecimalWidth(column, value));
    }

    public void Decimal(int column, decimal? value, CellFill fill = CellFill.None)
    {
        Cells[column] = value is { } v ? Number(v, Style(column, fill)) : new StyledCell((decimal?)null, Style(column, fill));
        if (_sample is { } s && value is { } x)
            Sample(s, column, DecimalWidth(column, x));
    }

    /// <summary>A whole-number decimal (a total of 85, a count) goes in as a long: the cell's XML is the same ("85"),
    /// but SpreadCheetah writes a long with integer formatting instead of converting to double and formatting that
    /// shortest-round-trip, which is most of the cost of a numeric cell. Fractions keep the double path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static StyledCell Number(decimal value, StyleId? style)
    {
        var d = decimal.ToDouble(value);   // what SpreadCheetah's decimal cell does
        return Math.Floor(d) == d && Math.Abs(d) < 1e15 ? new StyledCell((long)d, style) : new StyledCell(d, style);
    }

    private int DecimalWidth(int column, decimal x) =>
        (_kinds[column] == ColumnKind.Decimal ? x.ToString("0.00", CultureInfo.InvariantCulture) : x.ToString(CultureInfo.InvariantCulture)).Length;

    /// <summary>Excel's day 0 (serial numbers count days from 1899-12-30 in the 1900 date system).</summary>
    private static readonly int ExcelEpoch = new DateOnly(1899, 12, 30).DayNumber;

    /// <summary>A date goes in as its serial day number (a long) under the column's yyyy-mm-dd style: the cell's XML is
    /// what SpreadCheetah writes for the same DateTime ("46355"), without converting to an OLE date and formatting a
    /// double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Date(int column, DateOnly value, CellFill fill = CellFill.None)
    {
        // Only where the column's style carries the date format; elsewhere SpreadCheetah's DateTime cell brings its own.
        if (_kinds[column] != ColumnKind.Date) { DateTime(column, value.ToDateTime(TimeOnly.MinValue), fill); return; }
        Cells[column] = new StyledCell((long)(value.DayNumber - ExcelEpoch), Style(column, fill));
        if (_sample is { } s) Sample(s, column, 10);
    }

    public void Date(int column, DateOnly? value, CellFill fill = CellFill.None)
    {
        if (value is { } v) Date(column, v, fill);
        else DateTime(column, null, fill);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void DateTime(int column, DateTime value, CellFill fill = CellFill.None)
    {
        Cells[column] = new StyledCell(value, Style(column, fill));
        if (_sample is { } s) Sample(s, column, 10);
    }

    public void DateTime(int column, DateTime? value, CellFill fill = CellFill.None)
    {
        Cells[column] = new StyledCell(value, Style(column, fill));
        if (_sample is { } s && value is not null) Sample(s, column, 10);
    }

    /// <summary>The untyped path (<see cref="SheetRow"/> values): same cells as the typed setters.</summary>
    public void Value(int column, object? value, CellFill fill = CellFill.None)
    {
        switch (value)
        {
            case null: Text(column, null, fill); break;
            case string s: Text(column, s, fill); break;
            case int i: Int(column, i, fill); break;
            case decimal d: Decimal(column, d, fill); break;
            case DateOnly d: Date(column, d, fill); break;
            case System.DateTime d: DateTime(column, d, fill); break;
            case DateTimeOffset d: DateTime(column, d.DateTime, fill); break;
            case bool b: Text(column, b ? "是" : "否", fill); break;
            default:
                Cells[column] = new StyledCell(SheetExporter.ToData(value, _kinds[column]), Style(column, fill));
                if (_sample is { } smp) Sample(smp, column, SheetText.DisplayWidth(Convert.ToString(value, CultureInfo.InvariantCulture)));
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private StyleId? Style(int column, CellFill fill)
    {
        if (fill == CellFill.None) return _plain[column];
        ref var id = ref _filled[column * Fills + (int)fill];
        return id ??= _styles.Data(column, fill);
    }

    private static void Sample(double[] s, int column, int width)
    {
        if (width + 2 > s[column]) s[column] = width + 2;
    }

    private static int Digits(int v) => v.ToString(CultureInfo.InvariantCulture).Length;
}

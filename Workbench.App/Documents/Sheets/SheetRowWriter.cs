using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Workbench.App.Documents.Sheets;

/// <summary>
/// Typed row writer for large exports: values go straight into a reused <see cref="Cell"/> array (no boxing, no per-row
/// arrays, no LINQ), styles are looked up in a flat array (column × fill) and created on first use. Columns a row does
/// not set stay empty. While the first rows are sampled it also records display widths for columns without a width.
/// </summary>
public sealed class SheetRowWriter
{
    private const int Fills = 4;   // CellFill values
    private readonly SheetStyles _styles;
    private readonly StyleId?[] _ids;
    private readonly Cell[] _empty;
    private readonly ColumnKind[] _kinds;
    private double[]? _sample;
    private bool _emptyReady;

    internal SheetRowWriter(SheetStyles styles, IReadOnlyList<SheetColumn> columns)
    {
        _styles = styles;
        _ids = new StyleId?[columns.Count * Fills];
        _kinds = new ColumnKind[columns.Count];
        for (var c = 0; c < _kinds.Length; c++) _kinds[c] = columns[c].Kind;
        Cells = new Cell[columns.Count];
        _empty = new Cell[columns.Count];
    }

    internal Cell[] Cells { get; }

    public int ColumnCount => Cells.Length;

    /// <summary>Starts sampling display widths (hanzi = 2) of the values written, for auto-sized columns.</summary>
    internal void StartSampling() => _sample = new double[Cells.Length];

    internal double[] StopSampling()
    {
        var s = _sample ?? new double[Cells.Length];
        _sample = null;
        return s;
    }

    /// <summary>Clears the row: every cell empty (its style created lazily, like a null value).</summary>
    internal void Clear()
    {
        if (!_emptyReady)
        {
            for (var c = 0; c < Cells.Length; c++) _empty[c] = new Cell((string?)null, Style(c, CellFill.None));
            _emptyReady = true;
        }
        Array.Copy(_empty, Cells, Cells.Length);
    }

    public void Text(int column, string? value, CellFill fill = CellFill.None)
    {
        Cells[column] = new Cell(value, Style(column, fill));
        if (_sample is { } s) Sample(s, column, SheetText.DisplayWidth(value));
    }

    public void Int(int column, int? value, CellFill fill = CellFill.None)
    {
        Cells[column] = value is { } v ? new Cell(v, Style(column, fill)) : new Cell((string?)null, Style(column, fill));
        if (_sample is { } s && value is { } x) Sample(s, column, Digits(x));
    }

    public void Decimal(int column, decimal? value, CellFill fill = CellFill.None)
    {
        Cells[column] = value is { } v ? new Cell(v, Style(column, fill)) : new Cell((string?)null, Style(column, fill));
        if (_sample is { } s && value is { } x)
            Sample(s, column, (_kinds[column] == ColumnKind.Decimal ? x.ToString("0.00", CultureInfo.InvariantCulture) : x.ToString(CultureInfo.InvariantCulture)).Length);
    }

    public void Date(int column, DateOnly? value, CellFill fill = CellFill.None) =>
        DateTime(column, value?.ToDateTime(TimeOnly.MinValue), fill);

    public void DateTime(int column, DateTime? value, CellFill fill = CellFill.None)
    {
        Cells[column] = value is { } v ? new Cell(v, Style(column, fill)) : new Cell((string?)null, Style(column, fill));
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
                Cells[column] = new Cell(SheetExporter.ToData(value, _kinds[column]), Style(column, fill));
                if (_sample is { } smp) Sample(smp, column, SheetText.DisplayWidth(Convert.ToString(value, CultureInfo.InvariantCulture)));
                break;
        }
    }

    private StyleId Style(int column, CellFill fill)
    {
        ref var id = ref _ids[column * Fills + (int)fill];
        return id ??= _styles.Data(column, fill);
    }

    private static void Sample(double[] s, int column, int width)
    {
        if (width + 2 > s[column]) s[column] = width + 2;
    }

    private static int Digits(int v) => v.ToString(CultureInfo.InvariantCulture).Length;
}

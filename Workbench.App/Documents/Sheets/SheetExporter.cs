using System.Drawing;
using System.Runtime.CompilerServices;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Workbench.App.Documents.Sheets;

/// <summary>
/// Streams rows into an .xlsx with SpreadCheetah: merged title row (height 30), bold filled bordered header (height 22),
/// frozen header, auto-filter, column widths fitting Chinese, number and date formats, grade fills. Data cells carry a
/// style only where it adds something (0.00, yyyy-mm-dd, a fill; text and integers are written bare) and data rows
/// take the sheet's default height, which Excel derives from the 11-pt 宋体 default font (13.5–14.25 pt, fits CJK):
/// no per-cell border or per-row height, so the writer stays close to bare SpreadCheetah speed. Only the first
/// <see cref="WidthSampleRows"/> rows are held, to size columns whose width is not given.
/// </summary>
public sealed class SheetExporter
{
    public const int WidthSampleRows = 200;
    internal const string FontName = "SimSun";   // SpreadCheetah needs ≥ 3 characters; Excel shows 宋体

    public Task ExportAsync(Stream output, SheetSpec spec, IEnumerable<SheetRow> rows, CancellationToken ct = default) =>
        ExportAsync(output, spec, ToAsync(rows, ct), ct);

    public async Task ExportAsync(Stream output, SheetSpec spec, IAsyncEnumerable<SheetRow> rows, CancellationToken ct = default)
    {
        await using var e = rows.GetAsyncEnumerator(ct);
        var sample = new List<SheetRow>();
        var more = true;
        while (sample.Count < WidthSampleRows && (more = await e.MoveNextAsync())) sample.Add(e.Current);

        await using var book = await Spreadsheet.CreateNewAsync(output, Options(), ct);
        var styles = new SheetStyles(book, spec.Columns);
        await StartAsync(book, spec, Widths(spec, sample), ct);
        await WriteTitleAndHeaderAsync(book, spec, styles, ct);
        var writer = new SheetRowWriter(styles, spec.Columns);
        foreach (var row in sample) await book.AddRowAsync(Fill(writer, row), ct);
        while (more && await e.MoveNextAsync())
            await book.AddRowAsync(Fill(writer, e.Current), ct);
        await book.FinishAsync(ct);
    }

    /// <summary>
    /// The fast path for large exports: <paramref name="write"/> puts one item's values into the reused row through the
    /// typed setters of <see cref="SheetRowWriter"/> (unset columns stay empty). Widths of columns without one come from
    /// the first <see cref="WidthSampleRows"/> items, which are held until the sheet starts.
    /// </summary>
    public async Task ExportAsync<T>(Stream output, SheetSpec spec, IAsyncEnumerable<T> items, Action<SheetRowWriter, T> write, CancellationToken ct = default)
    {
        await using var e = items.GetAsyncEnumerator(ct);
        await WriteAsync(output, spec, new AsyncSource<T>(e), write, ct);
    }

    /// <summary>The synchronous-source overload of the fast path: rows are pulled with a plain <c>MoveNext</c> (no
    /// async iterator per row); cancellation is checked on every row.</summary>
    public async Task ExportAsync<T>(Stream output, SheetSpec spec, IEnumerable<T> items, Action<SheetRowWriter, T> write, CancellationToken ct = default)
    {
        using var e = items.GetEnumerator();
        await WriteAsync(output, spec, new SyncSource<T>(e, ct), write, ct);
    }

    private interface IRowSource<out T>
    {
        ValueTask<bool> MoveNextAsync();
        T Current { get; }
    }

    private readonly struct SyncSource<T>(IEnumerator<T> e, CancellationToken ct) : IRowSource<T>
    {
        public ValueTask<bool> MoveNextAsync()
        {
            ct.ThrowIfCancellationRequested();
            return new ValueTask<bool>(e.MoveNext());
        }

        public T Current => e.Current;
    }

    private readonly struct AsyncSource<T>(IAsyncEnumerator<T> e) : IRowSource<T>
    {
        public ValueTask<bool> MoveNextAsync() => e.MoveNextAsync();
        public T Current => e.Current;
    }

    private static async Task WriteAsync<T, TSource>(Stream output, SheetSpec spec, TSource e, Action<SheetRowWriter, T> write, CancellationToken ct)
        where TSource : IRowSource<T>
    {
        await using var book = await Spreadsheet.CreateNewAsync(output, Options(), ct);
        var styles = new SheetStyles(book, spec.Columns);
        var writer = new SheetRowWriter(styles, spec.Columns);
        var sample = new List<T>();
        var more = true;
        var needsSample = spec.Columns.Any(c => c.Width is null);
        if (needsSample) writer.StartSampling();
        while (needsSample && sample.Count < WidthSampleRows && (more = await e.MoveNextAsync()))
        {
            sample.Add(e.Current);
            writer.Clear();
            write(writer, e.Current);
        }
        await StartAsync(book, spec, Widths(spec, writer.StopSampling()), ct);
        await WriteTitleAndHeaderAsync(book, spec, styles, ct);
        foreach (var item in sample)
        {
            writer.Clear();
            write(writer, item);
            await book.AddRowAsync(writer.Cells, ct);
        }
        while (more && await e.MoveNextAsync())
        {
            writer.Clear();
            write(writer, e.Current);
            await book.AddRowAsync(writer.Cells, ct);
        }
        await book.FinishAsync(ct);
    }

    /// <summary>Several small sheets in one workbook (e.g. one per indicator template), each with its own title,
    /// header, widths, frozen header and auto-filter. Sheet names must be unique (Excel: ≤ 31 characters).</summary>
    public async Task ExportSheetsAsync(Stream output, IReadOnlyList<(SheetSpec Spec, IReadOnlyList<SheetRow> Rows)> sheets, CancellationToken ct = default)
    {
        await using var book = await Spreadsheet.CreateNewAsync(output, Options(), ct);
        foreach (var (spec, rows) in sheets)
        {
            var styles = new SheetStyles(book, spec.Columns);
            await StartAsync(book, spec, Widths(spec, rows.Take(WidthSampleRows).ToList()), ct);
            await WriteTitleAndHeaderAsync(book, spec, styles, ct);
            var writer = new SheetRowWriter(styles, spec.Columns);
            foreach (var row in rows) await book.AddRowAsync(Fill(writer, row), ct);
        }
        await book.FinishAsync(ct);
    }

    internal static SpreadCheetahOptions Options() => new()
    {
        DefaultFont = new DefaultFont { Name = FontName, Size = 11 },
        BufferSize = 1 << 16,
    };

    internal static async Task StartAsync(Spreadsheet book, SheetSpec spec, double[] widths, CancellationToken ct)
    {
        var last = SpreadsheetUtility.GetColumnName(spec.Columns.Count);
        var ws = new WorksheetOptions { FrozenRows = 2, AutoFilter = new AutoFilterOptions($"A2:{last}2") };
        for (var c = 0; c < widths.Length; c++) ws.Column(c + 1).Width = widths[c];
        await book.StartWorksheetAsync(spec.SheetName, ws, ct);
    }

    internal static async Task WriteTitleAndHeaderAsync(Spreadsheet book, SheetSpec spec, SheetStyles styles, CancellationToken ct)
    {
        var last = SpreadsheetUtility.GetColumnName(spec.Columns.Count);
        var title = new Cell[spec.Columns.Count];
        title[0] = new Cell(spec.Title, styles.Title);
        for (var c = 1; c < title.Length; c++) title[c] = new Cell("", styles.Title);
        await book.AddRowAsync(title, new RowOptions { Height = 30 }, ct);
        if (spec.Columns.Count > 1) book.MergeCells($"A1:{last}1");
        var header = spec.Columns.Select(c => new Cell(c.Header, styles.Header)).ToArray();
        await book.AddRowAsync(header, new RowOptions { Height = 22 }, ct);
    }

    /// <summary>Given widths, or the widest of header and sample values (hanzi = 2), plus padding, within 6–60.</summary>
    internal static double[] Widths(SheetSpec spec, IReadOnlyList<SheetRow> sample) =>
        spec.Columns.Select((col, c) => col.Width ?? Math.Clamp(
            Math.Max(SheetText.DisplayWidth(col.Header) + 4,
                sample.Count == 0 ? 0 : sample.Max(r => SheetText.DisplayWidth(Display(c < r.Values.Count ? r.Values[c] : null, col.Kind)) + 2)),
            6, 60)).ToArray();

    /// <summary>Given widths, or the widest of header and sampled display widths (already + 2), within 6–60.</summary>
    internal static double[] Widths(SheetSpec spec, double[] sampled) =>
        spec.Columns.Select((col, c) => col.Width ?? Math.Clamp(Math.Max(SheetText.DisplayWidth(col.Header) + 4, sampled[c]), 6, 60)).ToArray();

    private static string Display(object? v, ColumnKind kind) => v switch
    {
        null => "",
        DateOnly or DateTime or DateTimeOffset => "2026-11-29",
        decimal or double or float when kind == ColumnKind.Decimal => Convert.ToDecimal(v).ToString("0.00"),
        _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static StyledCell[] Fill(SheetRowWriter writer, SheetRow row)
    {
        var values = row.Values;
        var fills = row.Fills;
        for (var c = 0; c < writer.ColumnCount; c++)
            writer.Value(c, c < values.Count ? values[c] : null, fills is not null && c < fills.Count ? fills[c] : CellFill.None);
        return writer.Cells;
    }

    internal static DataCell ToData(object? v, ColumnKind kind) => v switch
    {
        null => new DataCell((string?)null),
        string s => new DataCell(s),
        int i => new DataCell(i),
        long l => new DataCell(l),
        decimal d => new DataCell(d),
        double d => new DataCell(d),
        float f => new DataCell(f),
        DateOnly d => new DataCell(d.ToDateTime(TimeOnly.MinValue)),
        DateTime d => new DataCell(d),
        DateTimeOffset d => new DataCell(d.DateTime),
        bool b => new DataCell(b ? "是" : "否"),
        _ => new DataCell(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var item in items)
        {
            ct.ThrowIfCancellationRequested();
            yield return item;
        }
        await Task.CompletedTask;
    }
}

/// <summary>Style ids for title, header and each column × fill, added once per sheet. A data style holds only what
/// the cell needs beyond Excel's defaults (number format, date centring, fill); none for plain text and integers.</summary>
internal sealed class SheetStyles
{
    private readonly Spreadsheet _book;
    private readonly IReadOnlyList<SheetColumn> _columns;
    private readonly Dictionary<(int, CellFill), StyleId?> _data = [];

    public SheetStyles(Spreadsheet book, IReadOnlyList<SheetColumn> columns)
    {
        _book = book;
        _columns = columns;
        Title = book.AddStyle(new Style
        {
            Font = { Bold = true, Size = 16, Name = SheetExporter.FontName },
            Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center },
        });
        Header = book.AddStyle(new Style
        {
            Font = { Bold = true, Name = SheetExporter.FontName },
            Fill = { Color = Color.FromArgb(0xDD, 0xE6, 0xF1) },
            Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true },
            Border = Thin(),
        });
    }

    public StyleId Title { get; }
    public StyleId Header { get; }

    public StyleId? Data(int column, CellFill fill)
    {
        if (_data.TryGetValue((column, fill), out var id)) return id;
        var col = _columns[column];
        var format = col.Format ?? col.Kind switch
        {
            ColumnKind.Decimal => "0.00",
            ColumnKind.Date => "yyyy-mm-dd",
            _ => null,   // text: General; integers: General shows them as 0 would
        };
        var color = FillColor(fill);
        if (format is null && color is null && col.Kind != ColumnKind.Date) return _data[(column, fill)] = null;
        var style = new Style();
        if (format is not null) style.Format = NumberFormat.Custom(format);
        if (col.Kind == ColumnKind.Date) style.Alignment.Horizontal = HorizontalAlignment.Center;
        if (color is { } c) style.Fill.Color = c;
        return _data[(column, fill)] = _book.AddStyle(style);
    }

    internal static Color? FillColor(CellFill fill) => fill switch
    {
        CellFill.Good => Color.FromArgb(0xC6, 0xEF, 0xCE),
        CellFill.Bad => Color.FromArgb(0xFF, 0xC7, 0xCE),
        CellFill.Warning => Color.FromArgb(0xFF, 0xEB, 0x9C),
        _ => null,
    };

    internal static Border Thin()
    {
        var edge = new EdgeBorder { BorderStyle = BorderStyle.Thin, Color = Color.FromArgb(0xA6, 0xA6, 0xA6) };
        return new Border { Left = edge, Right = edge, Top = edge, Bottom = edge };
    }
}

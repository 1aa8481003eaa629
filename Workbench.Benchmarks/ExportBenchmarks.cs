using BenchmarkDotNet.Attributes;
using System.Drawing;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;
using Workbench.App.Documents.Sheets;

namespace Workbench.Benchmarks;

/// <summary>100k rows × 12 columns: our exporter (styles, fills, widths, merged title) against bare SpreadCheetah.
/// "typed" is the fast path (<see cref="SheetRowWriter"/>); "SheetRow" the convenience path with boxed values.
/// "styled SpreadCheetah" is a second reference: SpreadCheetah called directly to write the same workbook our
/// exporter writes (title, bordered header, widths, frozen header, auto-filter, 0.00 / yyyy-mm-dd / grade-fill styles
/// on the cells that need them, default row height), so the cost of the layer itself can be told apart from the cost of
/// the formatting the issue asks for. <see cref="StyledBefore"/> (probe only) is the workbook as written before.</summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    public int Rows { get; set; } = 100_000;
    private readonly SheetExporter _exporter = new();
    private static readonly SheetSpec Spec = new("评估结果", [
        new("序号", ColumnKind.Int), new("平台名称"), new("依托单位"), new("主管部门"), new("资源类别"),
        new("整合能力", ColumnKind.Decimal), new("服务成效", ColumnKind.Decimal), new("运行管理", ColumnKind.Decimal),
        new("经费使用", ColumnKind.Decimal), new("总分", ColumnKind.Decimal), new("等次"), new("评估日期", ColumnKind.Date),
    ]);
    private static readonly DateOnly Day = new(2026, 11, 29);

    private sealed record Item(int N, decimal Total, string Grade);

    private IEnumerable<Item> Items()
    {
        for (var i = 1; i <= Rows; i++)
        {
            var total = 50m + i % 50;
            yield return new Item(i, total, total >= 90 ? "优秀" : total >= 60 ? "合格" : "不合格");
        }
    }

    private IEnumerable<SheetRow> Data()
    {
        var fills = new CellFill[12];
        foreach (var it in Items())
        {
            fills[10] = SheetText.GradeFill(it.Grade);
            yield return new SheetRow([it.N, "湖南省大型科学仪器共享服务平台", "中南大学", "省教育厅", "科研设施和科研仪器",
                20.5m, 25m, 18.25m, 10m, it.Total, it.Grade, Day], fills);
        }
    }

    private static void Write(SheetRowWriter w, Item it)
    {
        w.Int(0, it.N); w.Text(1, "湖南省大型科学仪器共享服务平台"); w.Text(2, "中南大学"); w.Text(3, "省教育厅"); w.Text(4, "科研设施和科研仪器");
        w.Decimal(5, 20.5m); w.Decimal(6, 25m); w.Decimal(7, 18.25m); w.Decimal(8, 10m); w.Decimal(9, it.Total);
        w.Text(10, it.Grade, SheetText.GradeFill(it.Grade)); w.Date(11, Day);
    }

    [Benchmark(Baseline = true, Description = "bare SpreadCheetah")]
    public async Task<long> Bare()
    {
        using var ms = new MemoryStream();
        await using var book = await Spreadsheet.CreateNewAsync(ms);
        await book.StartWorksheetAsync("数据");
        var cells = new DataCell[12];
        foreach (var it in Items())
        {
            cells[0] = new(it.N); cells[1] = new("湖南省大型科学仪器共享服务平台"); cells[2] = new("中南大学"); cells[3] = new("省教育厅");
            cells[4] = new("科研设施和科研仪器"); cells[5] = new(20.5m); cells[6] = new(25m); cells[7] = new(18.25m); cells[8] = new(10m);
            cells[9] = new(it.Total); cells[10] = new(it.Grade); cells[11] = new(Day.ToDateTime(TimeOnly.MinValue));
            await book.AddRowAsync(cells);
        }
        await book.FinishAsync();
        return ms.Length;
    }

    private static readonly EdgeBorder Edge = new() { BorderStyle = BorderStyle.Thin, Color = Color.FromArgb(0xA6, 0xA6, 0xA6) };
    private static readonly Border Thin = new() { Left = Edge, Right = Edge, Top = Edge, Bottom = Edge };

    /// <summary>What both SpreadCheetah references write before the data, as our exporter does: 宋体, title merged over
    /// the columns (height 30), bordered filled header (height 22), widths, frozen header, auto-filter.</summary>
    private static async Task<Spreadsheet> StartStyledAsync(Stream output)
    {
        var book = await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions
        {
            DefaultFont = new DefaultFont { Name = "SimSun", Size = 11 },
            BufferSize = 1 << 16,
        });
        var title = book.AddStyle(new Style
        {
            Font = { Bold = true, Size = 16, Name = "SimSun" },
            Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center },
        });
        var header = book.AddStyle(new Style
        {
            Font = { Bold = true, Name = "SimSun" },
            Fill = { Color = Color.FromArgb(0xDD, 0xE6, 0xF1) },
            Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true },
            Border = Thin,
        });
        var ws = new WorksheetOptions { FrozenRows = 2, AutoFilter = new AutoFilterOptions("A2:L2") };
        double[] widths = [8, 34, 12, 12, 22, 10, 10, 10, 10, 8, 8, 12];
        for (var c = 0; c < widths.Length; c++) ws.Column(c + 1).Width = widths[c];
        await book.StartWorksheetAsync(Spec.SheetName, ws);
        var top = new Cell[12];
        top[0] = new(Spec.Title, title);
        for (var c = 1; c < 12; c++) top[c] = new("", title);
        await book.AddRowAsync(top, new RowOptions { Height = 30 });
        book.MergeCells("A1:L1");
        for (var c = 0; c < 12; c++) top[c] = new(Spec.Columns[c].Header, header);
        await book.AddRowAsync(top, new RowOptions { Height = 22 });
        return book;
    }

    [Benchmark(Description = "styled SpreadCheetah (same workbook as ours)")]
    public async Task<long> Styled()
    {
        using var ms = new MemoryStream();
        await using var book = await StartStyledAsync(ms);
        var number = book.AddStyle(new Style { Format = NumberFormat.Custom("0.00") });
        var date = book.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd"), Alignment = { Horizontal = HorizontalAlignment.Center } });
        var good = book.AddStyle(new Style { Fill = { Color = Color.FromArgb(0xC6, 0xEF, 0xCE) } });
        var bad = book.AddStyle(new Style { Fill = { Color = Color.FromArgb(0xFF, 0xC7, 0xCE) } });
        var cells = new StyledCell[12];
        foreach (var it in Items())
        {
            cells[0] = new(it.N, null); cells[1] = new("湖南省大型科学仪器共享服务平台", null); cells[2] = new("中南大学", null); cells[3] = new("省教育厅", null);
            cells[4] = new("科研设施和科研仪器", null); cells[5] = new(20.5m, number); cells[6] = new(25m, number); cells[7] = new(18.25m, number);
            cells[8] = new(10m, number); cells[9] = new(it.Total, number);
            cells[10] = new(it.Grade, it.Grade == "优秀" ? good : it.Grade == "不合格" ? bad : null);
            cells[11] = new(Day.ToDateTime(TimeOnly.MinValue), date);
            await book.AddRowAsync(cells);
        }
        await book.FinishAsync();
        return ms.Length;
    }

    /// <summary>The workbook as it was before 2026-11-29 19:xx (for comparison in the probe only): border, alignment and a
    /// style on every data cell, row height 18 on every row, <see cref="Cell"/> rather than <see cref="StyledCell"/>.</summary>
    public async Task<long> StyledBefore()
    {
        using var ms = new MemoryStream();
        await using var book = await StartStyledAsync(ms);
        StyleId Data(HorizontalAlignment h, string? format, Color? fill = null)
        {
            var style = new Style { Alignment = { Vertical = VerticalAlignment.Center, Horizontal = h }, Border = Thin };
            if (format is not null) style.Format = NumberFormat.Custom(format);
            if (fill is { } f) style.Fill.Color = f;
            return book.AddStyle(style);
        }
        var text = Data(HorizontalAlignment.Left, null);
        var integer = Data(HorizontalAlignment.Right, "0");
        var number = Data(HorizontalAlignment.Right, "0.00");
        var date = Data(HorizontalAlignment.Center, "yyyy-mm-dd");
        var good = Data(HorizontalAlignment.Left, null, Color.FromArgb(0xC6, 0xEF, 0xCE));
        var bad = Data(HorizontalAlignment.Left, null, Color.FromArgb(0xFF, 0xC7, 0xCE));
        var cells = new Cell[12];
        var row = new RowOptions { Height = 18 };
        foreach (var it in Items())
        {
            cells[0] = new(it.N, integer); cells[1] = new("湖南省大型科学仪器共享服务平台", text); cells[2] = new("中南大学", text); cells[3] = new("省教育厅", text);
            cells[4] = new("科研设施和科研仪器", text); cells[5] = new(20.5m, number); cells[6] = new(25m, number); cells[7] = new(18.25m, number);
            cells[8] = new(10m, number); cells[9] = new(it.Total, number);
            cells[10] = new(it.Grade, it.Grade == "优秀" ? good : it.Grade == "不合格" ? bad : text);
            cells[11] = new(Day.ToDateTime(TimeOnly.MinValue), date);
            await book.AddRowAsync(cells, row);
        }
        await book.FinishAsync();
        return ms.Length;
    }

    [Benchmark(Description = "SheetExporter typed")]
    public async Task<long> Typed()
    {
        using var ms = new MemoryStream();
        await _exporter.ExportAsync(ms, Spec, Items(), Write);
        return ms.Length;
    }

    [Benchmark(Description = "SheetExporter SheetRow")]
    public async Task<long> Ours()
    {
        using var ms = new MemoryStream();
        await _exporter.ExportAsync(ms, Spec, Data());
        return ms.Length;
    }
}

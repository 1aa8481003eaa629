using BenchmarkDotNet.Attributes;
using SpreadCheetah;
using Workbench.App.Documents.Sheets;

namespace Workbench.Benchmarks;

/// <summary>100k rows × 12 columns: our exporter (styles, fills, widths, merged title) against bare SpreadCheetah.</summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private const int Rows = 100_000;
    private readonly SheetExporter _exporter = new();
    private static readonly SheetSpec Spec = new("评估结果", [
        new("序号", ColumnKind.Int), new("平台名称"), new("依托单位"), new("主管部门"), new("资源类别"),
        new("整合能力", ColumnKind.Decimal), new("服务成效", ColumnKind.Decimal), new("运行管理", ColumnKind.Decimal),
        new("经费使用", ColumnKind.Decimal), new("总分", ColumnKind.Decimal), new("等次"), new("评估日期", ColumnKind.Date),
    ]);
    private static readonly DateOnly Day = new(2026, 11, 29);

    private static IEnumerable<SheetRow> Data()
    {
        var fills = new CellFill[12];
        for (var i = 1; i <= Rows; i++)
        {
            var total = 50m + i % 50;
            var grade = total >= 90 ? "优秀" : total >= 60 ? "合格" : "不合格";
            fills[10] = SheetText.GradeFill(grade);
            yield return new SheetRow([i, "湖南省大型科学仪器共享服务平台", "中南大学", "省教育厅", "科研设施和科研仪器",
                20.5m, 25m, 18.25m, 10m, total, grade, Day], fills);
        }
    }

    [Benchmark(Baseline = true, Description = "bare SpreadCheetah")]
    public async Task<long> Bare()
    {
        using var ms = new MemoryStream();
        await using var book = await Spreadsheet.CreateNewAsync(ms);
        await book.StartWorksheetAsync("数据");
        var cells = new DataCell[12];
        for (var i = 1; i <= Rows; i++)
        {
            var total = 50m + i % 50;
            cells[0] = new(i); cells[1] = new("湖南省大型科学仪器共享服务平台"); cells[2] = new("中南大学"); cells[3] = new("省教育厅");
            cells[4] = new("科研设施和科研仪器"); cells[5] = new(20.5m); cells[6] = new(25m); cells[7] = new(18.25m); cells[8] = new(10m);
            cells[9] = new(total); cells[10] = new(total >= 90 ? "优秀" : total >= 60 ? "合格" : "不合格"); cells[11] = new(Day.ToDateTime(TimeOnly.MinValue));
            await book.AddRowAsync(cells);
        }
        await book.FinishAsync();
        return ms.Length;
    }

    [Benchmark(Description = "SheetExporter")]
    public async Task<long> Ours()
    {
        using var ms = new MemoryStream();
        await _exporter.ExportAsync(ms, Spec, Data());
        return ms.Length;
    }
}

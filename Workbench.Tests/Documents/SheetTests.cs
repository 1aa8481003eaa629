using System.IO.Compression;
using System.Text;
using ExcelDataReader;
using Workbench.App.Documents.Sheets;

namespace Workbench.Tests.Documents;

public class SheetTests
{
    static SheetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly SheetSpec Spec = new("2026年度平台评估结果", [
        new SheetColumn("序号", ColumnKind.Int),
        new SheetColumn("平台名称"),
        new SheetColumn("总分", ColumnKind.Decimal),
        new SheetColumn("等次"),
        new SheetColumn("评估日期", ColumnKind.Date),
    ]);

    private static IEnumerable<SheetRow> Rows(int n) => Enumerable.Range(1, n).Select(i =>
    {
        var score = 50m + i % 50;
        var grade = score >= 90 ? "优秀" : score >= 60 ? "合格" : "不合格";
        return new SheetRow([i, $"湖南省第{i}号科学数据共享服务平台", score, grade, new DateOnly(2026, 11, 29)],
            [CellFill.None, CellFill.None, CellFill.None, SheetText.GradeFill(grade), CellFill.None]);
    });

    private static async Task<byte[]> Export(int n)
    {
        using var ms = new MemoryStream();
        await new SheetExporter().ExportAsync(ms, Spec, Rows(n));
        return ms.ToArray();
    }

    private static string Part(byte[] xlsx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var r = new StreamReader(zip.GetEntry(name)!.Open());
        return r.ReadToEnd();
    }

    [Fact]
    public async Task Export_ReadBack_HasMergedTitleHeaderAndTypedValues()
    {
        var xlsx = await Export(500);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "workbench-export.xlsx"), xlsx);
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(xlsx));
        var ds = new List<object?[]>();
        while (reader.Read()) ds.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
        Assert.Equal(502, ds.Count);
        Assert.Equal("2026年度平台评估结果", ds[0][0]);
        Assert.Contains(reader.MergeCells, m => m is { FromRow: 0, ToRow: 0, FromColumn: 0, ToColumn: 4 });
        Assert.Equal(["序号", "平台名称", "总分", "等次", "评估日期"], ds[1].Cast<string>().ToArray());
        Assert.Equal(1d, ds[2][0]);
        Assert.Equal("湖南省第1号科学数据共享服务平台", ds[2][1]);
        Assert.Equal(51d, ds[2][2]);
        Assert.Equal("不合格", ds[2][3]);
        Assert.Equal(new DateTime(2026, 11, 29), ds[2][4]);
    }

    [Fact]
    public async Task Export_Sheet_IsFrozenFilteredFormattedAndGradeColoured()
    {
        var xlsx = await Export(100);
        var sheet = Part(xlsx, "xl/worksheets/sheet1.xml");
        var styles = Part(xlsx, "xl/styles.xml");
        Assert.Contains("<autoFilter ref=\"A2:E2\"", sheet);
        Assert.Contains("ySplit=\"2\"", sheet);
        Assert.DoesNotContain("customHeight", sheet[sheet.IndexOf("<row r=\"3\"", StringComparison.Ordinal)..]);   // data rows: default height
        Assert.Contains("C6EFCE", styles);   // 优秀 green
        Assert.Contains("FFC7CE", styles);   // 不合格 red
        Assert.Contains("yyyy-mm-dd", styles);
        Assert.Contains("0.00", styles);
        Assert.Contains("width=\"", sheet);
    }

    /// <summary>What a cell's style index resolves to in styles.xml: number format code, fill colour, bordered.</summary>
    private sealed record XfInfo(string? Format, string? Fill, bool Border);

    private static List<XfInfo> CellXfs(string stylesXml)
    {
        var doc = System.Xml.Linq.XDocument.Parse(stylesXml);
        var ns = doc.Root!.Name.Namespace;
        var formats = doc.Descendants(ns + "numFmt").ToDictionary(n => (string)n.Attribute("numFmtId")!, n => (string)n.Attribute("formatCode")!);
        var fills = doc.Descendants(ns + "fills").Single().Elements(ns + "fill")
            .Select(f => (string?)f.Descendants(ns + "fgColor").FirstOrDefault()?.Attribute("rgb")).ToList();
        var borders = doc.Descendants(ns + "borders").Single().Elements(ns + "border")
            .Select(b => b.Elements().Any(e => e.Attribute("style") is not null)).ToList();
        return doc.Descendants(ns + "cellXfs").Single().Elements(ns + "xf").Select(x => new XfInfo(
            formats.GetValueOrDefault((string?)x.Attribute("numFmtId") ?? "0"),
            fills[(int?)x.Attribute("fillId") ?? 0],
            borders[(int?)x.Attribute("borderId") ?? 0])).ToList();
    }

    /// <summary>Row r (1-based) of sheet1: each cell's style (null: no s attribute) and the row element's attributes.</summary>
    private static (List<XfInfo?> Cells, System.Xml.Linq.XElement Row) SheetRowAt(byte[] xlsx, int r)
    {
        var xfs = CellXfs(Part(xlsx, "xl/styles.xml"));
        var doc = System.Xml.Linq.XDocument.Parse(Part(xlsx, "xl/worksheets/sheet1.xml"));
        var ns = doc.Root!.Name.Namespace;
        var row = doc.Descendants(ns + "row").Single(x => (int)x.Attribute("r")! == r);
        return (row.Elements(ns + "c").Select(c => (int?)c.Attribute("s") is { } i ? xfs[i] : null).ToList(), row);
    }

    [Fact]
    public async Task Export_DataCells_StyledOnlyWhereNeeded_HeaderBorderedRowsDefaultHeight()
    {
        var xlsx = await Export(100);
        // Row 3 = item 1 (51 分, 不合格): text and integer bare, 0.00, red fill, yyyy-mm-dd.
        var (cells, row) = SheetRowAt(xlsx, 3);
        Assert.Null(cells[0]);
        Assert.Null(cells[1]);
        Assert.Equal("0.00", cells[2]!.Format);
        Assert.Equal("FFFFC7CE", cells[3]!.Fill);
        Assert.Equal("yyyy-mm-dd", cells[4]!.Format);
        Assert.DoesNotContain(cells, c => c is { Border: true });
        Assert.Null(row.Attribute("ht"));
        Assert.Null(row.Attribute("customHeight"));
        // 合格 (item 10, 60 分): no fill, so no style; 优秀 (item 40, 90 分): green.
        Assert.Null(SheetRowAt(xlsx, 12).Cells[3]);
        Assert.Equal("FFC6EFCE", SheetRowAt(xlsx, 42).Cells[3]!.Fill);
        // Header: bordered, filled, taller; title: merged, taller.
        var (header, headerRow) = SheetRowAt(xlsx, 2);
        Assert.All(header, c => Assert.True(c is { Border: true, Fill: "FFDDE6F1" }));
        Assert.Equal("22", (string?)headerRow.Attribute("ht"));
        Assert.Equal("30", (string?)SheetRowAt(xlsx, 1).Row.Attribute("ht"));
        var sheet = Part(xlsx, "xl/worksheets/sheet1.xml");
        Assert.Contains("<mergeCell ref=\"A1:E1\"", sheet);
        Assert.Contains("state=\"frozen\"", sheet);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(sheet, "customHeight").Count);
    }

    [Fact]
    public async Task TypedExport_SameStylesAsSheetRowPath()
    {
        using var ms = new MemoryStream();
        var items = Enumerable.Range(1, 100).Select(i => (N: i, Score: 50m + i % 50));
        await new SheetExporter().ExportAsync(ms, Spec, items, (w, it) =>
        {
            var grade = it.Score >= 90 ? "优秀" : it.Score >= 60 ? "合格" : "不合格";
            w.Int(0, it.N); w.Text(1, $"湖南省第{it.N}号科学数据共享服务平台"); w.Decimal(2, it.Score);
            w.Text(3, grade, SheetText.GradeFill(grade)); w.Date(4, new DateOnly(2026, 11, 29));
        });
        var typed = ms.ToArray();
        var untyped = await Export(100);
        foreach (var r in new[] { 2, 3, 12, 42 })
            Assert.Equal(SheetRowAt(untyped, r).Cells, SheetRowAt(typed, r).Cells);
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(typed));
        for (var i = 0; i < 3; i++) reader.Read();
        Assert.Equal(51d, reader.GetValue(2));
        Assert.Equal(new DateTime(2026, 11, 29), reader.GetValue(4));
    }

    [Fact]
    public async Task TypedExport_Decimals_WholeAndFractional_ReadBackExactlyWithFormat()
    {
        decimal?[] values = [85m, 85.00m, 92.5m, 18.25m, -3m, 0m, 123456789012m, 0.1m, null, 99.99m,
            85.33m, 9999.99m, 0.07m, -12.5m, 12345.67m, 0.001m, 60.10m, 33.3333m];
        using var ms = new MemoryStream();
        await new SheetExporter().ExportAsync(ms, new SheetSpec("分数", [new("总分", ColumnKind.Decimal, Width: 10)]), values, (w, v) => w.Decimal(0, v));
        var xlsx = ms.ToArray();
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(xlsx));
        reader.Read(); reader.Read();
        foreach (var v in values)
        {
            Assert.True(reader.Read());
            Assert.Equal(v is null ? null : (object)(double)v.Value, reader.GetValue(0));
        }
        Assert.Equal("0.00", SheetRowAt(xlsx, 3).Cells[0]!.Format);
        Assert.Equal("0.00", SheetRowAt(xlsx, 5).Cells[0]!.Format);
        var sheet = Part(xlsx, "xl/worksheets/sheet1.xml");
        Assert.Contains("<v>85</v>", sheet);
        Assert.Contains("<v>92.5</v>", sheet);
        Assert.Contains("<v>123456789012</v>", sheet);
        // Two-decimal scores (written through float) and everything else (double) carry the same digits as typed.
        foreach (var text in new[] { "85.33", "9999.99", "0.07", "-12.5", "12345.67", "0.001", "60.1", "33.3333", "99.99", "18.25" })
            Assert.Contains($"<v>{text}</v>", sheet);
    }

    [Fact]
    public void Widths_CountHanziAsTwo()
    {
        Assert.Equal(4, SheetText.DisplayWidth("平台"));
        Assert.Equal(6, SheetText.DisplayWidth("ab平台"));
        var widths = SheetExporter.Widths(Spec, [SheetRow.Of(1, "湖南省大型科学仪器共享服务平台", 1m, "优秀", null)]);
        Assert.Equal(32, widths[1]);   // 15 hanzi × 2 + 2
    }

    private static readonly ImportColumn[] Columns =
    [
        new("平台名称", IsKey: true),
        new("依托单位"),
        new("得分", ColumnKind.Decimal, Min: 0, Max: 100),
        new("评估日期", ColumnKind.Date, Required: false),
    ];

    private sealed record Score(string Platform, string Unit, decimal Value);

    private static async Task<MemoryStream> Workbook(params object?[][] rows)
    {
        var ms = new MemoryStream();
        var spec = new SheetSpec("评分导入", Columns.Select(c => new SheetColumn(c.Header, c.Kind)).ToList());
        await new SheetExporter().ExportAsync(ms, spec, rows.Select(r => new SheetRow(r)));
        ms.Position = 0;
        return ms;
    }

    private static ImportResult<Score> Import(Stream s) => new SheetImporter().Import(s, Columns, r =>
        r.Text("依托单位").Contains("测试") ? RowResult<Score>.Fail("依托单位不能是测试单位") :
        RowResult<Score>.Ok(new Score(r.Text("平台名称"), r.Text("依托单位"), r.Decimal("得分")!.Value)));

    [Fact]
    public async Task Import_GoodRows_AreMapped()
    {
        var result = Import(await Workbook(["湖南省甲平台", "中南大学", 91.5m, new DateOnly(2026, 11, 29)], ["湖南省乙平台", "湖南大学", 60, null]));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal([new Score("湖南省甲平台", "中南大学", 91.5m), new Score("湖南省乙平台", "湖南大学", 60m)], result.Rows);
    }

    [Fact]
    public async Task Import_BadCells_GiveRowNumberedChineseErrors()
    {
        var result = Import(await Workbook(
            ["湖南省甲平台", "中南大学", "九十", null],
            ["湖南省乙平台", "湖南大学", 120, null],
            ["湖南省丙平台", "", 80, null],
            ["湖南省丁平台", "湖南师范大学", 80, "2026年13月1日"],
            ["湖南省戊平台", "测试单位", 80, null],
            ["湖南省己平台", "湘潭大学", 70, null],
            ["湖南省己平台", "湘潭大学", 75, null]));
        Assert.Equal([
            "第3行：“得分”应为数字，实际为“九十”",
            "第4行：“得分”应在0到100之间，实际为120",
            "第5行：“依托单位”不能为空",
            "第6行：“评估日期”应为日期（如 2026-11-29），实际为“2026年13月1日”",
            "第9行：“平台名称”与第8行重复（湖南省己平台）",
            "第7行：依托单位不能是测试单位",
        ], result.Errors);
        Assert.Single(result.Rows);
    }

    [Fact]
    public async Task Import_MissingColumn_IsNamed()
    {
        var ms = new MemoryStream();
        await new SheetExporter().ExportAsync(ms, new SheetSpec("x", [new("平台名称"), new("依托单位"), new("得分数")]), [SheetRow.Of("湖南省甲平台", "中南大学", "90")]);
        ms.Position = 0;
        var result = Import(ms);
        Assert.Equal(["第2行：表头缺少列“得分”“评估日期”。请使用下载的模板，不要修改表头。"], result.Errors);
    }

    [Theory]
    [InlineData("平台名称,依托单位\n湖南省甲平台,中南大学\n")]
    [InlineData("%PDF-1.7 not a workbook")]
    public void Import_NonExcelFile_IsRejectedByContent(string content)
    {
        var result = Import(new MemoryStream(Encoding.UTF8.GetBytes(content)));
        Assert.Equal(["文件不是有效的 Excel 文件（.xlsx 或 .xls），无法读取。请使用下载的模板填写后上传，不要修改文件类型。"], result.Errors);
    }

    [Fact]
    public void Import_EmptyFile_SaysSo() =>
        Assert.Equal(["文件为空，请使用下载的模板填写后上传。"], Import(new MemoryStream()).Errors);

    [Fact]
    public async Task Template_HasDropdownAndRangeValidation_AndImportsBack()
    {
        using var ms = new MemoryStream();
        TemplateColumn[] cols =
        [
            new("平台名称", Hint: "填写完整的中文名称，例如“湖南省××平台”"),
            new("依托单位"),
            new("得分", ColumnKind.Decimal, Min: 0, Max: 100),
            new("等次", Choices: ["优秀", "合格", "不合格"]),
        ];
        await new SheetTemplateWriter().WriteAsync(ms, "专家评分导入模板", cols, [SheetRow.Of("湖南省甲平台", "中南大学", 92m, "优秀")]);
        var sheet = Part(ms.ToArray(), "xl/worksheets/sheet1.xml");
        Assert.Contains("type=\"list\"", sheet);
        Assert.Contains("优秀,合格,不合格", sheet);
        Assert.Contains("type=\"decimal\"", sheet);
        Assert.Contains("D3:D1002", sheet);
        ms.Position = 0;
        var result = new SheetImporter().Import(ms, cols.Select(c => c.ToImportColumn()).ToList(), r => RowResult<string>.Ok(r.Text("等次")));
        Assert.Equal(["优秀"], result.Rows);
    }
}

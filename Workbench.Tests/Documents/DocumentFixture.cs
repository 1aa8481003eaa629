using Microsoft.Extensions.Logging;
using Workbench.App.Documents;
using Workbench.App.Documents.Pdf;
using Workbench.Core.Documents;

namespace Workbench.Tests.Documents;

/// <summary>Fonts are loaded once for all document tests (5 MB each).</summary>
public sealed class DocumentFixture : IDisposable
{
    public CapturingLogger<PdfRenderer> Log { get; } = new();
    public FontSet Fonts { get; } = new(new DocumentsOptions(), new CapturingLogger<FontSet>());
    public PdfRenderer Renderer { get; }

    public DocumentFixture() => Renderer = new PdfRenderer(Fonts, TimeProvider.System, Log);

    public void Dispose() => Fonts.Dispose();

    /// <summary>Text of each page as PdfPig extracts it.</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return doc.GetPages().Select(p => p.Text).ToList();
    }

    /// <summary>Saves a sample outside git (TestResults is ignored) for pdftoppm and eyes.</summary>
    public static string Save(string name, byte[] bytes)
    {
        var dir = Environment.GetEnvironmentVariable("WORKBENCH_SAMPLES") ?? Path.Combine(Path.GetTempPath(), "workbench-samples");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

[CollectionDefinition(Name)]
public sealed class DocumentCollection : ICollectionFixture<DocumentFixture>
{
    public const string Name = "documents";
}

public sealed class CapturingLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Message)> Entries { get; } = [];
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => true;
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Entries) Entries.Add((logLevel, formatter(state, exception)));
    }
}

/// <summary>One factory per document model, with realistic Hunan data.</summary>
public static class Samples
{
    public static readonly DateOnly Day = new(2026, 11, 29);

    public static CertificateModel Certificate(int n = 1) => new(
        "湖南省大型科学仪器共享服务平台",
        "Hunan Provincial Large Scientific Instrument Sharing Platform",
        "中南大学",
        $"湘科资享认字〔2026〕第{n:000}号",
        Day,
        $"https://kjzy.hunan.gov.cn/verify/2026-{n:000}");

    public static readonly string[] Units = ["中南大学", "湖南大学", "湖南师范大学", "湘潭大学", "长沙理工大学", "湖南农业大学", "中国科学院亚热带农业生态研究所", "湖南省农业科学院"];
    public static readonly string[] Departments = ["省教育厅", "省农业农村厅", "长沙市科技局", "湘潭市科技局", "中国科学院"];

    public static DocumentTable PlatformList(int rows) => new(
        ["序号", "平台名称", "依托单位", "主管部门"],
        Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)[
            i.ToString(),
            i % 7 == 0 ? $"湖南省生物种质资源与实验材料（第{i}批）共享服务资源库" : $"湖南省第{i}号科学数据共享服务平台",
            Units[i % Units.Length],
            Departments[i % Departments.Length]]).ToList(),
        [1, 5, 4, 2.5f]);

    public static OfficialNoticeModel Notice(int tableRows = 12) => new(
        "湖南省科学技术厅文件",
        new DocumentNumber("湘科发", 2026, 12),
        "湖南省科学技术厅 湖南省财政厅关于认定2026年度湖南省科技资源共享服务平台的通知",
        "各市州科技局、财政局，省直有关单位，各有关高等院校、科研院所：",
        [
            new NoticeParagraph("根据《湖南省科技资源共享服务平台管理办法》（湘科发〔2024〕130号）规定，经依托单位申报、主管部门推荐、第三方机构形式审查、专家论证、现场考察核实和社会公示，认定“湖南省大型科学仪器共享服务平台”等" + tableRows + "家平台为2026年度湖南省科技资源共享服务平台（名单见附件）。"),
            new NoticeHeading("一、加强运行管理"),
            new NoticeParagraph("各依托单位要按照管理办法第十一条至第十四条的要求，落实平台运行管理责任，完善资源整合、开放共享、质量控制和安全保障等制度，按时将年度工作总结和下一年度工作计划报送省科技厅。"),
            new NoticeHeading("（二）做好考核评估", 2),
            new NoticeParagraph("省科技厅将委托第三方机构原则上每三年组织一次分类评估，评估结果分为优秀、合格、不合格三个等次，并作为后续支持的重要依据。"),
            new NoticeTable(PlatformList(tableRows)),
            new NoticeParagraph("特此通知。"),
        ],
        [new SealModel("湖南省科学技术厅"), new SealModel("湖南省财政厅")],
        Day,
        ["2026年度湖南省科技资源共享服务平台名单"],
        "科技部基础研究司，省发展改革委。",
        "湖南省科学技术厅办公室",
        Day);

    public static byte[] SignaturePng()
    {
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(220, 80));
        var c = surface.Canvas;
        c.Clear(SkiaSharp.SKColors.Transparent);
        using var paint = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.DarkBlue, StrokeWidth = 4, Style = SkiaSharp.SKPaintStyle.Stroke, IsAntialias = true };
        c.DrawLine(10, 60, 60, 15, paint);
        c.DrawLine(60, 15, 90, 65, paint);
        c.DrawLine(90, 65, 150, 20, paint);
        c.DrawLine(150, 20, 210, 55, paint);
        using var img = surface.Snapshot();
        return img.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100).ToArray();
    }

    public static ReportModel Report(int tableRows = 60) => new(
        "湖南省科技资源共享服务平台评估专家评分表",
        [
            new MetaRow("平台名称", "湖南省大型科学仪器共享服务平台"),
            new MetaRow("依托单位", "中南大学"),
            new MetaRow("评估年度", "2026年"),
            new MetaRow("资源类别", "科研设施和科研仪器"),
            new MetaRow("评估专家", "王建国"),
            new MetaRow("评估日期", "2026年11月29日"),
        ],
        [
            new ReportSection("一、评分情况", [
                new ReportParagraph("依据第十六条，评估重点为科技资源整合能力、服务成效、运行管理和专项经费使用情况，总分100分，90分及以上为优秀，60分及以上为合格。"),
                new ReportTable(new DocumentTable(["序号", "一级指标", "二级指标", "分值", "得分"],
                    Enumerable.Range(1, tableRows).Select(i => (IReadOnlyList<string>)[
                        i.ToString(),
                        (i % 4) switch { 0 => "科技资源整合能力", 1 => "服务成效", 2 => "运行管理", _ => "专项经费使用情况" },
                        i % 9 == 0 ? "资源信息及时更新，在线服务系统按标准建设并与国家科技资源共享服务平台（共享网）对接，服务记录完整可查，用户评价良好，提供的数据与材料真实可靠，无弄虚作假行为。" : $"第{i}项：资源目录完整，开放共享制度健全",
                        "5", (i % 5 + 1).ToString()]).ToList(),
                    [1, 3, 8, 1.2f, 1.2f])),
            ]),
            new ReportSection("二、评估意见", [
                new ReportParagraph("该平台资源整合能力较强，服务成效显著，运行管理规范，专项经费使用合规。建议进一步加强资源信息更新，提升对外服务（含“产学研”合作）水平。"),
            ]),
        ],
        [new SignatureBlock("专家签名", SignaturePng(), Day)],
        "（2026年度 分类评估）");
}

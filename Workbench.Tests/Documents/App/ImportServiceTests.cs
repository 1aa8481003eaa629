using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpreadCheetah;
using Workbench.App.Features.Account;
using Workbench.App.Features.Documents;
using Workbench.Core;
using Workbench.Tests.Support;

namespace Workbench.Tests.Documents.App;

/// <summary>Batch imports against the seeded app database: validate every row, write nothing on error unless asked.</summary>
public class ImportServiceTests(WorkbenchFactory app) : IClassFixture<WorkbenchFactory>
{
    private static readonly UserScope Admin = new("admin", "省科技厅管理员", Role.Admin, null, null, null);
    private static readonly string[] ExpertHeader = ["姓名", "工作单位", "职称", "专业领域", "手机号码", "电子邮箱"];
    private static readonly string[] PlatformHeader = ["平台名称", "英文名称", "资源类别", "依托单位", "状态", "认定日期", "证书编号", "负责人姓名", "负责人职称", "负责人电话", "网址", "简介"];

    private async Task<ImportReport> RunAsync(ImportKind kind, byte[] file, bool write = true, bool validOnly = false, UserScope? scope = null)
    {
        using var s = app.Services.CreateScope();
        return await s.ServiceProvider.GetRequiredService<ImportService>().RunAsync(scope ?? Admin, kind, new MemoryStream(file), write, validOnly);
    }

    /// <summary>An .xlsx with a title row, the header in row 2 and the given rows (strings; DateTime as dates).</summary>
    internal static byte[] Book(string[] header, params object[][] rows)
    {
        using var ms = new MemoryStream();
        using (var book = Spreadsheet.CreateNewAsync(ms).AsTask().Result)
        {
            book.StartWorksheetAsync("导入模板").AsTask().Wait();
            book.AddRowAsync([new Cell("导入模板")]).AsTask().Wait();
            book.AddRowAsync(header.Select(h => new Cell(h)).ToArray()).AsTask().Wait();
            foreach (var r in rows)
                book.AddRowAsync(r.Select(v => v is DateTime d ? new Cell(d) : new Cell(v?.ToString())).ToArray()).AsTask().Wait();
            book.FinishAsync().AsTask().Wait();
        }
        return ms.ToArray();
    }

    private static object[] PlatformRow(string name, string english, string unit = "长沙学院", object? date = null, string cert = "") =>
        [name, english, "科研设施和科研仪器", unit, "已认定", date ?? new DateTime(2025, 12, 5), cert, "李四", "教授", "0731-88888888", "", ""];

    private Task<int> PlatformCount() => app.WithDbAsync(db => db.Platforms.CountAsync());
    private Task<int> ExpertCount() => app.WithDbAsync(db => db.Experts.CountAsync());

    [Fact]
    public async Task Experts_AllValid_WrittenInOneAuditedSave()
    {
        var before = await ExpertCount();
        var file = Book(ExpertHeader,
            ["宋立群", "湖南大学", "教授", "仪器科学、计量测试", "13800138000", "songlq@hnu.edu.cn"],
            ["唐慧敏", "长沙学院", "副教授", "电子信息", "", ""]);
        var report = await RunAsync(ImportKind.Experts, file);
        Assert.Equal([], report.Errors);
        Assert.Equal(2, report.Written);
        Assert.Equal(before + 2, await ExpertCount());
        var linked = await app.WithDbAsync(db => db.Experts.Where(e => e.Name == "唐慧敏").Select(e => e.HostUnit!.Name).SingleAsync());
        Assert.Equal("长沙学院", linked);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "批量导入专家")));
    }

    [Fact]
    public async Task Experts_WrongColumns_HeaderMessageAndNothingWritten()
    {
        var before = await ExpertCount();
        var report = await RunAsync(ImportKind.Experts, Book(["姓名", "单位", "职称", "专业领域", "手机号码", "电子邮箱"], ["钱七", "湖南大学", "教授", "化学", "", ""]));
        Assert.Contains(report.Errors, e => e.Contains("表头缺少列“工作单位”"));
        Assert.Equal(0, report.Written);
        Assert.Equal(before, await ExpertCount());
    }

    [Fact]
    public async Task Experts_DuplicatesAndBadPhone_RowMessagesAndNothingWritten()
    {
        var before = await ExpertCount();
        var file = Book(ExpertHeader,
            ["张明远", "湖南大学", "教授", "仪器科学", "", ""],
            ["韩梅", "湘潭大学", "教授", "化学", "1380013", ""],
            ["韩梅", "湘潭大学", "教授", "化学", "", ""],
            ["贺新", "中南大学", "教授", "冶金", "", ""]);
        var report = await RunAsync(ImportKind.Experts, file);
        Assert.Contains("第3行：专家“张明远（湖南大学）”已在专家库中，请勿重复导入", report.Errors);
        Assert.Contains(report.Errors, e => e.StartsWith("第4行：“手机号码”应为11位手机号", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.StartsWith("第5行：", StringComparison.Ordinal) && e.Contains("与第4行重复"));
        Assert.Equal(0, report.Written);
        Assert.Equal(before, await ExpertCount());
    }

    [Fact]
    public async Task Platforms_BadRows_EveryProblemReportedAndNothingWritten()
    {
        var before = await PlatformCount();
        var file = Book(PlatformHeader,
            PlatformRow("湖南省智能传感检测平台", "Hunan Provincial Intelligent Sensing Testing Platform"),
            PlatformRow("长沙传感系统", "Changsha Sensing System"),
            PlatformRow("湖南省大型科学仪器共享服务平台", "Hunan Provincial Large Scientific Instrument Sharing Platform"),
            PlatformRow("湖南省声学测试中心", "Hunan Provincial Acoustic Testing Center", unit: "不存在的大学"),
            PlatformRow("湖南省光学检测平台", "Hunan Provincial Optical Testing Platform", date: "明年"),
            PlatformRow("湖南省智能传感检测平台", "Hunan Provincial Intelligent Sensing Testing Platform"),
            PlatformRow("湖南省材料模拟平台", "Hunan Provincial Material Simulation Platform", cert: "HNKJPT-2019-0001"));
        var report = await RunAsync(ImportKind.Platforms, file);
        Assert.Contains(report.Errors, e => e.StartsWith("第4行：", StringComparison.Ordinal) && e.Contains("湖南省"));
        Assert.Contains("第5行：已有名为“湖南省大型科学仪器共享服务平台”的平台，请勿重复登记", report.Errors);
        Assert.Contains(report.Errors, e => e.StartsWith("第6行：依托单位“不存在的大学”不存在", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.StartsWith("第7行：“认定日期”应为日期", StringComparison.Ordinal) && e.Contains("明年"));
        Assert.Contains(report.Errors, e => e.StartsWith("第8行：", StringComparison.Ordinal) && e.Contains("与第3行重复"));
        Assert.Contains("第9行：证书编号“HNKJPT-2019-0001”已被其他平台使用", report.Errors);
        Assert.Equal(1, report.ValidRows);
        Assert.Equal(0, report.Written);
        Assert.Equal(before, await PlatformCount());
    }

    [Fact]
    public async Task Platforms_ValidOnly_WritesJustTheValidRowAudited()
    {
        var file = Book(PlatformHeader,
            PlatformRow("湖南省新能源材料检测平台", "Hunan Provincial New Energy Material Testing Platform", cert: "HNKJPT-2026-0901"),
            PlatformRow("新能源系统", "New Energy System"));
        var report = await RunAsync(ImportKind.Platforms, file, validOnly: true);
        Assert.NotEmpty(report.Errors);
        Assert.All(report.Errors, e => Assert.StartsWith("第4行：", e));
        Assert.Equal(1, report.Written);
        var p = await app.WithDbAsync(db => db.Platforms.Include(x => x.HostUnit).Include(x => x.Events).SingleAsync(x => x.Name == "湖南省新能源材料检测平台"));
        Assert.Equal("长沙学院", p.HostUnit!.Name);
        Assert.Equal(new DateOnly(2025, 12, 5), p.RecognisedOn);
        Assert.Contains(p.Events, e => e.Title == "批量导入登记入平台名录");
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "批量导入平台")));
    }

    [Fact]
    public async Task Import_RenamedTextFile_NotExcelMessage()
    {
        var before = await ExpertCount();
        var report = await RunAsync(ImportKind.Experts, "姓名,工作单位\n张三,湖南大学\n"u8.ToArray());
        Assert.Contains(report.Errors, e => e.Contains("不是有效的 Excel 文件"));
        Assert.Equal(before, await ExpertCount());
    }

    [Fact]
    public async Task Import_NotAdmin_Refused()
    {
        var host = new UserScope("host", "长沙学院", Role.HostUnit, 1, null, null);
        var report = await RunAsync(ImportKind.Experts, Book(ExpertHeader, ["罗一", "湖南大学", "教授", "化学", "", ""]), scope: host);
        Assert.Equal(["只有省科技厅管理员可以批量导入。"], report.Errors);
    }
}

using Workbench.App.Data.Seed;
using System.Text;
using ExcelDataReader;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;
using Workbench.App.Documents.Sheets;
using Workbench.App.Features.Account;
using Workbench.App.Features.Documents;
using Workbench.App.Features.Reviews;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Core.Scoring;
using Workbench.Tests.Support;

namespace Workbench.Tests.Documents.App;

/// <summary>Round results and the expert score matrix on a real (in-memory SQLite) database, read back with ExcelDataReader.</summary>
public sealed class RoundExportTests : IAsyncLifetime
{
    static RoundExportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private TestDb db = null!;
    private RoundExports exports = null!;
    private int roundId, platformA, platformB, deptA, deptB;

    private static readonly UserScope Admin = new("admin", "王建国", Role.Admin, null, null, null);
    private static readonly UserScope Agency = new("agency", "周婷", Role.Agency, null, null, null);

    public async Task InitializeAsync()
    {
        db = await TestDb.CreateAsync();
        exports = new RoundExports(db.Factory, new SheetExporter(), db.Clock);
        (_, platformA) = await db.AddPlatformAsync("湖南省分析测试中心");
        (_, platformB) = await db.AddPlatformAsync("湖南省作物种质资源库");
        await using var ctx = await db.Factory.CreateDbContextAsync();
        deptA = await ctx.Platforms.Where(p => p.Id == platformA).Select(p => p.CompetentDepartmentId).SingleAsync();
        deptB = await ctx.Platforms.Where(p => p.Id == platformB).Select(p => p.CompetentDepartmentId).SingleAsync();
        var round = new EvaluationRound
        {
            Title = "2026年度考核评估", PeriodFrom = new(2024, 1, 1), PeriodTo = new(2026, 12, 31), OpenedOn = new(2026, 10, 15),
            MaterialDeadline = new(2026, 11, 15), ScoringDeadline = new(2026, 11, 30), Status = RoundStatus.Open,
            Platforms =
            [
                new RoundPlatform
                {
                    PlatformId = platformA, Status = EvaluationStatus.PublicNotice, PanelScore = 91.5m, Grade = Grade.Excellent,
                    GradeReason = "评分91.5分，评估结果为优秀（第十六条）。", NoticeStart = new(2026, 11, 16), NoticeEnd = new(2026, 11, 20),
                },
                new RoundPlatform
                {
                    PlatformId = platformB, Status = EvaluationStatus.ExpertScoring, IsReEvaluation = true,
                    Participation = Participation.WithdrewMidway, AbsenceReason = "依托单位申请退出",
                },
            ],
        };
        ctx.EvaluationRounds.Add(round);
        await ctx.SaveChangesAsync();
        roundId = round.Id;
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    private static async Task<List<object?[]>> ReadAsync(ExportFile? file, int sheet = 0)
    {
        Assert.NotNull(file);
        using var ms = new MemoryStream();
        await file.WriteAsync(ms, CancellationToken.None);
        ms.Position = 0;
        using var reader = ExcelReaderFactory.CreateReader(ms);
        for (var i = 0; i < sheet; i++) reader.NextResult();
        var rows = new List<object?[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
        Assert.Contains(reader.MergeCells, m => m is { FromRow: 0, ToRow: 0, FromColumn: 0 } && m.ToColumn == reader.FieldCount - 1);
        return rows;
    }

    [Fact]
    public async Task Results_Admin_TitleHeadersAndGradedRows()
    {
        var rows = await ReadAsync(await exports.ResultsAsync(Admin, roundId));
        Assert.Equal("2026年度考核评估结果　导出日期：2026年11月29日", rows[0][0]);
        Assert.Equal(RoundExports.ResultColumns.Select(c => c.Header), rows[1].Cast<string>());
        Assert.Equal(4, rows.Count);
        var a = rows.Single(r => (string?)r[1] == "湖南省分析测试中心");
        Assert.Equal("科研设施和科研仪器", a[4]);
        Assert.Equal("否", a[5]);
        Assert.Equal("参加评估", a[6]);
        Assert.Equal("结果公示中", a[7]);
        Assert.Equal(91.5d, a[8]);
        Assert.Equal("优秀", a[9]);
        Assert.Equal("评分91.5分，评估结果为优秀（第十六条）。", a[10]);
        Assert.Equal(new DateTime(2026, 11, 20), a[11]);
        var b = rows.Single(r => (string?)r[1] == "湖南省作物种质资源库");
        Assert.Equal("是", b[5]);
        Assert.Equal("中途退出：依托单位申请退出", b[6]);
        Assert.Equal("—", b[9]);
        Assert.Null(b[8]);
    }

    [Fact]
    public async Task Results_Department_OnlyItsUnitsAndNamedInTitle()
    {
        var dept = new UserScope("dept", "刘敏", Role.Department, null, deptA, null);
        var rows = await ReadAsync(await exports.ResultsAsync(dept, roundId));
        Assert.StartsWith("2026年度考核评估结果（长沙市科学技术局", (string)rows[0][0]!);
        Assert.Equal(["湖南省分析测试中心"], rows.Skip(2).Select(r => (string?)r[1]));
    }

    [Fact]
    public async Task Results_DepartmentWithoutUnitsInRound_HostOrUnknownRound_Null()
    {
        Assert.Null(await exports.ResultsAsync(new UserScope("d", "d", Role.Department, null, deptB + 1000, null), roundId));
        Assert.Null(await exports.ResultsAsync(new UserScope("host", "陈静", Role.HostUnit, 1, null, null), roundId));
        Assert.Null(await exports.ResultsAsync(Admin, roundId + 99));
    }

    [Fact]
    public async Task Scores_ClosedPanelOnly_AbstentionWithReason_TotalFromCore()
    {
        var template = DefaultTemplates.Evaluation(ResourceCategory.FacilitiesAndInstruments);
        await using (var ctx = await db.Factory.CreateDbContextAsync())
        {
            var experts = Enumerable.Range(1, 3).Select(i => new Expert { Name = $"专家{i}", UnitName = "中南大学", Title = "教授" }).ToList();
            ctx.Experts.AddRange(experts);
            await ctx.SaveChangesAsync();
            var scores = template.AllItems.ToDictionary(i => i.Code, i => (decimal?)(i.MaxPoints - 1));
            ReviewPanel Panel(int subject, string title, PanelStatus status) => new()
            {
                Kind = PanelKind.Evaluation, SubjectId = subject, SubjectTitle = title, HostUnitId = 1, HostUnitName = "长沙学院",
                TemplateJson = ReviewJson.Write(template), Status = status, CreatedAt = db.Clock.GetUtcNow(), ComputedScore = 85m,
                Members =
                [
                    new PanelMember { ExpertId = experts[0].Id, IsChair = true },
                    new PanelMember { ExpertId = experts[1].Id },
                    new PanelMember { ExpertId = experts[2].Id, AbstainedReason = "近三年与依托单位有合作" },
                ],
                Sheets =
                [
                    new ScoreSheetRecord { ExpertId = experts[0].Id, Items = EvaluationSeed.ScoreRows(scores, db.Clock.GetUtcNow()), Status = SheetStatus.Submitted,
                        SubmittedAt = new DateTimeOffset(2026, 11, 20, 15, 30, 0, TimeSpan.FromHours(8)) },
                ],
            };
            var closed = Panel(1, "湖南省分析测试中心", PanelStatus.Closed);
            var open = Panel(2, "湖南省作物种质资源库", PanelStatus.Open);
            ctx.ReviewPanels.AddRange(closed, open);
            await ctx.SaveChangesAsync();
            var rps = await ctx.RoundPlatforms.Where(r => r.RoundId == roundId).ToListAsync();
            rps.Single(r => r.PlatformId == platformA).PanelId = closed.Id;
            rps.Single(r => r.PlatformId == platformB).PanelId = open.Id;
            await ctx.SaveChangesAsync();
        }

        var rows = await ReadAsync(await exports.ScoresAsync(Agency, roundId));
        Assert.StartsWith("2026年度考核评估专家评分明细（科研设施和科研仪器类平台考核评估指标）", (string)rows[0][0]!);
        var header = rows[1].Cast<string>().ToList();
        Assert.Equal("A1 资源体量与特色（10分）", header[6]);
        Assert.Equal(["湖南省分析测试中心"], rows.Skip(2).Select(r => (string?)r[1]).Distinct());   // the open panel is not exported
        Assert.Equal(5, rows.Count);
        var chair = rows[2];
        Assert.Equal("专家1（组长）", chair[4]);
        Assert.Equal(9d, chair[6]);
        var total = header.IndexOf("总分");
        Assert.Equal((double)(100 - template.AllItems.Count()), chair[total]);
        Assert.Equal(new DateTime(2026, 11, 20, 15, 30, 0), chair[total + 1]);
        Assert.Equal(85d, chair[header.IndexOf("专家组评分")]);
        Assert.Equal("未提交评分表，不计入专家组评分", rows[3][header.IndexOf("备注")]);
        var abstained = rows[4];
        Assert.Equal("回避：近三年与依托单位有合作", abstained[header.IndexOf("备注")]);
        Assert.Null(abstained[6]);
        Assert.Null(abstained[total]);
    }

    [Fact]
    public async Task Scores_NoClosedPanel_HeaderOnlyWithNote_DepartmentRefused()
    {
        var rows = await ReadAsync(await exports.ScoresAsync(Admin, roundId));
        Assert.Contains("暂无已结束评审的专家组", (string)rows[0][0]!);
        Assert.Equal(2, rows.Count);
        Assert.Null(await exports.ScoresAsync(new UserScope("dept", "刘敏", Role.Department, null, deptA, null), roundId));
    }
}

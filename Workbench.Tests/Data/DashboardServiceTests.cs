using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Home;
using Workbench.App.Features.Platforms;
using Workbench.App.Features.Reviews;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Tests.Support;

namespace Workbench.Tests.Data;

/// <summary>工作台 figures per role: scoping, the latest-grade rule, Core's summary status, and a fixed number of queries.</summary>
public class DashboardServiceTests
{
    private static readonly UserScope Admin = new("admin", "王建国", Role.Admin, null, null, null);

    /// <summary>Two departments; department A has 3 platforms (unit A), B has 2 (unit B). Grades, rectifications, summaries, complaints.</summary>
    private sealed record World(TestDb T, int DeptA, int DeptB, int UnitA, int UnitB, int[] PlatformsA, int[] PlatformsB);

    private static async Task<World> WorldAsync(TestDb t)
    {
        await using var db = await t.Factory.CreateDbContextAsync();
        var deptA = new CompetentDepartment { Name = "长沙市科学技术局", Kind = DepartmentKind.City, Region = "长沙市" };
        var deptB = new CompetentDepartment { Name = "湘潭市科学技术局", Kind = DepartmentKind.City, Region = "湘潭市" };
        var unitA = new HostUnit { Name = "长沙学院", CompetentDepartment = deptA };
        var unitB = new HostUnit { Name = "湘潭大学", CompetentDepartment = deptB };
        Platform P(string name, HostUnit u, CompetentDepartment d, ResourceCategory c) => new()
        {
            Name = name, EnglishName = "Hunan Provincial Test Platform", Category = c, HostUnit = u, CompetentDepartment = d,
            Status = PlatformStatus.Recognised, RecognisedOn = new DateOnly(2024, 12, 20), Head = new PlatformHead { Name = "陈静" },
        };
        var a = new[]
        {
            P("湖南省甲平台", unitA, deptA, ResourceCategory.FacilitiesAndInstruments),
            P("湖南省乙平台", unitA, deptA, ResourceCategory.FacilitiesAndInstruments),
            P("湖南省丙平台", unitA, deptA, ResourceCategory.DataAndInformation),
        };
        var b = new[] { P("湖南省丁平台", unitB, deptB, ResourceCategory.FacilitiesAndInstruments), P("湖南省戊平台", unitB, deptB, ResourceCategory.DataAndInformation) };
        db.Platforms.AddRange(a);
        db.Platforms.AddRange(b);
        var old = Round("2025年度考核评估", new DateOnly(2025, 12, 10));
        var next = Round("2026年度复评", new DateOnly(2026, 6, 1));
        db.EvaluationRounds.AddRange(old, next);
        // 甲: 不合格 in 2025, then 合格 at the 2026 re-evaluation → latest is 合格. 乙 优秀, 丙 ungraded, 丁 不合格, 戊 优秀.
        old.Platforms.Add(Graded(a[0], Grade.Fail, new DateOnly(2025, 12, 10)));
        next.Platforms.Add(Graded(a[0], Grade.Pass, new DateOnly(2026, 6, 1)));
        old.Platforms.Add(Graded(a[1], Grade.Excellent, new DateOnly(2025, 12, 10)));
        old.Platforms.Add(Graded(b[0], Grade.Fail, new DateOnly(2025, 12, 10)));
        old.Platforms.Add(Graded(b[1], Grade.Excellent, new DateOnly(2025, 12, 10)));
        old.Platforms.Add(new RoundPlatform { Platform = a[2], Status = EvaluationStatus.Scored, Grade = Grade.Fail });   // not published: ignored
        // Rectifications: 丁 overdue (due 2026-11-01, today 2026-11-29), 乙's due in 20 days.
        db.Rectifications.Add(new Rectification { Platform = b[0], OpenedOn = new DateOnly(2025, 11, 1), DueOn = new DateOnly(2026, 11, 1), Status = RectificationStatus.Open });
        db.Rectifications.Add(new Rectification { Platform = a[1], OpenedOn = new DateOnly(2025, 12, 19), DueOn = new DateOnly(2026, 12, 19), Status = RectificationStatus.Open });
        // 2025 summaries (due 2026-02-28): 甲 on time, 乙 late, others missing.
        db.AnnualSummaries.Add(new AnnualSummaryReport { Platform = a[0], Year = 2025, SummaryText = "总结", PlanText = "计划", SubmittedOn = new DateOnly(2026, 2, 20) });
        db.AnnualSummaries.Add(new AnnualSummaryReport { Platform = a[1], Year = 2025, SummaryText = "总结", PlanText = "计划", SubmittedOn = new DateOnly(2026, 3, 5) });
        db.Complaints.Add(new Complaint { TrackingNumber = "TS1", RealName = "张三", Phone = "13800000000", Content = "收费过高", Status = ComplaintStatus.Received, ReceivedAt = t.Clock.GetUtcNow() });
        db.Complaints.Add(new Complaint { TrackingNumber = "TS2", RealName = "李四", Phone = "13900000000", Content = "服务不及时", Status = ComplaintStatus.Closed, ReceivedAt = t.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
        return new(t, deptA.Id, deptB.Id, unitA.Id, unitB.Id, a.Select(p => p.Id).ToArray(), b.Select(p => p.Id).ToArray());
    }

    private static EvaluationRound Round(string title, DateOnly on) => new()
    {
        Title = title, PeriodFrom = new DateOnly(2023, 1, 1), PeriodTo = new DateOnly(2025, 12, 31), OpenedOn = on.AddMonths(-3),
        MaterialDeadline = on.AddMonths(-2), ScoringDeadline = on.AddMonths(-1), Status = RoundStatus.Closed,
    };

    private static RoundPlatform Graded(Platform p, Grade g, DateOnly published) =>
        new() { Platform = p, Status = EvaluationStatus.Published, Grade = g, PublishedOn = published };

    private static DashboardService Service(TestDb t) => new(t.Factory, t.Clock, new ReviewService(t.Factory, t.Clock));

    [Fact]
    public async Task Admin_GradeDistribution_CountsEachPlatformByItsLatestPublishedGrade()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var d = await Service(t).LoadAsync(Admin);

        var facilities = d.Grades!.ByCategory.Single(g => g.Filter == $"category={ResourceCategory.FacilitiesAndInstruments}");
        Assert.Equal(new Dictionary<Grade, int> { [Grade.Excellent] = 1, [Grade.Pass] = 1, [Grade.Fail] = 1 }, facilities.Counts);
        var data = d.Grades.ByCategory.Single(g => g.Filter == $"category={ResourceCategory.DataAndInformation}");
        Assert.Equal(new Dictionary<Grade, int> { [Grade.Excellent] = 1, [Grade.Pass] = 0, [Grade.Fail] = 0 }, data.Counts);
        Assert.Equal(4, d.Grades.Graded);
        var deptA = d.Grades.ByDepartment.Single(g => g.Filter == $"department={w.DeptA}");
        Assert.Equal("长沙市科学技术局", deptA.Label);
        Assert.Equal(new Dictionary<Grade, int> { [Grade.Excellent] = 1, [Grade.Pass] = 1, [Grade.Fail] = 0 }, deptA.Counts);
        Assert.Equal($"/platforms?department={w.DeptA}&grade=Pass", deptA.Href(Grade.Pass));
    }

    [Fact]
    public async Task Registry_GradeFilter_ListsTheSamePlatformsTheChartCounts()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var page = await new PlatformService(t.Factory, t.Clock).SearchAsync(Admin,
            new PlatformQuery(Category: ResourceCategory.FacilitiesAndInstruments, Grade: Grade.Fail));
        Assert.Equal(["湖南省丁平台"], page.Items.Select(p => p.Name));   // 甲's 不合格 was superseded by its 合格 re-evaluation
        var pass = await new PlatformService(t.Factory, t.Clock).SearchAsync(Admin, new PlatformQuery(Grade: Grade.Pass));
        Assert.Equal(["湖南省甲平台"], pass.Items.Select(p => p.Name));
    }

    [Fact]
    public async Task Department_SeesOnlyItsUnits_AndNoComplaints()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var d = await Service(t).LoadAsync(new UserScope("dept", "刘洋", Role.Department, null, w.DeptB, null));

        Assert.Equal(2, d.Registry.Total);
        Assert.Equal([$"department={w.DeptB}"], d.Grades!.ByDepartment.Select(g => g.Filter));
        Assert.Equal(2, d.Grades.Graded);
        Assert.Equal(1, d.Rectifications!.Open);
        Assert.Equal(1, d.Rectifications.Overdue);
        Assert.Equal("湖南省丁平台", Assert.Single(d.Rectifications.Nearest).Platform);
        Assert.Equal(2, d.Summaries!.Counts[SummaryStatus.Missing]);
        Assert.Null(d.Complaints);
        Assert.Equal("湘潭市科学技术局", d.Organisation);
    }

    [Fact]
    public async Task Admin_SummariesAndComplaints_UseCoreStatusAndCountEverything()
    {
        await using var t = await TestDb.CreateAsync();
        await WorldAsync(t);
        var d = await Service(t).LoadAsync(Admin);

        Assert.Equal(2025, d.Summaries!.Year);
        Assert.Equal(new DateOnly(2026, 2, 28), d.Summaries.Deadline);
        Assert.Equal(1, d.Summaries.Counts[SummaryStatus.OnTime]);
        Assert.Equal(1, d.Summaries.Counts[SummaryStatus.Late]);
        Assert.Equal(3, d.Summaries.Counts[SummaryStatus.Missing]);
        Assert.Equal(0, d.Summaries.Counts[SummaryStatus.Pending]);
        Assert.Equal(1, d.Complaints![ComplaintStatus.Received]);
        Assert.Equal(1, d.Complaints[ComplaintStatus.Closed]);
        Assert.Equal(2, d.Rectifications!.Open);
        Assert.Equal(1, d.Rectifications.DueSoon);
        Assert.Equal([true, false], d.Rectifications.Nearest.Select(r => r.Overdue));
    }

    [Fact]
    public async Task HostUnit_GetsItsOwnDeadlines_AndNoGradeCharts()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var d = await Service(t).LoadAsync(new UserScope("host", "李明", Role.HostUnit, w.UnitA, null, null));

        Assert.Null(d.Grades);
        Assert.Null(d.Complaints);
        Assert.Equal(3, d.Registry.Total);
        // 丙's 2025 summary is missing; 乙's rectification is due 2026-12-19 (20 days). Nothing of unit B.
        Assert.Contains(d.Deadlines, i => i.Title == "2025年度总结 · 湖南省丙平台" && i.DaysLeft < 0 && i.Href == $"/supervision/summaries/{w.PlatformsA[2]}/2025");
        Assert.Contains(d.Deadlines, i => i.Title == "整改期满 · 湖南省乙平台" && i.DaysLeft == 20);
        Assert.DoesNotContain(d.Deadlines, i => i.Title.Contains("丁") || i.Title.Contains("戊"));
    }

    [Fact]
    public async Task Admin_ThousandsOfPlatforms_SameSmallNumberOfQueries_AndCorrectTotals()
    {
        await using var t = await TestDb.CreateAsync();
        var w = await WorldAsync(t);
        var counter = new CommandCounter();
        var factory = await CountingFactoryAsync(t, counter);
        var service = new DashboardService(factory, t.Clock, new ReviewService(factory, t.Clock));
        await service.LoadAsync(Admin);
        var small = counter.Count;

        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            var units = await db.HostUnits.ToListAsync();
            var round = await db.EvaluationRounds.OrderBy(r => r.Id).FirstAsync();
            for (var i = 0; i < 3000; i++)
            {
                var u = units[i % units.Count];
                var p = new Platform
                {
                    Name = $"湖南省批量{i}平台", EnglishName = "Hunan Provincial Bulk Platform", Category = (ResourceCategory)(i % 4),
                    HostUnitId = u.Id, CompetentDepartmentId = u.CompetentDepartmentId, Status = PlatformStatus.Recognised,
                    RecognisedOn = new DateOnly(2024, 12, 20), Head = new PlatformHead { Name = "陈静" },
                };
                db.Platforms.Add(p);
                if (i % 3 == 0) db.RoundPlatforms.Add(new RoundPlatform { Platform = p, RoundId = round.Id, Status = EvaluationStatus.Published, Grade = Grade.Excellent, PublishedOn = new DateOnly(2025, 12, 10) });
            }
            db.AuditAction = "批量登记平台";
            await db.SaveChangesAsync();
        }

        counter.Count = 0;
        var big = await service.LoadAsync(Admin);
        Assert.Equal(small, counter.Count);
        Assert.True(counter.Count <= 12, $"工作台 used {counter.Count} SQL commands");
        Assert.Equal(3005, big.Registry.Total);
        Assert.Equal(4 + 1000, big.Grades!.Graded);
        Assert.Equal(3 + 3000, big.Summaries!.Counts[SummaryStatus.Missing]);
    }

    private static Task<IDbContextFactory<WorkbenchDbContext>> CountingFactoryAsync(TestDb t, CommandCounter counter) =>
        Task.FromResult<IDbContextFactory<WorkbenchDbContext>>(new OptionsFactory(t.OptionsWith(counter)));

    private sealed class OptionsFactory(DbContextOptions<WorkbenchDbContext> options) : IDbContextFactory<WorkbenchDbContext>
    {
        public WorkbenchDbContext CreateDbContext() => new(options);
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

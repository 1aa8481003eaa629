using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Workbench.App.Data;
using Workbench.App.Data.Audit;
using Workbench.App.Features.Supervision.Complaints;
using Workbench.Tests.Support;

namespace Workbench.Tests.Data;

/// <summary>
/// Race-free numbering (issue 14): numbers come from a counter row taken in the save's transaction. Two "instances"
/// (separate service providers on one database file or PostgreSQL database) take 100 complaint numbers at once.
/// </summary>
public sealed class NumberingTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "workbench-tests", "numbering-" + Guid.NewGuid().ToString("N"));
    private string connection = "";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8)));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        // 30 connections per instance for 100 submissions: the counter row serialises them anyway, and 100 + 100 would
        // exceed the test server's connection limit alongside the other test classes (seen: "too many clients already").
        connection = TestDatabase.IsPostgres ? await TestDatabase.CreatePostgresAsync() + ";Maximum Pool Size=30" : $"Data Source={Path.Combine(folder, "n.db")};Default Timeout=60";
        await using var db = Instance().GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        if (TestDatabase.IsPostgres) TestDatabase.DropPostgres(connection);
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    /// <summary>One app instance's data services on the shared database.</summary>
    private ServiceProvider Instance()
    {
        var sc = new ServiceCollection();
        sc.AddSingleton<TimeProvider>(clock);
        sc.AddHttpContextAccessor();
        sc.AddScoped<CurrentActor>();
        sc.AddScoped<AuditInterceptor>();
        sc.AddDbContextFactory<WorkbenchDbContext>((sp, o) =>
            (TestDatabase.IsPostgres ? o.UseNpgsql(connection) : o.UseSqlite(connection)).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()), ServiceLifetime.Scoped);
        sc.AddScoped<ComplaintService>();
        return sc.BuildServiceProvider();
    }

    [Fact]
    public async Task Complaints_HundredConcurrentAcrossTwoInstances_DistinctConsecutiveNumbers_NoErrors()
    {
        await using var a = Instance();
        await using var b = Instance();
        var submissions = Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            using var scope = (i % 2 == 0 ? a : b).CreateScope();
            var input = new ComplaintInput { RealName = "张三", Phone = "13800000000", Content = $"第{i}件投诉：平台拒绝提供共享服务。" };
            return await scope.ServiceProvider.GetRequiredService<ComplaintService>().SubmitAsync(input);
        })).ToList();
        var results = await Task.WhenAll(submissions);

        Assert.All(results, r => Assert.Empty(r.Errors));
        var numbers = results.Select(r => r.Number!).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 100).Select(n => $"TS-2026-{n:D6}"), numbers);
        await using var db = a.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContext();
        Assert.Equal(100, await db.Complaints.CountAsync());
        Assert.Equal(100, await db.AuditEntries.CountAsync(e => e.Action == "受理投诉"));
    }

    [Fact]
    public async Task Counter_FailedSave_GivesItsNumberBack_AndNeverGoesBelowIssued()
    {
        await using var sp = Instance();
        var dbf = sp.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
        await using (var db = await dbf.CreateDbContextAsync())
        {
            Assert.Equal(41, await db.NextNumberAsync("t", 40)); // an older sequence already at 40
            // no save: the transaction is rolled back with the context
        }
        await using (var db = await dbf.CreateDbContextAsync())
        {
            Assert.Equal(41, await db.NextNumberAsync("t", 40));
            db.Counters.Local.Clear();
            db.AuditAction = "测试";
            await db.Database.CommitTransactionAsync();
        }
        await using (var db = await dbf.CreateDbContextAsync())
        {
            Assert.Equal(42, await db.NextNumberAsync("t", 0));
            Assert.Equal(61, await db.NextNumberAsync("t", 60)); // a number typed in above the counter lifts it
            await db.Database.CommitTransactionAsync();
        }
    }
}

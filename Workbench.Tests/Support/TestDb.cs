using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Workbench.App.Data;
using Workbench.App.Data.Audit;
using Workbench.App.Data.Entities;
using Workbench.Core.Platforms;

namespace Workbench.Tests.Support;

/// <summary>
/// SQLite in memory (connection held open) or, under <see cref="TestDatabase.IsPostgres"/>, a fresh PostgreSQL database;
/// real migrations, the real audit interceptor.
/// </summary>
public sealed class TestDb : IAsyncDisposable
{
    private readonly SqliteConnection connection;
    private readonly string? postgres;
    private readonly string? file;
    private readonly ServiceProvider services;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.FromHours(8)));
    public IServiceScope Scope { get; }
    public IDbContextFactory<WorkbenchDbContext> Factory => Scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();

    private TestDb(string? postgres, string? file = null)
    {
        this.postgres = postgres;
        this.file = file;
        connection = new SqliteConnection(file is null ? "Data Source=:memory:" : $"Data Source={file};Pooling=False");
        if (postgres is null) connection.Open();
        var sc = new ServiceCollection();
        sc.AddSingleton<TimeProvider>(Clock);
        sc.AddHttpContextAccessor();
        sc.AddScoped<CurrentActor>();
        sc.AddScoped<AuditInterceptor>();
        sc.AddDbContextFactory<WorkbenchDbContext>((sp, o) => (postgres is not null ? o.UseNpgsql(postgres) : file is null ? o.UseSqlite(connection) : o.UseSqlite(connection.ConnectionString))
            .ConfigureWarnings(w => w.Throw(CoreEventId.RowLimitingOperationWithoutOrderByWarning, CoreEventId.FirstWithoutOrderByAndFilterWarning))
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()), ServiceLifetime.Scoped);
        services = sc.BuildServiceProvider();
        Scope = services.CreateScope();
    }

    /// <summary>Options on this test's database and provider with extra interceptors (e.g. a command counter), without the audit.</summary>
    public DbContextOptions<WorkbenchDbContext> OptionsWith(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var b = new DbContextOptionsBuilder<WorkbenchDbContext>();
        (postgres is null ? b.UseSqlite(connection) : b.UseNpgsql(postgres)).AddInterceptors(interceptors);
        return b.Options;
    }

    public static async Task<TestDb> CreateAsync()
    {
        var db = new TestDb(TestDatabase.IsPostgres ? await TestDatabase.CreatePostgresAsync() : null);
        await db.MigrateAsync();
        return db;
    }

    /// <summary>A connection per context, for tests of concurrent saves: a SQLite file in the temp folder (PostgreSQL as usual).</summary>
    public static async Task<TestDb> CreateFileAsync()
    {
        if (TestDatabase.IsPostgres) return await CreateAsync();
        var db = new TestDb(null, Path.Combine(Path.GetTempPath(), $"workbench-test-{Guid.NewGuid():N}.db"));
        await db.MigrateAsync();
        return db;
    }

    /// <summary>An empty database migrated only up to <paramref name="target"/> ("0" = none), to test a later migration's data step.</summary>
    public static async Task<TestDb> CreateAtAsync(string target)
    {
        var db = new TestDb(TestDatabase.IsPostgres ? await TestDatabase.CreateEmptyPostgresAsync() : null);
        await db.MigrateAsync(target);
        return db;
    }

    /// <summary>Migrates to <paramref name="target"/> (a migration id; null = the latest).</summary>
    public async Task MigrateAsync(string? target = null)
    {
        await using var ctx = await Factory.CreateDbContextAsync();
        await ctx.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(target);
    }

    /// <summary>A department, a host unit and one platform, saved (and so audited).</summary>
    public async Task<(int UnitId, int PlatformId)> AddPlatformAsync(string name = "湖南省分析测试中心")
    {
        await using var ctx = await Factory.CreateDbContextAsync();
        var dept = new CompetentDepartment { Name = "长沙市科学技术局" + Guid.NewGuid().ToString("N")[..4], Kind = DepartmentKind.City, Region = "长沙市" };
        var unit = new HostUnit { Name = "长沙学院" + Guid.NewGuid().ToString("N")[..4], CompetentDepartment = dept };
        var p = new Platform
        {
            Name = name, EnglishName = "Hunan Provincial Analysis and Testing Center", Category = ResourceCategory.FacilitiesAndInstruments,
            HostUnit = unit, CompetentDepartment = dept, Status = PlatformStatus.Recognised, RecognisedOn = new DateOnly(2024, 12, 20),
            Head = new PlatformHead { Name = "陈静", Title = "教授" },
        };
        ctx.Platforms.Add(p);
        await ctx.SaveChangesAsync();
        return (unit.Id, p.Id);
    }

    public async ValueTask DisposeAsync()
    {
        Scope.Dispose();
        await services.DisposeAsync();
        await connection.DisposeAsync();
        if (postgres is not null) TestDatabase.DropPostgres(postgres);
        if (file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm", file + "-journal" }) File.Delete(f);
        }
    }
}

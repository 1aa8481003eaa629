using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workbench.App.Data;

namespace Workbench.Tests.Support;

/// <summary>
/// Which database the data and integration tests run on. SQLite by default; with <c>WORKBENCH_TEST_POSTGRES</c> set (a
/// connection string to a server, as <c>./test.sh</c> sets after starting one on loopback) every test gets its own fresh
/// PostgreSQL database, cloned from one migrated template per test process, and dropped afterwards. Same tests, the
/// provider is the parameter.
/// </summary>
public static class TestDatabase
{
    public const string Variable = "WORKBENCH_TEST_POSTGRES";

    public static string? PostgresServer { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    public static bool IsPostgres => PostgresServer is not null;

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? template;

    /// <summary>A new, migrated PostgreSQL database; returns its connection string.</summary>
    public static async Task<string> CreatePostgresAsync()
    {
        var name = "wbt_" + Guid.NewGuid().ToString("N");
        var source = await TemplateAsync();
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{source}\"");
        return Database(name);
    }

    /// <summary>A new, empty PostgreSQL database (not migrated): for tests of what the app does on first start.</summary>
    public static async Task<string> CreateEmptyPostgresAsync()
    {
        var name = "wbt_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return Database(name);
    }

    public static void DropPostgres(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
    }

    private static async Task<string> TemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (template is not null) return template;
            var name = $"wbt_template_{Environment.ProcessId}";
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            await ExecuteAsync($"CREATE DATABASE \"{name}\"");
            var options = new DbContextOptionsBuilder<WorkbenchDbContext>().UseNpgsql(Database(name) + ";Pooling=false").Options;
            await using (var db = new WorkbenchDbContext(options))
                await db.Database.MigrateAsync();
            return template = name;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static string Database(string name) => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;

    private static async Task ExecuteAsync(string sql)
    {
        await using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }
}

using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Workbench.App.Data;

/// <summary>
/// Several instances starting together on one database: migrations, roles and the demo seed run in one instance at a
/// time. PostgreSQL: a session advisory lock on a connection of its own, held while the work runs. SQLite: an exclusive
/// lock file beside the database (instances on one machine share the file).
/// </summary>
internal static class StartupLock
{
    /// <summary>“WBMIGRAT” in ASCII.</summary>
    internal const long PostgresKey = 0x57424D4947524154;

    public static async Task RunAsync(WorkbenchDbContext probe, string dataFolder, Func<Task> work, ILogger logger, CancellationToken ct = default)
    {
        if (probe.Database.IsNpgsql())
        {
            var cs = new NpgsqlConnectionStringBuilder(probe.Database.GetConnectionString()) { Pooling = false }.ConnectionString;
            await using var c = new NpgsqlConnection(cs);
            await c.OpenAsync(ct);
            await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({PostgresKey})", c))
                await take.ExecuteNonQueryAsync(ct);
            try
            {
                await work();
            }
            finally
            {
                await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({PostgresKey})", c);
                await release.ExecuteNonQueryAsync(CancellationToken.None);
            }
            return;
        }
        var path = Path.Combine(dataFolder, ".startup.lock");
        FileStream? held = null;
        for (var waited = 0; held is null; waited++)
        {
            try
            {
                held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited < 1200)
            {
                if (waited == 0) logger.LogInformation("另一个实例正在迁移数据库，等待其完成……");
                await Task.Delay(100, ct);
            }
        }
        await using (held)
            await work();
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;

namespace Workbench.App.Features.Operations;

/// <summary>
/// The command line: <c>Workbench.App backup [--out DIR]</c> makes one archive (default: the configured backup folder);
/// <c>Workbench.App restore FILE</c> restores it into the configured, empty data folder. Both read the same
/// configuration as the app (appsettings, Workbench__* environment variables); exit code 0 on success.
/// </summary>
public static class BackupCommands
{
    public static bool Handles(string[] args) => args is ["backup", ..] or ["restore", ..];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        try
        {
            return args switch
            {
                ["backup"] => await BackupAsync(services, null, output),
                ["backup", "--out", var dir] => await BackupAsync(services, Path.GetFullPath(dir), output),
                ["restore", var file] => await RestoreAsync(services, Path.GetFullPath(file), output),
                _ => Usage(output),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException or InvalidOperationException)
        {
            await output.WriteLineAsync($"失败：{ex.Message}");
            return 1;
        }
    }

    private static int Usage(TextWriter output)
    {
        output.WriteLine("用法：");
        output.WriteLine("  Workbench.App backup [--out 目录]   立即备份（数据库快照、上传文件、密钥），默认写入配置的备份目录");
        output.WriteLine("  Workbench.App restore 备份文件.zip   校验后恢复到配置的数据目录（该目录必须为空）");
        return 2;
    }

    private static async Task<int> BackupAsync(IServiceProvider services, string? folder, TextWriter output)
    {
        var backups = services.GetRequiredService<BackupService>();
        var file = await backups.CreateAsync(folder);
        await output.WriteLineAsync($"备份完成：{Path.Combine(folder ?? backups.Folder, file.Name)}（{file.Size / 1024.0 / 1024.0:0.0} MB）");
        return 0;
    }

    private static async Task<int> RestoreAsync(IServiceProvider services, string file, TextWriter output)
    {
        var backups = services.GetRequiredService<BackupService>();
        string databaseFile;
        await using (var scope = services.CreateAsyncScope())
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContextAsync())
        {
            if (!db.Database.IsSqlite())
            {
                await output.WriteLineAsync("当前配置的数据库是 PostgreSQL：数据库请用 pg_restore 恢复；本命令只恢复上传文件和密钥（见 README“备份与恢复”）。");
                databaseFile = Path.Combine(backups.DataFolder, "workbench.db");
            }
            else databaseFile = Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        }
        var report = await BackupRestore.RestoreAsync(file, backups.DataFolder, databaseFile);
        foreach (var line in report.Lines) await output.WriteLineAsync(line);
        await output.WriteLineAsync(report.Ok ? "恢复完成。启动应用即可使用恢复的数据。" : "恢复失败。");
        return report.Ok ? 0 : 1;
    }
}

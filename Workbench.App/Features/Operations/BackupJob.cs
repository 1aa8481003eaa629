using Quartz;

namespace Workbench.App.Features.Operations;

/// <summary>The daily backup (Quartz.NET, ADR 0004): one archive, then archives older than KeepDays are deleted.</summary>
[DisallowConcurrentExecution]
public sealed class BackupJob(BackupService backups, ILogger<BackupJob> logger) : IJob
{
    public static readonly JobKey Key = new("daily-backup", "operations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await backups.CreateAsync(ct: cancellationToken);
            var pruned = backups.Prune();
            if (pruned > 0) logger.LogInformation("已按保留期删除 {Count} 个旧备份。", pruned);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "每日备份失败");
        }
    }
}

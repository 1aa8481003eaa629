using Quartz;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Operations;

public static class OperationsFeature
{
    /// <summary>Backup and restore, and the scheduler (Quartz.NET, in-memory store for now: ADR 0004) with the daily backup.</summary>
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BackupOptions>(configuration.GetSection(BackupOptions.Section));
        services.AddSingleton<BackupService>();
        var backup = configuration.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new();
        services.AddQuartz(q =>
        {
            if (!backup.Enabled) return;
            q.ScheduleJob<BackupJob>(
                t => t.WithIdentity("daily-backup-trigger", "operations")
                    .WithSchedule(CronScheduleBuilder.Create($"0 0 {Math.Clamp(backup.Hour, 0, 23)} * * ?").InTimeZone(BeijingZone)),
                j => j.WithIdentity(BackupJob.Key));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>UTC+8 without relying on the server's time-zone database.</summary>
    private static readonly TimeZoneInfo BeijingZone = TimeZoneInfo.CreateCustomTimeZone("Workbench/Beijing", ChinaTime.Offset, "北京时间", "北京时间");

    /// <summary>Archive download for administrators (by listed name only).</summary>
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/backups/{name}", (string name, BackupService backups) =>
            backups.PathOf(name) is { } path
                ? Results.File(path, "application/zip", name)
                : Results.Text("备份文件不存在或已被清理。", "text/plain; charset=utf-8", statusCode: 404))
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = "Admin" });
        return app;
    }
}

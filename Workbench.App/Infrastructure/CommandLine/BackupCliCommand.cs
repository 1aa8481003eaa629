using Workbench.App.Data;
using Workbench.App.Features.Operations;

namespace Workbench.App.Infrastructure.CommandLine;

/// <summary>
/// <c>Workbench.App backup [--out DIR]</c> and <c>Workbench.App restore FILE</c> (Features/Operations/BackupCommands) on
/// the site's configuration. No migration here: restore needs the data folder empty.
/// </summary>
public sealed class BackupCliCommand(string name) : ICliCommand
{
    public string Name => name;

    public string Usage => name == "backup"
        ? "Workbench.App backup [--out 目录]   立即备份（数据库快照、上传文件、密钥），默认写入配置的备份目录"
        : "Workbench.App restore 备份文件.zip   校验后恢复到配置的数据目录（该目录必须为空）";

    public async Task<int> RunAsync(CommandContext context)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = context.HostArgs });
        builder.Logging.ClearProviders();
        builder.AddWorkbenchData();
        builder.Services.Configure<BackupOptions>(builder.Configuration.GetSection(BackupOptions.Section));
        builder.Services.AddSingleton<BackupService>();
        await using var app = builder.Build();
        return await BackupCommands.RunAsync(app.Services, [name, .. context.Args], context.Out);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workbench.App.Data.Seed;
using Workbench.App.Infrastructure;
using Workbench.Core;

namespace Workbench.App.Data;

public static class DatabaseStartup
{
    /// <summary>Applies migrations, creates the roles and, into an empty database, the demo data; then says how to sign in.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Workbench");
        var options = sp.GetRequiredService<IOptions<WorkbenchOptions>>().Value;
        var seeder = sp.GetRequiredService<DemoSeeder>();
        await using var db = await sp.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContextAsync();
        // Instances starting together: one migrates and seeds, the others wait and then find nothing to do.
        await StartupLock.RunAsync(db, options.ResolveDataFolder(app.Environment.ContentRootPath), async () =>
        {
            await db.Database.MigrateAsync();
            if (await KeyRing.ImportFolderAsync(db, options.ResolveDataFolder(app.Environment.ContentRootPath)) is var keys and > 0)
                logger.LogInformation("已将 {Count} 个数据保护密钥从 keys 目录迁入数据库。", keys);
            await seeder.EnsureRolesAsync();
            if (options.SeedDemoData && await seeder.SeedIfEmptyAsync())
                logger.LogInformation("已写入演示数据。");
        }, logger);
        var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Entities.AppUser>>();
        if ((await users.GetUsersInRoleAsync(nameof(Role.Admin))).Count == 0)
            logger.LogWarning("尚无管理员账号，无人能登录。请在服务器上运行：Workbench.App admin create --user 用户名（密码取自环境变量 {Variable} 或标准输入）。",
                Infrastructure.CommandLine.AdminCommand.PasswordVariable);
        if (app.Environment.IsDevelopment() && options.SeedDemoData)
        {
            var urls = string.Join(", ", app.Urls.DefaultIfEmpty(app.Configuration["Urls"] ?? "http://localhost:5000"));
            logger.LogInformation("Workbench 已启动：{Urls}\n演示账号（密码均为 {Password}）：\n{Accounts}", urls, DemoSeeder.DemoPassword,
                string.Join("\n", DemoSeeder.DemoAccounts.Select(a => $"  {a.UserName,-8} {a.Role.Label(),-8} {a.Description}")));
        }
    }
}

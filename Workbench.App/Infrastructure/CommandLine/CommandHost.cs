using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Features.Account;
using Workbench.Core;

namespace Workbench.App.Infrastructure.CommandLine;

/// <summary>
/// The app's data and Identity services without the web server, on the same configuration the site reads
/// (appsettings, <c>Workbench__…</c> environment variables, <c>--Key=value</c> arguments): commands see the site's database.
/// </summary>
public static class CommandHost
{
    public static async Task<WebApplication> BuildAsync(CommandContext context)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = context.HostArgs });
        builder.Logging.ClearProviders();   // the command speaks for itself, in Chinese, on stdout/stderr
        builder.AddWorkbenchData();
        builder.AddWorkbenchAuth();
        var app = builder.Build();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContextAsync())
            await db.Database.MigrateAsync();
        using var scope = app.Services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Enum.GetValues<Role>())
            if (!await roles.RoleExistsAsync(role.ToString()))
                await roles.CreateAsync(new IdentityRole(role.ToString()));
        return app;
    }
}

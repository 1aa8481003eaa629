using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Workbench.App.Data.Audit;
using Workbench.App.Infrastructure;

namespace Workbench.App.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>EF Core on SQLite (embedded default) or PostgreSQL, a context per operation, audit and health check.</summary>
    public static WebApplicationBuilder AddWorkbenchData(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(WorkbenchOptions.Section).Get<WorkbenchOptions>() ?? new();
        builder.Services.Configure<WorkbenchOptions>(builder.Configuration.GetSection(WorkbenchOptions.Section));
        var dataFolder = options.ResolveDataFolder(builder.Environment.ContentRootPath);
        Directory.CreateDirectory(dataFolder);
        var connection = builder.Configuration.GetConnectionString("Workbench");
        if (string.IsNullOrWhiteSpace(connection))
            connection = $"Data Source={Path.Combine(dataFolder, "workbench.db")}";

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentActor>();
        builder.Services.AddScoped<AuditInterceptor>();
        // Tests turn EF's "unpredictable result" warnings (Skip/Take or First without OrderBy) into failures.
        var strictQueries = builder.Configuration.GetValue<bool>("Workbench:StrictQueries");
        builder.Services.AddDbContextFactory<WorkbenchDbContext>((sp, db) =>
        {
            if (strictQueries)
                db.ConfigureWarnings(w => w.Throw(CoreEventId.RowLimitingOperationWithoutOrderByWarning, CoreEventId.FirstWithoutOrderByAndFilterWarning));
            if (string.Equals(options.DatabaseProvider, "Postgres", StringComparison.OrdinalIgnoreCase))
                db.UseNpgsql(connection);
            else
                db.UseSqlite(connection);
            db.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
        }, ServiceLifetime.Scoped);

        builder.AddWorkbenchKeyRing();
        builder.Services.AddHealthChecks().AddDbContextCheck<WorkbenchDbContext>("database");
        builder.Services.AddScoped<Seed.DemoSeeder>();
        return builder;
    }
}

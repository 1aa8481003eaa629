using Workbench.App.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Workbench.App.Documents.Sheets;
using Workbench.App.Features.Supervision.Changes;
using Workbench.App.Features.Supervision.Complaints;
using Workbench.App.Features.Supervision.Integrity;
using Workbench.App.Features.Supervision.ServiceRecords;
using Workbench.App.Features.Supervision.Shortlist;
using Workbench.App.Features.Supervision.Summaries;

namespace Workbench.App.Features.Supervision;

public static class SupervisionServiceCollectionExtensions
{
    /// <summary>监督管理 (第十–十八条): services, the hourly reminder worker, SMTP options and the "public-forms" rate limiter.</summary>
    public static IServiceCollection AddSupervision(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<SmtpOptions>(config.GetSection(SmtpOptions.Section));
        services.TryAddSingleton<SheetExporter>();
        services.TryAddSingleton<FileStore>();
        services.AddScoped<InboxWriter>();
        services.AddScoped<InboxService>();
        services.AddScoped<ReminderService>();
        services.AddScoped<SummaryService>();
        services.AddScoped<MajorChangeService>();
        services.AddScoped<ComplaintService>();
        services.AddScoped<IntegrityService>();
        services.AddScoped<ServiceRecordService>();
        services.AddScoped<ShortlistService>();
        services.AddHostedService<ReminderWorker>();
        services.AddPublicFormsRateLimiting(config);
        return services;
    }
}

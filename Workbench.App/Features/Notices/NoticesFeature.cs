namespace Workbench.App.Features.Notices;

public static class NoticesFeature
{
    /// <summary>The notices register and the per-document PDFs (score sheets, inspection records, evaluation reports).</summary>
    public static IServiceCollection AddNotices(this IServiceCollection services)
    {
        services.AddScoped<NoticeService>();
        services.AddScoped<ReportDocuments>();
        services.AddSingleton<Documents.IDocumentJobKind, RoundBatch>();
        return services;
    }
}

using Workbench.App.Documents;

namespace Workbench.App.Features.Documents;

public static class DocumentsFeature
{
    /// <summary>The app's certificate, export, import and batch-job services (the layer itself:
    /// <see cref="DocumentsServiceCollectionExtensions.AddWorkbenchDocuments"/>).</summary>
    public static IServiceCollection AddWorkbenchDocumentFeatures(this IServiceCollection services)
    {
        services.AddScoped<CertificateService>();
        services.AddScoped<RegistryExport>();
        services.AddScoped<RoundExports>();
        services.AddScoped<SummaryExports>();
        services.AddScoped<ImportService>();
        services.AddSingleton<DocumentJobQueue>();
        services.AddSingleton<IDocumentJobKind, CertificateBatch>();
        services.AddHostedService<DocumentJobWorker>();
        return services;
    }
}

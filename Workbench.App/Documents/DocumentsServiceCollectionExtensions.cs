using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workbench.App.Documents.Pdf;
using Workbench.App.Documents.Sheets;

namespace Workbench.App.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the PDF layer (<see cref="FontSet"/>, <see cref="PdfRenderer"/>) and the spreadsheet layer
    /// (<see cref="SheetExporter"/>, <see cref="SheetImporter"/>, <see cref="SheetTemplateWriter"/>), options from
    /// configuration section "Documents".
    /// </summary>
    public static IServiceCollection AddWorkbenchDocuments(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<DocumentsOptions>(config.GetSection(DocumentsOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new FontSet(
            sp.GetRequiredService<IOptions<DocumentsOptions>>().Value,
            sp.GetRequiredService<ILogger<FontSet>>()));
        services.TryAddSingleton<PdfRenderer>();
        services.TryAddSingleton<SheetExporter>();
        services.TryAddSingleton<SheetImporter>();
        services.TryAddSingleton<SheetTemplateWriter>();
        return services;
    }
}

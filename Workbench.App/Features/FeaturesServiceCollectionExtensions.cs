using System.Text.Encodings.Web;
using System.Text.Unicode;
using MudBlazor;
using MudBlazor.Services;
using Workbench.App.Components.Shared;
using Workbench.App.Documents;
using Workbench.App.Features.Admin;
using Workbench.App.Features.Documents;
using Workbench.App.Features.Platforms;

namespace Workbench.App.Features;

public static class FeaturesServiceCollectionExtensions
{
    /// <summary>Razor components, MudBlazor (with Chinese texts) and each feature's service.</summary>
    public static WebApplicationBuilder AddWorkbenchFeatures(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Chinese text is sent as UTF-8, not as &#x...; entities: pages stay readable and half the size.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(c =>
        {
            c.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter;
            c.SnackbarConfiguration.VisibleStateDuration = 4000;
        });
        services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        services.AddScoped<PlatformService>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<AuditService>();
        services.AddScoped<Admin.Calendar.CalendarService>();
        services.AddScoped<Home.DashboardService>();
        services.AddWorkbenchDocuments(builder.Configuration);
        services.AddWorkbenchDocumentFeatures();
        services.AddEvaluation();
        Supervision.SupervisionServiceCollectionExtensions.AddSupervision(services, builder.Configuration);
        Recognition.RecognitionRegistration.AddRecognition(services);
        Notices.NoticesFeature.AddNotices(services);
        Operations.OperationsFeature.AddOperations(services, builder.Configuration);
        return builder;
    }
}

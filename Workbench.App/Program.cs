using Workbench.App.Components;
using Workbench.App.Data;
using Workbench.App.Features;
using Workbench.App.Features.Account;
using Workbench.App.Features.Documents;
using Workbench.App.Features.Evaluation;
using Workbench.App.Features.Operations;
using Workbench.App.Infrastructure;

// Operator commands (e.g. `admin create --user NAME`) run instead of the site: see Infrastructure/CommandLine.
if (await Workbench.App.Infrastructure.CommandLine.CommandLine.TryRunAsync(args)) return;

var builder = WebApplication.CreateBuilder(args);
builder.AddWorkbenchHosting();
builder.AddWorkbenchData();
builder.AddWorkbenchAuth();
builder.AddWorkbenchFeatures();

var app = builder.Build();
app.UseWorkbenchHosting();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.Use(Workbench.App.Features.Account.PasswordChange.RedirectAsync);
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapAccountEndpoints();
app.MapWorkbenchDocuments();
app.MapEvaluationEndpoints();
Workbench.App.Features.Supervision.SupervisionEndpoints.MapSupervision(app);
Workbench.App.Features.Recognition.RecognitionRegistration.MapRecognitionEndpoints(app);
Workbench.App.Features.Notices.NoticeEndpoints.MapNoticeDocuments(app);
app.MapOperations();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

await app.PrepareDatabaseAsync();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;

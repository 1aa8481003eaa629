using Workbench.App.Components;
using Workbench.App.Data;
using Workbench.App.Features;
using Workbench.App.Features.Account;
using Workbench.App.Features.Documents;
using Workbench.App.Features.Evaluation;
using Workbench.App.Features.Operations;

var builder = WebApplication.CreateBuilder(args);

builder.AddWorkbenchData();
builder.AddWorkbenchAuth();
builder.AddWorkbenchFeatures();

var app = builder.Build();
if (BackupCommands.Handles(args)) return await BackupCommands.RunAsync(app.Services, args, Console.Out);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
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
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;

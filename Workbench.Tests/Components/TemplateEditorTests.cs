using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Workbench.App.Features.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Core.Scoring;

namespace Workbench.Tests.Components;

public class TemplateEditorTests : BunitContext, IAsyncLifetime
{
    public TemplateEditorTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    [Fact]
    public void TemplateEditor_PointsRaised_ShowsWeightsSumMessage_AndDoesNotSave()
    {
        var saved = 0;
        var model = TemplateEditModel.From(DefaultTemplates.Evaluation(ResourceCategory.PublicServices), 1);
        var cut = Render<TemplateEditor>(p => p
            .Add(x => x.Model, model)
            .Add(x => x.OnSave, EventCallback.Factory.Create<TemplateEditModel>(this, _ => saved++)));
        Assert.Contains("权重合计 100 / 100", cut.Find("[data-testid='weight-total']").TextContent);

        cut.Find("input[data-testid='points-A1']").Change("15");
        cut.Find("button[data-testid='save-template']").Click();

        Assert.Contains("权重合计 105 / 100", cut.Find("[data-testid='weight-total']").TextContent);
        Assert.Contains("各一级指标权重之和应为100分，当前为105分（第十六条）。", cut.Find("[data-testid='form-errors']").TextContent);
        Assert.Equal(0, saved);
    }

    [Fact]
    public void TemplateEditor_Valid_RaisesSave()
    {
        var saved = 0;
        var model = TemplateEditModel.From(DefaultTemplates.Evaluation(ResourceCategory.PublicServices), 3);
        var cut = Render<TemplateEditor>(p => p
            .Add(x => x.Model, model)
            .Add(x => x.OnSave, EventCallback.Factory.Create<TemplateEditModel>(this, _ => saved++)));
        Assert.Contains("保存后为第4版", cut.Markup);
        cut.Find("button[data-testid='save-template']").Click();
        Assert.Equal(1, saved);
        Assert.Empty(cut.FindAll("[data-testid='form-errors']"));
    }
}

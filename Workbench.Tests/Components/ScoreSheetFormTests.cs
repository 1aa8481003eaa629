using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Reviews;
using Workbench.Core.Scoring;

namespace Workbench.Tests.Components;

public class ScoreSheetFormTests : BunitContext, IAsyncLifetime
{
    public ScoreSheetFormTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    private static SheetView View(SheetStatus status = SheetStatus.Draft) => new(
        7, PanelKind.Recognition, "湖南省岩土工程科学数据中心", "长沙理工大学", PanelStatus.Open, null, DefaultTemplates.Recognition(),
        new() { ["R1.1"] = 12m }, [], null, status, status == SheetStatus.Submitted, null, null, null, null);

    [Fact]
    public async Task ScoreInput_Changed_AutosaveCalledWithTheNewScoreAndTotalUpdates()
    {
        var saved = new List<SheetDraft>();
        var cut = Render<ScoreSheetForm>(p => p
            .Add(x => x.View, View())
            .Add(x => x.DebounceMs, 10)
            .Add(x => x.Autosave, d => { saved.Add(d); return Task.FromResult(ReviewResult.Success(DateTimeOffset.UtcNow)); })
            .Add(x => x.Submit, (_, _) => Task.FromResult(ReviewResult.Success())));
        Assert.Equal("12", cut.Find("[data-testid=sheet-total]").TextContent);

        cut.Find("[data-testid='score-R1.2']").Change("8");
        cut.WaitForAssertion(() => Assert.Single(saved), TimeSpan.FromSeconds(3));
        Assert.Equal(8m, saved[0].Scores["R1.2"]);
        Assert.Equal("20", cut.Find("[data-testid=sheet-total]").TextContent);
        cut.WaitForAssertion(() => Assert.StartsWith("已自动保存", cut.Find("[data-testid=autosave-status]").TextContent));
        await Task.CompletedTask;
    }

    [Fact]
    public void ScoreInput_OutOfRangeOrLowWithoutComment_ValidationMessageShown()
    {
        var cut = Render<ScoreSheetForm>(p => p
            .Add(x => x.View, View())
            .Add(x => x.DebounceMs, 10)
            .Add(x => x.Autosave, _ => Task.FromResult(ReviewResult.Success(DateTimeOffset.UtcNow)))
            .Add(x => x.Submit, (_, _) => Task.FromResult(ReviewResult.Success())));
        // The list re-renders after the change handler (and the debounced autosave) ran: wait for it, as a person would.
        cut.Find("[data-testid='score-R1.3']").Change("9");
        cut.WaitForAssertion(() => Assert.Contains("“资源整合模式”的得分应在0至5分之间，当前为9分（第十六条）。", cut.Find("[data-testid=sheet-problems]").TextContent), TimeSpan.FromSeconds(5));
        cut.Find("[data-testid='score-R1.3']").Change("1");
        cut.WaitForAssertion(() => Assert.Contains("“资源整合模式”得分低于满分的40%，请填写评分理由", cut.Find("[data-testid=sheet-problems]").TextContent), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Submitted_Sheet_IsReadOnlyAndHasNoSubmitButton()
    {
        var cut = Render<ScoreSheetForm>(p => p
            .Add(x => x.View, View(SheetStatus.Submitted))
            .Add(x => x.Autosave, _ => Task.FromResult(ReviewResult.Fail("不应保存")))
            .Add(x => x.Submit, (_, _) => Task.FromResult(ReviewResult.Fail("不应提交"))));
        Assert.True(cut.Find("[data-testid='score-R1.1']").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid=submit-sheet]"));
        Assert.NotNull(cut.Find("[data-testid=sheet-locked]"));
    }
}

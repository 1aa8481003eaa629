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
        new() { ["R1.1"] = 12m }, [], null, status, status == SheetStatus.Submitted, null, null, null, null)
    {
        Versions = new Dictionary<string, int> { ["R1.1"] = 1 },
    };

    private static AutosaveResult Stored(params ItemEdit[] edits) =>
        new(true, [], DateTimeOffset.UtcNow, edits.Select(e => new SavedItem(e.Code, e.Value, e.CleanComment, e.BaseVersion + 1)).ToList(), []);

    private IRenderedComponent<ScoreSheetForm> Form(Func<ItemsSave, Task<AutosaveResult>> save, SheetStatus status = SheetStatus.Draft) =>
        Render<ScoreSheetForm>(p => p
            .Add(x => x.View, View(status))
            .Add(x => x.StorageKey, "wb-sheet:expert1:7")
            .Add(x => x.Save, save)
            .Add(x => x.Submit, _ => Task.FromResult(ReviewResult.Fail("不应提交"))));

    [Fact]
    public async Task BrowserBatch_OnlyTheTypedItemIsSavedOnItsVersion_AndTotalUpdates()
    {
        var saved = new List<ItemsSave>();
        var cut = Form(s => { saved.Add(s); return Task.FromResult(Stored([.. s.Items])); });
        Assert.Equal("12", cut.Find("[data-testid=sheet-total]").TextContent);
        Assert.Equal("1", cut.Find("[data-testid='score-R1.1']").GetAttribute("data-version"));

        var r = await cut.InvokeAsync(() => cut.Instance.SaveFromBrowser(new BrowserBatch([new BrowserItem("R1.2", "8", "", 0)], null)));

        var edit = Assert.Single(Assert.Single(saved).Items);
        Assert.Equal(new ItemEdit("R1.2", 8m, "", 0), edit);
        Assert.Equal([new BrowserSaved("R1.2", 1)], r.Saved);
        Assert.Equal("20", cut.Find("[data-testid=sheet-total]").TextContent);
    }

    [Fact]
    public async Task BrowserBatch_StaleItem_ShowsBothValuesAndTakeTheirsRestoresTheStoredValue()
    {
        var conflict = new ItemConflict("R1.1", "资源体量与特色", 9m, null, 14m, "体量大。", 3, "“资源体量与特色”已在其他窗口或设备上修改为“14分，理由：体量大。”，您填写的是“9分”。请选择保留哪一个。");
        var cut = Form(_ => Task.FromResult(new AutosaveResult(true, [], DateTimeOffset.UtcNow, [], [conflict])));

        var r = await cut.InvokeAsync(() => cut.Instance.SaveFromBrowser(new BrowserBatch([new BrowserItem("R1.1", "9", null, 1)], null)));

        Assert.Equal(["R1.1"], r.Conflicts);
        var alert = cut.Find("[data-testid='conflict-R1.1']");
        Assert.Contains(conflict.Message, alert.TextContent);
        Assert.Contains("保留我的（9分）", alert.TextContent);
        Assert.Contains("采用已保存的（14分，理由：体量大。）", alert.TextContent);
        cut.Find("[data-testid='conflict-R1.1'] [data-testid=take-theirs]").Click();
        Assert.Empty(cut.FindAll("[data-testid='conflict-R1.1']"));
        Assert.Equal("14", cut.Find("[data-testid=sheet-total]").TextContent);
    }

    [Fact]
    public async Task ScoreOutOfRangeOrLowWithoutComment_ValidationMessageShown()
    {
        var cut = Form(s => Task.FromResult(Stored([.. s.Items])));
        await cut.InvokeAsync(() => cut.Instance.SaveFromBrowser(new BrowserBatch([new BrowserItem("R1.3", "9", null, 0)], null)));
        Assert.Contains("“资源整合模式”的得分应在0至5分之间，当前为9分（第十六条）。", cut.Find("[data-testid=sheet-problems]").TextContent);
        await cut.InvokeAsync(() => cut.Instance.SaveFromBrowser(new BrowserBatch([new BrowserItem("R1.3", "1", null, 1)], null)));
        Assert.Contains("“资源整合模式”得分低于满分的40%，请填写评分理由", cut.Find("[data-testid=sheet-problems]").TextContent);
    }

    [Fact]
    public void Submitted_Sheet_IsReadOnlyAndHasNoSubmitButton()
    {
        var cut = Form(_ => Task.FromResult(AutosaveResult.Fail("不应保存")), SheetStatus.Submitted);
        Assert.True(cut.Find("[data-testid='score-R1.1']").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid=submit-sheet]"));
        Assert.NotNull(cut.Find("[data-testid=sheet-locked]"));
    }
}

public class SheetHistoryTests : BunitContext, IAsyncLifetime
{
    public SheetHistoryTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    [Fact]
    public void Rows_ShowWhoWhenWhichItemOldToNew()
    {
        var at = new DateTimeOffset(2026, 12, 3, 6, 30, 5, TimeSpan.Zero);
        var cut = Render<SheetHistory>(p => p.Add(x => x.Rows,
            [new ItemRevisionRow(at, "杨志强", "R1.3", "资源整合模式", 4m, 2.5m, null, "整合模式不清晰。")]));
        cut.Find(".mud-expand-panel-header").Click();
        var text = cut.Find("[data-testid=sheet-history]").TextContent;
        Assert.Contains("修改记录（1条）", text);
        Assert.Contains("2026-12-03 14:30:05", text);
        Assert.Contains("杨志强", text);
        Assert.Contains("R1.3 资源整合模式", text);
        Assert.Contains("4分", text);
        Assert.Contains("2.5分（整合模式不清晰。）", text);
    }
}

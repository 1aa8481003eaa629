using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workbench.App.Features.Account;
using Workbench.App.Features.Reviews;
using Workbench.Core;
using Workbench.Core.Scoring;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Browser;

/// <summary>
/// Nothing typed on a score sheet is lost: two devices on one sheet, a page closed right after typing, a dropped
/// connection. Each test forms its own recognition panel (expert6 scores; no other test uses it).
/// </summary>
[Collection(BrowserCollection.Name)]
public class ScoringSafetyBrowserTests(BrowserFixture browser)
{
    private const string Scorer = "expert6";
    private static readonly UserScope Agency = new("agency", "周婷", Role.Agency, null, null, null);
    private static int nextSubject = 880_000 + Random.Shared.Next(10_000);

    /// <summary>A fresh open recognition panel with <see cref="Scorer"/> on it; returns the panel id and the scorer's expert id.</summary>
    private async Task<(int PanelId, int ExpertId)> PanelAsync(string title)
    {
        var me = await browser.App.WithDbAsync(db => db.Users.Where(u => u.UserName == Scorer).Select(u => u.ExpertId!.Value).FirstAsync());
        var accounts = await browser.App.WithDbAsync(db => db.Users.Where(u => u.ExpertId != null).Select(u => u.ExpertId!.Value).ToListAsync());
        using var scope = browser.App.Services.CreateScope();
        var reviews = scope.ServiceProvider.GetRequiredService<ReviewService>();
        foreach (var unit in await browser.App.WithDbAsync(db => db.HostUnits.OrderBy(u => u.Id).Select(u => u.Id).ToListAsync()))
        {
            var free = (await reviews.CandidatesAsync(unit)).Where(c => !c.Conflicted).Select(c => c.ExpertId).ToList();
            if (!free.Contains(me)) continue;
            var others = free.Where(id => id != me).OrderBy(id => accounts.Contains(id)).Take(4).ToList();
            if (others.Count < 4) continue;
            var r = await reviews.CreatePanelAsync(Agency, new NewPanel(PanelKind.Recognition, Interlocked.Increment(ref nextSubject), title, unit,
                DefaultTemplates.Recognition(), [me, .. others], Deadline: new DateOnly(2027, 1, 15)));
            Assert.True(r.Ok, string.Join("；", r.Errors));
            return (r.Id, me);
        }
        throw new InvalidOperationException("演示数据中没有可组建专家组的依托单位。");
    }

    private Task<Dictionary<string, decimal?>> StoredAsync(int panelId, int expertId) =>
        browser.App.WithDbAsync(db => db.ScoreItems.Where(i => db.ScoreSheets.Any(s => s.Id == i.SheetId && s.PanelId == panelId && s.ExpertId == expertId))
            .ToDictionaryAsync(i => i.ItemCode, i => i.Value));

    private async Task<decimal?> EventuallyStoredAsync(int panelId, int expertId, string code, decimal expected)
    {
        decimal? v = null;
        for (var i = 0; i < 150 && v != expected; i++)
        {
            v = (await StoredAsync(panelId, expertId)).GetValueOrDefault(code);
            if (v != expected) await Task.Delay(200);
        }
        return v;
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, int panelId)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/reviews/{panelId}");
        await BrowserFixture.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("score-R1.1")).ToBeEnabledAsync();
        return page;
    }

    private static async Task TypeAsync(IPage page, string code, string value, bool leave = true)
    {
        await page.GetByTestId($"score-{code}").FillAsync(value);
        if (leave) await page.Keyboard.PressAsync("Tab");
    }

    [Fact]
    public async Task TwoDevices_DifferentItemsBothStored_SameItemSecondGetsTheConflictAndChooses()
    {
        var (panel, me) = await PanelAsync("湖南省双设备评分测试平台");
        var a = await browser.SignInAsync(Scorer);
        var b = await browser.SignInAsync(Scorer);
        var pageA = await OpenAsync(a.Context, panel);
        var pageB = await OpenAsync(b.Context, panel);

        await TypeAsync(pageA, "R1.3", "4");
        await Expect(pageA.GetByTestId("autosave-status")).ToContainTextAsync("已保存");
        await TypeAsync(pageB, "R1.4", "8");
        await Expect(pageB.GetByTestId("autosave-status")).ToContainTextAsync("已保存");
        var stored = await StoredAsync(panel, me);
        Assert.Equal((4m, 8m), (stored["R1.3"], stored["R1.4"]));

        await TypeAsync(pageA, "R1.1", "12");
        await Expect(pageA.GetByTestId("autosave-status")).ToContainTextAsync("已保存");
        await TypeAsync(pageB, "R1.1", "9");
        var conflict = pageB.GetByTestId("conflict-R1.1");
        await Expect(conflict).ToContainTextAsync("“资源体量与特色”已在其他窗口或设备上修改为“12分”，您填写的是“9分”。请选择保留哪一个。");
        await Expect(pageB.GetByTestId("autosave-status")).ToContainTextAsync("未保存");
        await browser.ScreenshotAsync(pageB, "scoring-conflict");
        Assert.Equal(12m, (await StoredAsync(panel, me))["R1.1"]);

        await conflict.GetByTestId("keep-mine").ClickAsync();
        Assert.Equal(9m, await EventuallyStoredAsync(panel, me, "R1.1", 9m));
        await Expect(pageB.GetByTestId("autosave-status")).ToContainTextAsync("已保存");
        Assert.Equal(4m, (await StoredAsync(panel, me))["R1.3"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(300)]
    public async Task TypeThenClose_OnReopenTheValueIsThere(int delayMs)
    {
        var (panel, me) = await PanelAsync($"湖南省关闭页面测试平台{delayMs}");
        var first = await browser.SignInAsync(Scorer);
        var page = await OpenAsync(first.Context, panel);
        var value = (5 + delayMs / 100).ToString(CultureInfo.InvariantCulture);

        await TypeAsync(page, "R2.1", value, leave: false);
        if (delayMs > 0) await Task.Delay(delayMs);
        await page.CloseAsync();

        var again = await OpenAsync(first.Context, panel);
        var restore = again.GetByTestId("restore-yes");
        if (await restore.IsVisibleAsync() || await WaitVisibleAsync(restore, (await StoredAsync(panel, me)).ContainsKey("R2.1") ? 1000 : 8000))
        {
            await Expect(again.GetByTestId("restore-offer")).ToContainTextAsync($"R2.1 在线服务系统建设：{value}分");
            await browser.ScreenshotAsync(again, $"scoring-restore-{delayMs}");
            await restore.ClickAsync();
        }
        await Expect(again.GetByTestId("score-R2.1")).ToHaveValueAsync(value);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), await EventuallyStoredAsync(panel, me, "R2.1", decimal.Parse(value, CultureInfo.InvariantCulture)));
    }

    private static async Task<bool> WaitVisibleAsync(ILocator locator, int ms)
    {
        try
        {
            await locator.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = ms });
            return true;
        }
        catch (TimeoutException) { return false; }
    }

    [Fact]
    public async Task OfflineWhileTyping_BackOnline_EveryValueStored()
    {
        var (panel, me) = await PanelAsync("湖南省断网评分测试平台");
        var signedIn = await browser.SignInAsync(Scorer);
        var page = await OpenAsync(signedIn.Context, panel);
        var values = new Dictionary<string, decimal> { ["R1.1"] = 13, ["R1.2"] = 8.5m, ["R2.2"] = 6, ["R3.1"] = 7 };

        await signedIn.Context.SetOfflineAsync(true);
        foreach (var (code, v) in values) await TypeAsync(page, code, v.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("comment-R1.2").FillAsync("标准规范较完整。");
        await Task.Delay(1500);
        await browser.ScreenshotAsync(page, "scoring-offline");
        await signedIn.Context.SetOfflineAsync(false);

        foreach (var (code, v) in values) Assert.Equal(v, await EventuallyStoredAsync(panel, me, code, v));
        await Expect(page.GetByTestId("autosave-status")).ToContainTextAsync("已保存", new() { Timeout = 30_000 });
        Assert.Equal("标准规范较完整。", await browser.App.WithDbAsync(db => db.ScoreItems
            .Where(i => i.ItemCode == "R1.2" && db.ScoreSheets.Any(s => s.Id == i.SheetId && s.PanelId == panel)).Select(i => i.Comment).FirstAsync()));
    }

    [Fact]
    public async Task RecognitionSheet_ShowsTheApplicationBesideIt_ReadOnlyWithDownloads()
    {
        var appId = await browser.App.WithDbAsync(db => db.RecognitionApplications.Where(a => a.Name.Contains("岩土")).Select(a => new { a.Id, a.PanelId }).FirstAsync());
        var signedIn = await browser.SignInAsync("expert3");
        var page = await signedIn.Context.NewPageAsync();
        await page.GotoAsync($"/reviews/{appId.PanelId}");
        await BrowserFixture.WaitInteractiveAsync(page);
        var materials = page.GetByTestId("recognition-materials");
        await Expect(materials).ToContainTextAsync("基本条件核查（第八条(一)）");
        await Expect(materials).ToContainTextAsync("平台负责人");
        await Expect(materials.Locator("a[href^='/files/']").First).ToBeVisibleAsync();
        Assert.DoesNotContain("upload-input", await materials.InnerHTMLAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync(page, "scoring-recognition-materials");
        var href = await materials.Locator("a[href^='/files/']").First.GetAttributeAsync("href");
        var file = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, file.Status);
    }
}

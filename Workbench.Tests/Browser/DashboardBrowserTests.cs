using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class DashboardBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Admin_ClicksGradeChartSegment_LandsOnMatchingFilteredRegistry()
    {
        var page = await browser.SignInAsync("admin");
        await BrowserFixture.WaitInteractiveAsync(page);
        var card = page.GetByTestId("grades-category");
        await Expect(page.GetByTestId("complaint-card")).ToBeVisibleAsync();
        await page.SetViewportSizeAsync(1440, 2000);
        await browser.ScreenshotAsync(page, "dashboard-admin");
        // A bar segment is an SVG line drawn with a wide stroke: its box has no width, so Playwright calls it hidden; click it anyway.
        var segment = card.Locator("path.mud-chart-bar").First;
        await Expect(segment).ToBeAttachedAsync();

        // The table under the chart holds the same figures: href → number.
        var figures = new Dictionary<string, int>();
        foreach (var link in await card.Locator("tbody a").AllAsync())
            figures[(await link.GetAttributeAsync("href"))!] = int.Parse(await link.InnerTextAsync());

        await segment.ClickAsync(new() { Force = true });
        await page.WaitForUrlPolledAsync(new Regex(@"/platforms\?category=\w+&grade=\w+$"));
        var href = new Uri(page.Url).PathAndQuery;
        Assert.True(figures[href] > 0, $"clicked segment {href} should count platforms");
        await BrowserFixture.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("filter-grade")).ToBeVisibleAsync();
        var rows = page.GetByTestId("platform-grid").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(Math.Min(figures[href], 20));
        var category = Regex.Match(href, @"category=(\w+)").Groups[1].Value;
        var label = category switch
        {
            "FacilitiesAndInstruments" => "科研设施和科研仪器",
            "DataAndInformation" => "科学数据和科技信息",
            "BiologicalAndMaterials" => "生物种质和实验材料",
            _ => "科技公共服务资源",
        };
        foreach (var row in await rows.AllAsync())
            await Expect(row).ToContainTextAsync(label);
        await browser.ScreenshotAsync(page, "dashboard-admin-grade-click");
    }

    [Fact]
    public async Task Admin_ComplaintFigure_OpensQueueFilteredByStatus()
    {
        var page = await browser.SignInAsync("admin");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("complaint-Received").ClickAsync();
        await page.WaitForUrlPolledAsync("**/supervision/complaints?status=Received");
        await BrowserFixture.WaitInteractiveAsync(page);
        var rows = page.GetByTestId("complaint-grid").Locator("tbody tr");
        await Expect(rows.First).ToContainTextAsync("已受理");
        foreach (var row in await rows.AllAsync())
            await Expect(row).ToContainTextAsync("已受理");
    }

    [Fact]
    public async Task Expert_SeesPendingSheets_WithLinks()
    {
        var page = await browser.SignInAsync("expert3");
        var pending = page.GetByTestId("expert-pending");
        await Expect(pending).ToBeVisibleAsync();
        await Expect(pending.Locator("a[href^='/reviews/']").First).ToBeVisibleAsync();
        await Expect(pending).ToContainTextAsync("草稿");
        await browser.ScreenshotAsync(page, "dashboard-expert");
        var expert1 = await browser.SignInAsync("expert1");
        await Expect(expert1.GetByTestId("expert-pending")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(expert1, "dashboard-expert1");
    }

    [Fact]
    public async Task HostAndDepartment_SeeTheirOwnCards()
    {
        var host = await browser.SignInAsync("host");
        await Expect(host.GetByTestId("deadlines-card")).ToBeVisibleAsync();
        await Expect(host.GetByTestId("grades-category")).ToHaveCountAsync(0);
        await Expect(host.GetByTestId("complaint-card")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync(host, "dashboard-host");
        var dept = await browser.SignInAsync("dept");
        await Expect(dept.GetByTestId("grades-department")).ToBeVisibleAsync();
        await Expect(dept.GetByTestId("complaint-card")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync(dept, "dashboard-dept");
    }
}

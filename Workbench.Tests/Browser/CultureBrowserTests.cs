using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Browser;

/// <summary>The app speaks zh-CN whatever the server's locale: MudBlazor's date picker names months and weekdays in Chinese (week from Monday, as zh-CN has it).</summary>
[Collection(BrowserCollection.Name)]
public class CultureBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task DatePicker_ShowsChineseMonthAndWeekdayNames()
    {
        var page = await browser.SignInAsync("admin");
        await page.GotoAsync("/evaluation/rounds/new");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.Locator(".mud-picker:has([data-testid='period-from']) .mud-input-adornment button").First.ClickAsync();
        var calendar = page.Locator(".mud-popover-open .mud-picker-calendar-container, .mud-popover-open .mud-picker-container").First;
        await Expect(calendar).ToBeVisibleAsync();

        var weekdays = await calendar.Locator(".mud-picker-calendar-header-day").First.InnerTextAsync();
        Assert.Equal("周一 周二 周三 周四 周五 周六 周日", Regex.Replace(weekdays.Trim(), @"\s+", " "));
        var header = await calendar.Locator(".mud-picker-calendar-header-switch").First.InnerTextAsync();
        Assert.Matches(@"^\d{4}年\d{1,2}月$", header.Trim());   // zh-CN year-month pattern, e.g. “2025年1月”
        Assert.DoesNotMatch("January|February|March|April|May|June|July|August|September|October|November|December|Sun|Mon", await calendar.InnerTextAsync());
        await browser.ScreenshotAsync(page, "date-picker-zh");
    }
}

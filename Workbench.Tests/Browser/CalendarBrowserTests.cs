using Microsoft.Playwright;
using Workbench.Core.Calendar;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Browser;

/// <summary>系统管理 → 节假日安排: the admin is warned from November and enters next year's arrangements as data.</summary>
[Collection(BrowserCollection.Name)]
public class CalendarBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Admin_WarnedOnDashboard_EntersNextYear_WarningGoes()
    {
        var page = await browser.SignInAsync("admin");
        // The app runs on the real date: Core says which years the seeded calendar (2024–2026) lacks today.
        var missing = new OfficialCalendar(HolidayData.All).MissingYears(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
        var alert = page.GetByTestId("calendar-upkeep");
        if (missing.Count > 0)
        {
            await Expect(alert).ToContainTextAsync($"{missing[0]}年");
            await browser.ScreenshotAsync(page, "calendar-dashboard-warning");
            await alert.GetByRole(AriaRole.Link).ClickAsync();
        }
        else
        {
            await Expect(page.GetByText("平台总数")).ToBeVisibleAsync();
            await Expect(alert).ToHaveCountAsync(0);
            await page.GotoAsync("/admin/calendar");
        }
        await Expect(page.GetByTestId("calendar-years")).ToContainTextAsync("国务院办公厅关于2026年部分节假日安排的通知");
        await Expect(page.GetByTestId("calendar-years")).ToContainTextAsync("国办发明电〔2024〕12号");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("calendar-add").ClickAsync(); // the first missing year, or the year after the last one held
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/admin/calendar/\d{4}$"));
        var next = int.Parse(page.Url[^4..], System.Globalization.CultureInfo.InvariantCulture);
        if (missing.Count > 0) Assert.Equal(missing[0], next);
        await BrowserFixture.WaitInteractiveAsync(page);

        await Expect(page.GetByTestId("holiday-0").Locator("input").First).ToHaveValueAsync("元旦");
        for (var i = 0; i < 6; i++)
            await page.GetByTestId("holiday-1").GetByRole(AriaRole.Button, new() { Name = "删除该行" }).ClickAsync();
        await Expect(page.GetByTestId("holiday-1")).ToHaveCountAsync(0);
        await page.GetByTestId("holiday-0-from").Locator("input").FillAsync($"{next}-01-01");
        await page.GetByTestId("holiday-0-from").Locator("input").PressAsync("Tab");
        await page.GetByTestId("holiday-0-to").Locator("input").FillAsync($"{next}-01-03");
        await page.GetByTestId("holiday-0-to").Locator("input").PressAsync("Tab");
        await page.GetByTestId("workday-add").ClickAsync();
        await page.GetByTestId("workday-0").Locator("input").FillAsync($"{next}-01-06");
        await page.GetByTestId("workday-0").Locator("input").PressAsync("Tab");
        await page.GetByTestId("calendar-save").ClickAsync();
        // A weekday as 调休 is refused by Core, with the date named; nothing saved.
        await Expect(page.GetByTestId("form-errors")).ToContainTextAsync("不是周末");
        await browser.ScreenshotAsync(page, "calendar-year-refused");
        await page.GetByTestId("workday-0").GetByRole(AriaRole.Button, new() { Name = "删除该日" }).ClickAsync();
        await page.GetByTestId("calendar-save").ClickAsync();

        await Expect(page.GetByTestId("calendar-years")).ToContainTextAsync($"{next}");
        await Expect(page.GetByTestId("calendar-warning")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync(page, "calendar-list");
        await page.GotoAsync("/");
        await Expect(page.GetByText("平台总数")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("calendar-upkeep")).ToHaveCountAsync(0);
    }
}

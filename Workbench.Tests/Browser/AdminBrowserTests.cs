using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class AdminBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Admin_VerifiesAuditChain_AndSeesUsers()
    {
        var page = await browser.SignInAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "审计日志" }).ClickAsync();
        await page.GetByLabel("搜索操作人、对象、操作或内容").FillAsync("导入演示数据");
        await Expect(page.GetByTestId("audit-grid")).ToContainTextAsync("导入演示数据");
        await page.GetByTestId("verify-chain").ClickAsync();
        await Expect(page.GetByTestId("chain-result")).ToContainTextAsync("哈希链完整");
        await browser.ScreenshotAsync(page, "admin-audit");

        await page.GetByRole(AriaRole.Link, new() { Name = "系统管理" }).ClickAsync();
        await Expect(page.GetByTestId("users-grid")).ToContainTextAsync("expert7");
        await Expect(page.GetByTestId("users-grid")).ToContainTextAsync("第三方机构");
        await browser.ScreenshotAsync(page, "admin-users");
    }

    [Fact]
    public async Task Expert_SeesOwnStartPage_AndIsTurnedAwayFromSystemAdmin()
    {
        var page = await browser.SignInAsync("expert3");
        await Expect(page.GetByText("王建华，您好")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "系统管理" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "平台名录" })).ToHaveCountAsync(0);
        await browser.ScreenshotAsync(page, "expert-dashboard");
        await page.GotoAsync("/admin/users");
        await Expect(page.GetByText("无权访问")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "expert-denied");
    }

    [Fact]
    public async Task Department_DashboardCountsOnlyItsUnits()
    {
        var page = await browser.SignInAsync("dept");
        await Expect(page.GetByText("所辖平台")).ToBeVisibleAsync();
        await Expect(page.GetByText("长沙市科学技术局").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "dept-dashboard");
        await page.GotoAsync("/platforms");
        await BrowserFixture.WaitInteractiveAsync(page);
        // Seeded: 长沙学院 ×2, 长沙市农业科学研究院, 长沙市产商品质量检验所 — the recognition journey may add one more for 长沙学院.
        var rows = page.GetByTestId("platform-grid").Locator("tbody tr");
        await Expect(rows.First).ToContainTextAsync("长沙");
        var texts = await rows.AllInnerTextsAsync();
        Assert.InRange(texts.Count, 4, 5);
        Assert.All(texts, t => Assert.Matches("长沙学院|长沙市农业科学研究院|长沙市产商品质量检验所", t));
        await browser.ScreenshotAsync(page, "dept-registry");
    }
}

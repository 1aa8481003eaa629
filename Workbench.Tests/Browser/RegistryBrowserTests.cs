using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class RegistryBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Admin_FiltersRegistry_AndOpensAPlatform()
    {
        var page = await browser.SignInAsync("admin");
        await Expect(page.GetByText("平台总数")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "admin-dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "平台名录" }).ClickAsync();
        await page.WaitForUrlPolledAsync("**/platforms");
        var grid = page.GetByTestId("platform-grid");
        await Expect(grid.GetByText("湖南省大型科学仪器共享服务平台")).ToBeVisibleAsync();

        await page.GetByTestId("filter-category").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "生物种质和实验材料" }).ClickAsync();
        await Expect(grid.GetByText("湖南省大型科学仪器共享服务平台")).ToHaveCountAsync(0);
        await Expect(grid.GetByText("湖南省农作物种质资源库")).ToBeVisibleAsync();

        await BrowserFixture.Input(page, "platform-search").FillAsync("茶树");
        await Expect(grid.Locator("tbody tr")).ToHaveCountAsync(1);
        await browser.ScreenshotAsync(page, "admin-registry-filtered");

        await grid.GetByText("湖南省茶树种质资源库").ClickAsync();
        await page.WaitForUrlPolledAsync("**/platforms/*");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "湖南省茶树种质资源库" })).ToBeVisibleAsync();
        await Expect(page.GetByText("湖南省茶叶研究所").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("认定为省资源平台并授牌");
        await browser.ScreenshotAsync(page, "admin-platform-detail");
    }

    [Fact]
    public async Task Admin_EditsPlatform_NamingCheckedInline()
    {
        var page = await browser.SignInAsync("admin");
        await page.GotoAsync("/platforms/new");
        await BrowserFixture.WaitInteractiveAsync(page);
        var name = BrowserFixture.Input(page, "name");
        await name.FillAsync("长沙仪器共享系统");
        await name.BlurAsync();
        await Expect(page.GetByText("应以“湖南省”开头").First).ToBeVisibleAsync();
        await name.FillAsync("湖南省仪器共享平台");
        await name.BlurAsync();
        var english = BrowserFixture.Input(page, "english-name");
        await english.FillAsync("Hunan Provincial Instrument Sharing Center");
        await english.BlurAsync();
        await Expect(page.GetByText("英文名称应以“Platform”结尾").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "admin-platform-form-naming");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("form-errors")).ToContainTextAsync("请选择依托单位");
    }

    [Fact]
    public async Task HostUnit_SeesOnlyItsOwnPlatforms()
    {
        var page = await browser.SignInAsync("host");
        await page.GotoAsync("/platforms");
        await BrowserFixture.WaitInteractiveAsync(page);
        var grid = page.GetByTestId("platform-grid");
        await Expect(grid.GetByText("湖南省科技创新创业服务平台")).ToBeVisibleAsync();
        await Expect(grid.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "系统管理" })).ToHaveCountAsync(0);
        await browser.ScreenshotAsync(page, "host-registry");
    }
}

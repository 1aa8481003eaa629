using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class NoticesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Host_OpensNoticeFromReports_PreviewShowsPages_DownloadIsPdf()
    {
        var page = await browser.SignInAsync("host");
        await page.GotoAsync("/reports");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("go-notices").ClickAsync();
        await page.WaitForUrlPolledAsync("**/documents/notices");
        await BrowserFixture.WaitInteractiveAsync(page);
        var grid = page.GetByTestId("notice-grid");
        await Expect(grid.GetByText("湘科资").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "notices-register");

        await grid.GetByTestId("notice-preview").First.ClickAsync();
        await page.WaitForUrlPolledAsync(new System.Text.RegularExpressions.Regex(@"/documents/notices/\d+$"));
        await Expect(page.GetByTestId("notice-title")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('[data-testid=notice-preview-image]'); return i && i.complete && i.naturalWidth > 300; }");
        await browser.ScreenshotAsync(page, "notice-preview");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("notice-download-pdf").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }
}

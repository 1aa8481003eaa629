using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class DocumentsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Admin_PreviewsCertificate_ThenBatchPrintsAndDownloads()
    {
        var page = await browser.SignInAsync("admin");
        await page.GotoAsync("/platforms?q=茶树");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("platform-grid").GetByText("湖南省茶树种质资源库").ClickAsync();
        await page.WaitForUrlPolledAsync("**/platforms/*");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("certificate-preview").ClickAsync();
        var image = page.GetByTestId("certificate-preview-image");
        await Expect(image).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('[data-testid=certificate-preview-image]'); return i && i.complete && i.naturalWidth > 500; }");
        await browser.ScreenshotAsync(page, "certificate-preview");

        await page.GetByRole(AriaRole.Link, new() { Name = "报表中心" }).ClickAsync();
        await page.WaitForUrlPolledAsync("**/reports");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("batch-start").ClickAsync();
        var job = page.GetByTestId("batch-job").First;
        await Expect(job.GetByTestId("batch-progress")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "reports-batch-running");
        var link = job.GetByTestId("batch-download");
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Expect(job.GetByTestId("batch-count")).ToContainTextAsync("已完成");
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        var path = await download.PathAsync();
        Assert.True(new FileInfo(path!).Length > 10_000);
        await browser.ScreenshotAsync(page, "reports-batch-done");
    }

    [Fact]
    public async Task Public_ScansQrOnPhone_SeesValidCertificate()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.App.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/verify/HNKJPT-2022-0005");
        await Expect(page.GetByText("证书有效")).ToBeVisibleAsync();
        await Expect(page.GetByText("湖南省茶树种质资源库")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "verify-valid-mobile");
        await page.GotoAsync("/verify/HNKJPT-2019-0007");
        await Expect(page.GetByText("证书已撤销")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "verify-revoked-mobile");
    }
}

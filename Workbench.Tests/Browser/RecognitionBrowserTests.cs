using Microsoft.Playwright;
using Workbench.Core.Scoring;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class RecognitionBrowserTests(BrowserFixture browser)
{
    private static async Task OpenApplicationAsync(IPage page, string name)
    {
        await page.GotoAsync("/recognition");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("application-grid").GetByText(name).ClickAsync();
        // In-circuit navigation changes the URL without a page load: poll the address instead of waiting for "load".
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/recognition/applications/\d+"), new() { Timeout = 45_000 });
        await BrowserFixture.WaitInteractiveAsync(page);
    }

    [Fact]
    public async Task Expert_FillsPartOfSheet_ReloadKeepsScores_SignsAndSubmits()
    {
        var page = await browser.SignInAsync("expert5");
        await page.GotoAsync("/reviews");
        await BrowserFixture.WaitInteractiveAsync(page);
        await browser.ScreenshotAsync(page, "expert-my-reviews");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "湖南省岩土工程科学数据中心" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForUrlPolledAsync("**/reviews/*");
        await BrowserFixture.WaitInteractiveAsync(page);

        await page.GetByTestId("score-R1.1").FillAsync("12");
        await page.Keyboard.PressAsync("Tab");
        await page.GetByTestId("score-R1.2").FillAsync("8");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByTestId("sheet-total")).ToHaveTextAsync("20");
        await Expect(page.GetByTestId("autosave-status")).ToContainTextAsync("已保存");
        await browser.ScreenshotAsync(page, "expert-scoring-partial");

        await page.ReloadAsync();
        await BrowserFixture.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("score-R1.1")).ToHaveValueAsync("12");
        await Expect(page.GetByTestId("score-R1.2")).ToHaveValueAsync("8");

        foreach (var item in DefaultTemplates.Recognition().AllItems.Skip(2))
        {
            await page.GetByTestId($"score-{item.Code}").FillAsync((Math.Round(item.MaxPoints * 0.8m * 2) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Keyboard.PressAsync("Tab");
        }
        await page.GetByTestId("submit-sheet").ClickAsync();
        await Expect(page.GetByTestId("sheet-problems")).ToContainTextAsync("请在签名区手写签名后再提交");

        var box = (await page.GetByTestId("signature-pad").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 30, box.Y + 80);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 120, box.Y + 40, new() { Steps = 8 });
        await page.Mouse.MoveAsync(box.X + 220, box.Y + 110, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await page.GetByTestId("submit-sheet").ClickAsync();
        await Expect(page.GetByTestId("sheet-locked")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("score-R1.1")).ToBeDisabledAsync();
        await browser.ScreenshotAsync(page, "expert-scoring-submitted");
    }

    [Fact]
    public async Task Admin_ApprovesProposalStartsNotice_AndPublishesAfterNotice()
    {
        var page = await browser.SignInAsync("admin");
        await page.GotoAsync("/recognition");
        await BrowserFixture.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("pipeline")).ToContainTextAsync("拟认定");
        await browser.ScreenshotAsync(page, "admin-recognition-pipeline");

        await OpenApplicationAsync(page, "湖南省油茶种质资源库");
        await page.GetByTestId("act-SubmitForApproval").ClickAsync();
        await Expect(page.GetByTestId("app-status")).ToHaveTextAsync("审批");
        await page.GetByTestId("act-ApproveAndPublicise").ClickAsync();
        await Expect(page.GetByTestId("app-status")).ToHaveTextAsync("公示");
        await Expect(page.GetByTestId("history")).ToContainTextAsync("审批通过并公示");
        await browser.ScreenshotAsync(page, "admin-application-notice");

        await page.GotoAsync("/public/notices");
        await Expect(page.GetByTestId("notice-list")).ToContainTextAsync("湖南省油茶种质资源库");
        await browser.ScreenshotAsync(page, "public-notices");

        await OpenApplicationAsync(page, "湖南省工业微生物发酵资源库");
        await page.GetByTestId("act-ConfirmRecognition").ClickAsync();
        await Expect(page.GetByTestId("app-status")).ToHaveTextAsync("已认定");
        await Expect(page.GetByTestId("certificate-number")).ToContainTextAsync("HNKJPT-");
        await browser.ScreenshotAsync(page, "admin-application-recognised");
    }

    [Fact]
    public async Task Agency_FormsPanel_ConflictedExpertCannotBeChosen()
    {
        var page = await browser.SignInAsync("agency");
        await OpenApplicationAsync(page, "湖南省道地药材标本资源馆");
        var section = page.GetByTestId("expert-panel");
        await Expect(section).ToContainTextAsync("回避：与依托单位同单位"); // 徐春燕 of 湖南中医药大学
        var boxes = section.Locator("tbody input[type=checkbox]:not([disabled])");
        for (var i = 0; i < 5; i++) await boxes.Nth(i).CheckAsync();
        await browser.ScreenshotAsync(page, "agency-form-panel");
        await page.GetByTestId("form-panel").ClickAsync();
        await Expect(page.GetByTestId("panel-progress")).ToContainTextAsync("已提交 0 / 5");
        await browser.ScreenshotAsync(page, "agency-panel-progress");

        await page.GotoAsync("/inspections");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "湖南省先进材料测试分析中心" }).GetByRole(AriaRole.Link).ClickAsync();
        await BrowserFixture.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("inspect-1.1")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "agency-inspection");
    }

    [Fact]
    public async Task Host_SubmitsIncompleteDraft_SeesWhatIsMissing()
    {
        var page = await browser.SignInAsync("host");
        await OpenApplicationAsync(page, "湖南省智能制造检测资源服务平台");
        await page.GetByTestId("act-Submit").ClickAsync();
        await Expect(page.GetByTestId("act-errors")).ToContainTextAsync("缺少《湖南省科技资源共享服务平台运行管理方案》");
        await browser.ScreenshotAsync(page, "host-application-missing");
        await page.GetByTestId("edit-application").ClickAsync();
        await page.WaitForUrlPolledAsync("**/edit");
        await BrowserFixture.WaitInteractiveAsync(page);
        await browser.ScreenshotAsync(page, "host-application-form");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workbench.App.Data.Entities;
using Workbench.App.Data.Seed;
using Workbench.App.Features.Account;
using Workbench.App.Features.Recognition;
using Workbench.App.Features.Reviews;
using Workbench.Core;
using Workbench.Core.Recognition;
using Workbench.Core.Scoring;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Browser;

/// <summary>
/// One application from the host's first keystroke to the plaque, through the real pages for every role (第八条(二)):
/// draft + upload + submit → 主管部门 → 形式审查 → expert panel (one expert reloads mid-sheet) → 现场考察 → 认定建议 → 审批
/// → 公示 with an objection from the public page, dismissed with a reason → (clock moved past the notice) → 发布 → 平台名录.
/// </summary>
[Collection(BrowserCollection.Name)]
public class RecognitionJourneyBrowserTests(BrowserFixture browser)
{
    private const string Name = "湖南省智慧交通仿真资源服务平台";
    private const string English = "Hunan Provincial Intelligent Transportation Simulation Resource Service Platform";

    private static Task StatusIs(IPage page, RecognitionStatus s) => Expect(page.GetByTestId("app-status")).ToHaveTextAsync(s.Label());

    private static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await BrowserFixture.WaitInteractiveAsync(page);
    }

    private T Service<T>(IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    [Fact]
    public async Task Application_SubmissionToPublication_ThroughEveryRolesPages()
    {
        // 1. 依托单位: draft, upload the plan (a real PDF), the evidence, submit.
        var host = await browser.SignInAsync("host");
        await OpenAsync(host, "/recognition");
        await host.GetByTestId("new-application").ClickAsync();
        await Expect(host).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/recognition/applications/new"));
        await BrowserFixture.WaitInteractiveAsync(host);
        await BrowserFixture.Input(host, "app-name").FillAsync(Name);
        await BrowserFixture.Input(host, "app-english").FillAsync(English);
        await BrowserFixture.Input(host, "app-summary").FillAsync("整合长沙学院交通仿真实验室的驾驶模拟器、交通流仿真软件和城市路网数据，面向全省开放共享。");
        foreach (var item in RecognitionChecklist.Items)
            await BrowserFixture.Input(host, $"statement-{item.Code}").FillAsync($"长沙学院：{item.Text}，详见佐证材料。");
        await BrowserFixture.Input(host, "head-name").FillAsync("孙立新");
        await BrowserFixture.Input(host, "head-years").FillAsync("12");
        await BrowserFixture.Input(host, "head-mgmt").FillAsync("6");
        await browser.ScreenshotAsync(host, "journey-01-host-draft");
        await host.GetByTestId("save-draft").ClickAsync();
        await Expect(host).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/recognition/applications/\d+$"));
        await BrowserFixture.WaitInteractiveAsync(host);
        var id = int.Parse(host.Url.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var url = $"/recognition/applications/{id}";
        await OpenAsync(host, url); // a fresh load, so the upload box is wired to a connected circuit
        await Expect(host.GetByTestId("upload-input")).ToBeEnabledAsync();
        await host.GetByTestId("upload-input").SetInputFilesAsync(new FilePayload
        {
            Name = "运行管理方案.pdf", MimeType = "application/pdf", Buffer = DemoFiles.Pdf("湖南省科技资源共享服务平台运行管理方案", [$"平台名称：{Name}"]),
        });
        await Expect(host.GetByTestId("files")).ToContainTextAsync("运行管理方案.pdf");
        // The thirteen evidence files go in through the same service the upload box calls.
        var hostScope = await ScopeOfAsync("host");
        using (var scope = browser.App.Services.CreateScope())
            foreach (var e in RecognitionChecklist.Items.SelectMany(i => i.Evidence))
            {
                using var pdf = new MemoryStream(DemoFiles.Pdf(e.Name, [Name]));
                var r = await Service<RecognitionService>(scope).UploadAsync(hostScope, id, FileKind.Evidence, e.Code, pdf, e.Name + ".pdf");
                Assert.True(r.Ok, string.Join("；", r.Errors));
            }
        await OpenAsync(host, url);
        await host.GetByTestId("act-Submit").ClickAsync();
        await StatusIs(host, RecognitionStatus.Submitted);
        await browser.ScreenshotAsync(host, "journey-02-host-submitted");

        // 2. 主管部门: start the review, recommend.
        var dept = await browser.SignInAsync("dept");
        await OpenAsync(dept, url);
        await dept.GetByTestId("act-StartDepartmentReview").ClickAsync();
        await StatusIs(dept, RecognitionStatus.DepartmentReview);
        await dept.GetByTestId("act-Recommend").ClickAsync();
        await StatusIs(dept, RecognitionStatus.FormalReview);
        await browser.ScreenshotAsync(dept, "journey-03-dept-recommended");

        // 3. 第三方机构: formal review, then a panel of five; the 长沙学院 expert is shown as conflicted and cannot be ticked.
        var agency = await browser.SignInAsync("agency");
        await OpenAsync(agency, url);
        await agency.GetByTestId("act-PassFormalReview").ClickAsync();
        await StatusIs(agency, RecognitionStatus.ExpertReview);
        var panelSection = agency.GetByTestId("expert-panel");
        await Expect(panelSection).ToContainTextAsync("回避：与依托单位同单位");
        var experts = await browser.App.WithDbAsync(db => db.Users.Where(u => u.ExpertId != null && u.UserName!.StartsWith("expert"))
            .ToDictionaryAsync(u => u.UserName!, u => u.ExpertId!.Value));
        for (var n = 1; n <= 5; n++)
            await agency.GetByTestId($"candidate-{experts[$"expert{n}"]}").Locator("input[type=checkbox]").CheckAsync();
        await browser.ScreenshotAsync(agency, "journey-04-agency-panel");
        await agency.GetByTestId("form-panel").ClickAsync();
        await Expect(agency.GetByTestId("panel-progress")).ToContainTextAsync("已提交 0 / 5");
        var panelId = await browser.App.WithDbAsync(db => db.RecognitionApplications.Where(a => a.Id == id).Select(a => a.PanelId!.Value).FirstAsync());

        // 4. 专家: expert1 scores part, reloads, finds the scores, finishes and signs; expert2 through the page too.
        await ScoreThroughPageAsync("expert1", panelId, reloadMidway: true);
        await ScoreThroughPageAsync("expert2", panelId, reloadMidway: false);
        using (var scope = browser.App.Services.CreateScope())
            for (var n = 3; n <= 5; n++)
            {
                var items = DefaultTemplates.Recognition().AllItems.ToDictionary(i => i.Code, i => (decimal?)(Math.Round(i.MaxPoints * (0.75m + 0.03m * n) * 2) / 2));
                var r = await Service<ReviewService>(scope).SubmitAsync(await ScopeOfAsync($"expert{n}"), panelId,
                    new SheetDraft(items, new Dictionary<string, string>(), "资源特色明显，建议通过论证。"), DemoFiles.Png());
                Assert.True(r.Ok, string.Join("；", r.Errors));
            }

        // 5. 第三方机构: closes the panel, the argument passes, the on-site checklist is filled on the tablet page.
        await OpenAsync(agency, url);
        await Expect(agency.GetByTestId("panel-progress")).ToContainTextAsync("已提交 5 / 5");
        await agency.GetByTestId("close-panel").ClickAsync();
        await Expect(agency.GetByTestId("panel-aggregate")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(agency, "journey-05-agency-panel-closed");
        await agency.GetByTestId("act-CompleteExpertReview").ClickAsync();
        await StatusIs(agency, RecognitionStatus.OnSiteInspection);

        await agency.SetViewportSizeAsync(1024, 1366); // a tablet held upright
        await OpenAsync(agency, $"/inspections/{id}");
        await agency.GetByTestId("photo-input").SetInputFilesAsync(new FilePayload { Name = "实验室现场.png", MimeType = "image/png", Buffer = DemoFiles.Png() });
        await Expect(agency.Locator(".mud-snackbar").Filter(new() { HasText = "照片已上传" })).ToBeVisibleAsync();
        await Expect(agency.GetByTestId("photos").Locator("img[alt='实验室现场.png']")).ToBeVisibleAsync();
        await BrowserFixture.Input(agency, "participants").FillAsync("张明远、李晓红（专家）；周婷（湖南省科技评估中心）；孙立新（依托单位）");
        var codes = await agency.Locator("[data-testid^='inspect-']").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.testid)");
        Assert.True(codes.Length >= RecognitionChecklist.Items.Count);
        foreach (var code in codes)
            await agency.GetByTestId(code).GetByText(InspectionVerdicts.Conforms, new() { Exact = true }).ClickAsync();
        await BrowserFixture.Input(agency, "conclusion").FillAsync("现场核实情况与申报材料一致，建议认定。");
        await browser.ScreenshotAsync(agency, "journey-06-agency-inspection-tablet");
        await agency.GetByTestId("complete-inspection").ClickAsync();
        await Expect(agency).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/recognition/applications/{id}$|/inspections"));
        await agency.SetViewportSizeAsync(1440, 900);
        await OpenAsync(agency, url);
        await agency.GetByTestId("act-ProposeRecognition").ClickAsync();
        await StatusIs(agency, RecognitionStatus.Proposed);

        // 6. 省科技厅: approval, 公示.
        var admin = await browser.SignInAsync("admin");
        await OpenAsync(admin, url);
        await admin.GetByTestId("act-SubmitForApproval").ClickAsync();
        await StatusIs(admin, RecognitionStatus.Approval);
        await admin.GetByTestId("act-ApproveAndPublicise").ClickAsync();
        await StatusIs(admin, RecognitionStatus.PublicNotice);

        // 7. 社会公众: a written objection with real name on the public page (no login).
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.App.BaseUrl, Locale = "zh-CN" });
        var pub = await context.NewPageAsync();
        await pub.GotoAsync("/public/notices");
        await Expect(pub.GetByTestId("notice-list")).ToContainTextAsync(Name);
        await pub.GetByTestId("obj-target").SelectOptionAsync(new SelectOptionValue { Label = Name });
        await pub.GetByTestId("obj-name").FillAsync("王建国");
        await pub.GetByTestId("obj-contact").FillAsync("13807310000");
        await pub.GetByTestId("obj-content").FillAsync("该平台申报的驾驶模拟器数量与学校公开的设备清单不一致，请核实后再予认定。");
        await pub.GetByTestId("obj-submit").ClickAsync();
        await Expect(pub.GetByTestId("objection-result")).ToContainTextAsync("已受理");
        await browser.ScreenshotAsync(pub, "journey-07-public-objection");
        await context.CloseAsync();

        // 8. 省科技厅: the objection needs a reason to be dismissed.
        await OpenAsync(admin, url);
        var objections = admin.GetByTestId("objections");
        await Expect(objections).ToContainTextAsync("王建国");
        await objections.GetByRole(AriaRole.Button, new() { Name = "异议不成立" }).ClickAsync();
        await Expect(admin.Locator(".mud-snackbar").Filter(new() { HasText = "请填写处理意见" })).ToBeVisibleAsync();
        await BrowserFixture.Input(admin, "objection-reason").FillAsync("经核实，驾驶模拟器已于2026年购置到位，设备清单尚未更新，异议不成立。");
        await objections.GetByRole(AriaRole.Button, new() { Name = "异议不成立" }).ClickAsync();
        await Expect(objections).ToContainTextAsync("处理意见：经核实");
        await admin.GetByTestId("act-ConfirmRecognition").ClickAsync();
        await Expect(admin.GetByTestId("act-errors")).ToContainTextAsync("公示期满后方可发布");
        await browser.ScreenshotAsync(admin, "journey-08-admin-objection-dismissed");

        // 9. After the notice period (the test clock moves past it): publication, certificate number, 平台名录.
        browser.App.Clock.Offset = TimeSpan.FromDays(12);
        try
        {
            var later = await browser.SignInAsync("admin");
            await OpenAsync(later, url);
            await later.GetByTestId("act-ConfirmRecognition").ClickAsync();
            await StatusIs(later, RecognitionStatus.Recognised);
            await Expect(later.GetByTestId("certificate-number")).ToContainTextAsync("HNKJPT-");
            var number = (await later.GetByTestId("certificate-number").InnerTextAsync()).Trim();
            await browser.ScreenshotAsync(later, "journey-09-admin-published");

            await OpenAsync(later, "/platforms");
            await BrowserFixture.Input(later, "platform-search").FillAsync("智慧交通");
            await Expect(later.GetByTestId("platform-grid")).ToContainTextAsync(Name);
            await Expect(later.GetByTestId("platform-grid")).ToContainTextAsync(number);
            await browser.ScreenshotAsync(later, "journey-10-registry");
        }
        finally
        {
            browser.App.Clock.Offset = TimeSpan.Zero;
        }
    }

    private async Task<UserScope> ScopeOfAsync(string user)
    {
        var u = await browser.App.WithDbAsync(db => db.Users.AsNoTracking().FirstAsync(x => x.UserName == user));
        return u.ExpertId is int e
            ? new UserScope(user, u.DisplayName, Role.Expert, null, null, e)
            : new UserScope(user, u.DisplayName, Role.HostUnit, u.HostUnitId, null, null);
    }

    private async Task ScoreThroughPageAsync(string user, int panelId, bool reloadMidway)
    {
        var page = await browser.SignInAsync(user);
        await OpenAsync(page, "/reviews");
        await Expect(page.GetByTestId("my-reviews")).ToContainTextAsync(Name);
        await OpenAsync(page, $"/reviews/{panelId}");
        var items = DefaultTemplates.Recognition().AllItems.ToList();
        string Score(IndicatorItem i) => (Math.Round(i.MaxPoints * 0.85m * 2) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var first = reloadMidway ? 2 : 0;
        for (var k = 0; k < first; k++)
        {
            await page.GetByTestId($"score-{items[k].Code}").FillAsync(Score(items[k]));
            await page.Keyboard.PressAsync("Tab");
        }
        if (reloadMidway)
        {
            await Expect(page.GetByTestId("autosave-status")).ToContainTextAsync("已保存");
            await page.ReloadAsync();
            await BrowserFixture.WaitInteractiveAsync(page);
            await Expect(page.GetByTestId($"score-{items[0].Code}")).ToHaveValueAsync(Score(items[0]));
            await Expect(page.GetByTestId($"score-{items[1].Code}")).ToHaveValueAsync(Score(items[1]));
            await browser.ScreenshotAsync(page, "journey-04b-expert-after-reload");
        }
        foreach (var item in items.Skip(first))
        {
            await page.GetByTestId($"score-{item.Code}").FillAsync(Score(item));
            await page.Keyboard.PressAsync("Tab");
        }
        await page.GetByTestId("signature-pad").ScrollIntoViewIfNeededAsync();
        var box = (await page.GetByTestId("signature-pad").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 30, box.Y + 80);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 160, box.Y + 40, new() { Steps = 6 });
        await page.Mouse.MoveAsync(box.X + 260, box.Y + 110, new() { Steps = 6 });
        await page.Mouse.UpAsync();
        await page.GetByTestId("submit-sheet").ClickAsync();
        await Expect(page.GetByTestId("sheet-locked").Or(page.GetByTestId("sheet-problems"))).ToBeVisibleAsync();
        Assert.True(await page.GetByTestId("sheet-locked").IsVisibleAsync(),
            await page.GetByTestId("sheet-problems").IsVisibleAsync() ? await page.GetByTestId("sheet-problems").InnerTextAsync() : "未锁定");
        if (reloadMidway) await browser.ScreenshotAsync(page, "journey-04c-expert-submitted");
        await page.Context.CloseAsync();
    }
}

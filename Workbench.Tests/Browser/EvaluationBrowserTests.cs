using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workbench.App.Features.Account;
using Workbench.App.Features.Reviews;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Core.Scoring;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class EvaluationBrowserTests(BrowserFixture browser)
{
    private const string Round2026 = "2026年度考核评估";

    [Fact]
    public async Task Admin_OpensRound_ConfirmsProposedPlatform()
    {
        var page = await browser.SignInAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "考核评估" }).First.ClickAsync();
        await page.WaitForUrlPolledAsync("**/evaluation");
        await Expect(page.GetByTestId("round-table")).ToContainTextAsync(Round2026);
        await browser.ScreenshotAsync(page, "evaluation-home-admin");

        await page.GetByTestId("new-round").ClickAsync();
        await page.WaitForUrlPolledAsync("**/evaluation/rounds/new");
        await BrowserFixture.WaitInteractiveAsync(page);
        var table = page.GetByTestId("proposal-table");
        await Expect(table).ToContainTextAsync("湖南省矿产资源测试分析中心");
        await Expect(table).Not.ToContainTextAsync("湖南省电子信息产品检测服务平台");
        await browser.ScreenshotAsync(page, "evaluation-round-new");
        await page.GetByTestId("select-none").ClickAsync();
        var row = table.Locator("tr", new() { HasText = "湖南省矿产资源测试分析中心" });
        await row.Locator("input[type=checkbox]").CheckAsync();
        await page.GetByTestId("open-round").ClickAsync();
        await Expect(page.Locator(".mud-dialog").First).ToContainTextAsync("湖南省矿产资源测试分析中心：纳入定期评估");
        await browser.ScreenshotAsync(page, "evaluation-round-confirm");
        await page.GetByTestId("confirm-ok").ClickAsync();
        await page.WaitForUrlPolledAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, @"/evaluation/rounds/\d+$"));
        await Expect(page.GetByTestId("round-platforms")).ToContainTextAsync("湖南省矿产资源测试分析中心");
        await Expect(page.GetByTestId("round-platforms").Locator("tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task HostSubmitsMaterials_DepartmentConfirms()
    {
        var host = await browser.SignInAsync("host");
        await host.GotoAsync("/evaluation");
        await host.GetByRole(AriaRole.Link, new() { Name = Round2026 }).ClickAsync();
        await BrowserFixture.WaitInteractiveAsync(host);
        await Expect(host.GetByTestId("round-platforms").Locator("tbody tr")).ToHaveCountAsync(2);
        await browser.ScreenshotAsync(host, "evaluation-round-host");
        var row = host.GetByTestId("round-platforms").Locator("tr", new() { HasText = "湖南省电子信息产品检测服务平台" });
        await row.GetByRole(AriaRole.Link, new() { Name = "填报材料" }).ClickAsync();
        await host.WaitForUrlPolledAsync("**/evaluation/materials/*");
        await Expect(host.GetByTestId("self-scores")).ToBeVisibleAsync();
        await Expect(host.GetByTestId("submit-materials")).ToBeEnabledAsync();
        var url = host.Url;
        var selfInputs = host.Locator("input[data-testid^='self-']");
        await browser.ScreenshotAsync(host, "evaluation-materials-host-empty");
        var n = await selfInputs.CountAsync();
        Assert.True(n >= 14, $"自评输入框数量：{n}");
        for (var i = 0; i < n; i++) { await selfInputs.Nth(i).FillAsync("3"); await selfInputs.Nth(i).BlurAsync(); }
        await BrowserFixture.Input(host, "self-assessment").FillAsync("对照指标逐项自评：仪器设备开放共享，服务收费按第十四条执行。");
        foreach (var (id, v) in new[] { ("service-count", "120"), ("users-served", "45"), ("free-services", "80"), ("paid-services", "40"), ("paid-contracts", "8"), ("revenue", "52000") })
        {
            await BrowserFixture.Input(host, id).FillAsync(v);
            await BrowserFixture.Input(host, id).BlurAsync();
        }
        await BrowserFixture.Input(host, "annual-summary").FillAsync("2026年度完成资源更新与开放共享服务，已按期报送年度总结。");
        await BrowserFixture.Input(host, "annual-summary").BlurAsync();
        await browser.ScreenshotAsync(host, "evaluation-materials-host");
        await host.GetByTestId("submit-materials").ClickAsync();
        await Expect(host.GetByTestId("eval-status").First).ToHaveTextAsync("已提交材料");

        var dept = await browser.SignInAsync("dept");
        await dept.GotoAsync(url);
        await BrowserFixture.WaitInteractiveAsync(dept);
        await Expect(dept.GetByTestId("confirm-materials")).ToBeEnabledAsync();
        await browser.ScreenshotAsync(dept, "evaluation-materials-dept");
        await dept.GetByTestId("confirm-materials").ClickAsync();
        await Expect(dept.GetByTestId("eval-status").First).ToHaveTextAsync("主管部门已审核");
    }

    [Fact]
    public async Task Admin_PublishesGrade_ShownOnPlatformPage()
    {
        var page = await browser.SignInAsync("admin");
        await page.GotoAsync("/evaluation");
        await page.GetByRole(AriaRole.Link, new() { Name = Round2026 }).ClickAsync();
        await BrowserFixture.WaitInteractiveAsync(page);
        var grid = page.GetByTestId("round-platforms");
        var row = grid.Locator("tr", new() { HasText = "湖南省道路桥梁结构检测中心" });
        await Expect(row).ToContainTextAsync("结果公示中");
        await browser.ScreenshotAsync(page, "evaluation-round-admin");
        await row.Locator("input[type=checkbox]").CheckAsync();
        await page.GetByTestId("publish").ClickAsync();
        await Expect(page.Locator(".mud-dialog").First).ToContainTextAsync("湖南省道路桥梁结构检测中心");
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Expect(row).ToContainTextAsync("结果已公布");

        await row.GetByRole(AriaRole.Link, new() { Name = "湖南省道路桥梁结构检测中心" }).ClickAsync();
        await page.WaitForUrlPolledAsync("**/platforms/*");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "湖南省道路桥梁结构检测中心" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("2026年度考核评估结果");
        await browser.ScreenshotAsync(page, "evaluation-platform-timeline");
    }

    [Fact]
    public async Task Screens_TemplatesAssignmentRectifications()
    {
        var admin = await browser.SignInAsync("admin");
        await admin.GotoAsync("/evaluation/templates");
        await BrowserFixture.WaitInteractiveAsync(admin);
        await admin.GetByTestId("edit-PublicServices").ClickAsync();
        await Expect(admin.GetByTestId("weight-total")).ToContainTextAsync("100 / 100");
        await browser.ScreenshotAsync(admin, "evaluation-templates");
        await admin.GotoAsync("/evaluation/rectifications");
        await Expect(admin.GetByText("湖南省公共卫生检测服务中心")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(admin, "evaluation-rectifications-admin");

        var agency = await browser.SignInAsync("agency");
        await agency.GotoAsync("/evaluation");
        await agency.GetByRole(AriaRole.Link, new() { Name = Round2026 }).ClickAsync();
        await agency.GetByTestId("go-assign").ClickAsync();
        await agency.WaitForUrlPolledAsync("**/assign");
        await BrowserFixture.WaitInteractiveAsync(agency);
        await Expect(agency.GetByText("推荐").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(agency, "evaluation-assign");
    }

    /// <summary>
    /// The loop 第十六条–第十七条 end to end: agency assigns a panel (with expert1) to a platform whose materials the department confirmed;
    /// expert1 scores in the browser, reloads mid-way and finds every value, signs and submits; the other members submit (service);
    /// agency closes the panel and sees the trimmed mean of a hand calculation; admin fixes the grade, 公示 ends, publishes; the
    /// grade is on the platform page.
    /// </summary>
    [Fact]
    public async Task EvaluationLoop_AssignScoreReloadSubmitCloseNoticePublish_GradeOnPlatformPage()
    {
        var target = await browser.App.WithDbAsync(db => db.RoundPlatforms.Where(r => r.Round!.Title == Round2026 && r.PanelId == null
                && r.Status == EvaluationStatus.DepartmentReviewed && r.Platform!.Category == ResourceCategory.FacilitiesAndInstruments
                && r.Platform.HostUnit!.Name != "湖南大学")
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.RoundId, r.PlatformId, r.Platform!.Name }).FirstAsync());

        var agency = await browser.SignInAsync("agency");
        await agency.GotoAsync($"/evaluation/rounds/{target.RoundId}/assign");
        await BrowserFixture.WaitInteractiveAsync(agency);
        var paper = agency.GetByTestId($"assign-{target.Id}");
        await Expect(paper).ToContainTextAsync("推荐");
        var lead = paper.Locator("tr", new() { HasText = "张明远" }).Locator("input[type=checkbox]");
        if (!await lead.IsCheckedAsync())
        {
            await paper.Locator("tbody input[type=checkbox]:checked").Last.UncheckAsync();
            await lead.CheckAsync();
        }
        await Expect(paper).ToContainTextAsync("已选 5 人");
        await agency.GetByTestId("assign-save").ClickAsync();
        await Expect(agency.Locator(".mud-dialog").First).ToContainTextAsync(target.Name);
        await browser.ScreenshotAsync(agency, "evaluation-assign-confirm");
        await agency.GetByTestId("confirm-ok").ClickAsync();
        await Expect(agency.GetByText("专家分配已保存。")).ToBeVisibleAsync();
        var panelId = await browser.App.WithDbAsync(db => db.RoundPlatforms.Where(r => r.Id == target.Id).Select(r => r.PanelId).SingleAsync());
        Assert.NotNull(panelId);
        var members = await browser.App.WithDbAsync(db => db.PanelMembers.Where(m => m.PanelId == panelId).Select(m => new { m.ExpertId, m.Expert!.Name }).ToListAsync());
        Assert.Contains(members, m => m.Name == "张明远");

        // expert1 scores in the browser: two items, reload, every value still there, then the rest, sign, submit.
        var expert = await browser.SignInAsync("expert1");
        await expert.GotoAsync("/reviews");
        await BrowserFixture.WaitInteractiveAsync(expert);
        await expert.GetByRole(AriaRole.Row).Filter(new() { HasText = target.Name }).GetByRole(AriaRole.Link).First.ClickAsync();
        await expert.WaitForUrlPolledAsync($"**/reviews/{panelId}");
        await BrowserFixture.WaitInteractiveAsync(expert);
        await Expect(expert.GetByTestId("expert-materials")).ToContainTextAsync("服务统计");
        var template = (await ServiceAsync((ReviewService r) => r.LoadSheetAsync(As(members.Single(m => m.Name == "张明远").ExpertId), panelId!.Value)))!.Template;
        var items = template.AllItems.ToList();
        string Value(IndicatorItem it, decimal ratio) => (Math.Round(it.MaxPoints * ratio * 2) / 2).ToString("0.#", CultureInfo.InvariantCulture);
        foreach (var it in items.Take(3))
        {
            await expert.GetByTestId($"score-{it.Code}").FillAsync(Value(it, 0.8m));
            await expert.Keyboard.PressAsync("Tab");
        }
        await Expect(expert.GetByTestId("autosave-status")).ToContainTextAsync("已保存");
        await browser.ScreenshotAsync(expert, "evaluation-expert-scoring-partial");
        await expert.ReloadAsync();
        await BrowserFixture.WaitInteractiveAsync(expert);
        foreach (var it in items.Take(3)) await Expect(expert.GetByTestId($"score-{it.Code}")).ToHaveValueAsync(Value(it, 0.8m));
        foreach (var it in items.Skip(3))
        {
            await expert.GetByTestId($"score-{it.Code}").FillAsync(Value(it, 0.8m));
            await expert.Keyboard.PressAsync("Tab");
        }
        var box = (await expert.GetByTestId("signature-pad").BoundingBoxAsync())!;
        await expert.Mouse.MoveAsync(box.X + 30, box.Y + 80);
        await expert.Mouse.DownAsync();
        await expert.Mouse.MoveAsync(box.X + 120, box.Y + 40, new() { Steps = 8 });
        await expert.Mouse.MoveAsync(box.X + 220, box.Y + 110, new() { Steps = 8 });
        await expert.Mouse.UpAsync();
        await expert.GetByTestId("submit-sheet").ClickAsync();
        await Expect(expert.GetByTestId("sheet-locked")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(expert, "evaluation-expert-scoring-submitted");

        // The other four submit through the service; the hand calculation drops the highest and lowest of the five totals.
        var totals = new List<decimal> { items.Sum(it => Math.Round(it.MaxPoints * 0.8m * 2) / 2) };
        foreach (var (m, ratio) in members.Where(m => m.Name != "张明远").Zip(new[] { 0.62m, 0.74m, 0.86m, 0.93m }))
        {
            var scores = items.ToDictionary(it => it.Code, it => (decimal?)(Math.Round(it.MaxPoints * ratio * 2) / 2));
            var comments = items.ToDictionary(it => it.Code, _ => "依据经主管部门审核的服务记录评分。");
            var r = await ServiceAsync((ReviewService s) => s.SubmitAsync(As(m.ExpertId), panelId!.Value, new SheetDraft(scores, comments, "同意"), RecognitionPng));
            Assert.True(r.Ok, string.Join(";", r.Errors));
            totals.Add(scores.Values.Sum()!.Value);
        }
        var sorted = totals.Order().ToList();
        var expected = Math.Round(sorted.Skip(1).Take(3).Sum() / 3, 2, MidpointRounding.AwayFromZero);

        await agency.GotoAsync($"/evaluation/round-platforms/{target.Id}");
        await BrowserFixture.WaitInteractiveAsync(agency);
        await agency.GetByTestId("close-panel").ClickAsync();
        await Expect(agency.GetByTestId("panel-score")).ToHaveTextAsync(expected.ToString("0.00", CultureInfo.InvariantCulture));
        var grade = GradeRules.Decide(expected).Value!.Grade.Label();
        await Expect(agency.GetByTestId("proposed-grade")).ToHaveTextAsync(grade);
        await browser.ScreenshotAsync(agency, "evaluation-panel-closed");

        var admin = await browser.SignInAsync("admin");
        await admin.GotoAsync($"/evaluation/rounds/{target.RoundId}");
        await BrowserFixture.WaitInteractiveAsync(admin);
        var row = admin.GetByTestId("round-platforms").Locator("tr", new() { HasText = target.Name });
        await Expect(row).ToContainTextAsync($"建议：{grade}");
        await row.Locator("input[type=checkbox]").CheckAsync();
        await admin.GetByTestId("start-notice").ClickAsync();
        await admin.GetByTestId("confirm-ok").ClickAsync();
        await Expect(row).ToContainTextAsync("结果公示中");
        // Five working days later (公示 per the official calendar): move the notice start back instead of the clock.
        await browser.App.WithDbAsync(async db =>
        {
            var rp = await db.RoundPlatforms.SingleAsync(r => r.Id == target.Id);
            rp.NoticeStart = rp.NoticeStart!.Value.AddDays(-14);
            return await db.SaveChangesAsync();
        });
        await admin.ReloadAsync();
        await BrowserFixture.WaitInteractiveAsync(admin);
        await row.Locator("input[type=checkbox]").CheckAsync();
        await admin.GetByTestId("publish").ClickAsync();
        await admin.GetByTestId("confirm-ok").ClickAsync();
        await Expect(row).ToContainTextAsync("结果已公布");
        await browser.ScreenshotAsync(admin, "evaluation-round-published");

        await admin.GotoAsync($"/platforms/{target.PlatformId}");
        await Expect(admin.GetByTestId("timeline")).ToContainTextAsync($"2026年度考核评估结果：{grade}");
        await browser.ScreenshotAsync(admin, "evaluation-platform-grade");
    }

    private static readonly byte[] RecognitionPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];

    private static UserScope As(int expertId) => new($"expert-{expertId}", "专家", Role.Expert, null, null, expertId);

    private async Task<T> ServiceAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        using var scope = browser.App.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}

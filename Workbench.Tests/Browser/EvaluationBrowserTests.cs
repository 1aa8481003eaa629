using Microsoft.Playwright;
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
        await page.WaitForURLAsync("**/evaluation");
        await Expect(page.GetByTestId("round-table")).ToContainTextAsync(Round2026);
        await browser.ScreenshotAsync(page, "evaluation-home-admin");

        await page.GetByTestId("new-round").ClickAsync();
        await page.WaitForURLAsync("**/evaluation/rounds/new");
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
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, @"/evaluation/rounds/\d+$"));
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
        await host.WaitForURLAsync("**/evaluation/materials/*");
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
        await page.WaitForURLAsync("**/platforms/*");
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
        await agency.WaitForURLAsync("**/assign");
        await BrowserFixture.WaitInteractiveAsync(agency);
        await Expect(agency.GetByText("推荐").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(agency, "evaluation-assign");
    }
}

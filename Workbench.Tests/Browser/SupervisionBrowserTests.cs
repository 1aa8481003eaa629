using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SupervisionBrowserTests(BrowserFixture browser)
{
    private static async Task PickAsync(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = false }).First.ClickAsync();
    }

    private static async Task GoAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await BrowserFixture.WaitInteractiveAsync(page);
    }

    [Fact]
    public async Task HeadChange_HostFilesDepartmentPublicisesAndConfirms_AdminSeesItOnTimeline()
    {
        const string newHead = "欧阳明远";
        var host = await browser.SignInAsync("host");
        await GoAsync(host, "/supervision/changes/new");
        await PickAsync(host, "change-platform", "湖南省电子信息产品检测服务平台");
        await PickAsync(host, "change-kind", "平台负责人变更");
        await BrowserFixture.Input(host, "change-description").FillAsync("原平台负责人调任学校其他岗位，依托单位聘任欧阳明远教授为平台负责人。");
        await BrowserFixture.Input(host, "change-effective").FillAsync("2026-11-01");
        await BrowserFixture.Input(host, "change-effective").PressAsync("Tab");
        await BrowserFixture.Input(host, "head-name").FillAsync(newHead);
        await BrowserFixture.Input(host, "head-employer").FillAsync("长沙学院");
        await BrowserFixture.Input(host, "head-years").FillAsync("15");
        await BrowserFixture.Input(host, "head-mgmt").FillAsync("6");
        await BrowserFixture.Input(host, "head-mgmt").PressAsync("Tab");
        await browser.ScreenshotAsync(host, "host-change-new");
        await host.GetByTestId("change-submit").ClickAsync();
        await host.WaitForUrlPolledAsync(new Regex(@"/supervision/changes/\d+$"));
        var changeUrl = new Uri(host.Url).AbsolutePath;
        await Expect(host.GetByTestId("change-status")).ToHaveTextAsync("待主管部门公示");

        var dept = await browser.SignInAsync("dept");
        await GoAsync(dept, changeUrl);
        // A 公示 that began three weeks ago has run its 5 working days, so the department may conclude it today.
        var start = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Date.AddDays(-21);
        await BrowserFixture.Input(dept, "notice-start").FillAsync(start.ToString("yyyy-MM-dd"));
        await BrowserFixture.Input(dept, "notice-start").PressAsync("Enter");
        await dept.GetByTestId("notice-save").ClickAsync();
        await Expect(dept.GetByTestId("change-status")).ToHaveTextAsync("公示中");
        await BrowserFixture.Input(dept, "confirm-outcome").FillAsync("公示期内无异议");
        await dept.GetByTestId("confirm").ClickAsync();
        await Expect(dept.GetByTestId("change-status")).ToHaveTextAsync("主管部门已确认");
        await browser.ScreenshotAsync(dept, "dept-change-confirmed");
        var platformHref = await dept.GetByRole(AriaRole.Link, new() { Name = "查看平台" }).GetAttributeAsync("href");

        var admin = await browser.SignInAsync("admin");
        await GoAsync(admin, platformHref!);
        await Expect(admin.GetByTestId("timeline")).ToContainTextAsync("平台负责人变更（经主管部门公示确认，第十八条）");
        await Expect(admin.GetByTestId("timeline")).ToContainTextAsync(newHead);
        await browser.ScreenshotAsync(admin, "admin-platform-timeline-head-change");
    }

    [Fact]
    public async Task SupervisionPages_EachRole_RenderAndScreenshots()
    {
        var host = await browser.SignInAsync("host");
        await GoAsync(host, "/supervision");
        await Expect(host.GetByTestId("hub-summaries")).ToBeVisibleAsync();
        await Expect(host.GetByTestId("hub-complaints")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync(host, "sup-host-hub");
        await GoAsync(host, "/supervision/summaries");
        await Expect(host.GetByTestId("summary-grid").Locator("tbody tr")).ToHaveCountAsync(2);
        await browser.ScreenshotAsync(host, "sup-host-summaries");
        await host.GetByTestId("summary-grid").Locator("tbody tr").First.ClickAsync();
        await host.WaitForUrlPolledAsync(new Regex(@"/supervision/summaries/\d+/\d+$"));
        await Expect(host.GetByTestId("summary-status-text")).ToContainTextAsync("第十五条");
        await browser.ScreenshotAsync(host, "sup-host-summary-detail");
        await GoAsync(host, "/supervision/services");
        await Expect(host.GetByTestId("service-warning").First).ToContainTextAsync("第十四条");
        await browser.ScreenshotAsync(host, "sup-host-services");
        await GoAsync(host, "/supervision/services/new");
        await PickAsync(host, "service-purpose", "经营性活动");
        await BrowserFixture.Input(host, "service-fee").FillAsync("9000");
        await BrowserFixture.Input(host, "service-cost").FillAsync("8000");
        await BrowserFixture.Input(host, "service-cost").PressAsync("Tab");
        await Expect(host.GetByTestId("service-form-warnings")).ToContainTextAsync("高于服务成本");
        await Expect(host.GetByTestId("service-form-warnings")).ToContainTextAsync("有偿服务合同");
        await browser.ScreenshotAsync(host, "sup-host-service-new");

        var dept = await browser.SignInAsync("dept");
        await GoAsync(dept, "/supervision/summaries");
        await Expect(dept.GetByTestId("summary-grid").Locator("tbody tr").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(dept, "sup-dept-summaries");
        await GoAsync(dept, "/supervision/services");
        await browser.ScreenshotAsync(dept, "sup-dept-services");

        var admin = await browser.SignInAsync("admin");
        await GoAsync(admin, "/supervision");
        await browser.ScreenshotAsync(admin, "sup-admin-hub");
        await GoAsync(admin, "/supervision/summaries");
        await PickAsync(admin, "summary-year", "2024年度");
        await PickAsync(admin, "summary-status", "逾期未提交");
        await Expect(admin.GetByTestId("summary-grid")).ToContainTextAsync("逾期未提交");
        await Expect(admin.GetByTestId("summary-grid")).Not.ToContainTextAsync("按时提交");
        await admin.GetByTestId("summary-remind").ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Dialog)).ToContainTextAsync("个平台");
        await browser.ScreenshotAsync(admin, "sup-admin-summaries-remind");
        await admin.GetByRole(AriaRole.Button, new() { Name = "发送提醒" }).ClickAsync();
        await Expect(admin.Locator(".mud-snackbar").First).ToContainTextAsync("提醒");

        await GoAsync(admin, "/supervision/complaints");
        await Expect(admin.GetByTestId("complaint-grid").Locator("tbody tr")).Not.ToHaveCountAsync(0);
        await browser.ScreenshotAsync(admin, "sup-admin-complaints");
        await GoAsync(admin, "/supervision/integrity");
        await Expect(admin.GetByTestId("integrity-grid")).ToContainTextAsync("弄虚作假");
        await browser.ScreenshotAsync(admin, "sup-admin-integrity");
        await GoAsync(admin, "/supervision/integrity/new");
        await admin.GetByTestId("integrity-serious").ClickAsync();
        await Expect(admin.GetByTestId("integrity-consequences")).ToContainTextAsync("撤销省资源平台资格");
        await browser.ScreenshotAsync(admin, "sup-admin-integrity-new");
        await GoAsync(admin, "/supervision/shortlist");
        await Expect(admin.GetByTestId("shortlist-grid").Locator("tbody tr").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(admin, "sup-admin-shortlist");
        await GoAsync(admin, "/supervision/outbox");
        await Expect(admin.GetByTestId("outbox-mode")).ToContainTextAsync("未开启");
        await browser.ScreenshotAsync(admin, "sup-admin-outbox");
        await GoAsync(admin, "/supervision/services");
        await browser.ScreenshotAsync(admin, "sup-admin-services");
    }

    [Fact]
    public async Task Complaint_AdminAssignsInvestigatesResponds_PublicTrackingShowsResponse()
    {
        var pub = await browser.Browser.NewPageAsync(new() { BaseURL = browser.App.BaseUrl, Locale = "zh-CN" });
        await pub.GotoAsync("/public/complaints");
        await pub.GetByLabel("真实姓名").FillAsync("欧阳建华");
        await pub.GetByLabel("联系电话").FillAsync("13973199876");
        await pub.GetByLabel("投诉内容").FillAsync("平台公布的仪器设备长期无法预约，电话无人接听，请督促整改。");
        await pub.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await browser.ScreenshotAsync(pub, "sup-public-complaint-submitted");
        await Expect(pub.GetByTestId("complaint-number")).ToBeVisibleAsync();
        var number = Regex.Match(await pub.GetByTestId("complaint-number").InnerTextAsync(), @"TS-\d{4}-\d{6}").Value;
        Assert.NotEmpty(number);

        var admin = await browser.SignInAsync("admin");
        await GoAsync(admin, "/supervision/complaints");
        await admin.GetByTestId("complaint-grid").GetByText(number).ClickAsync();
        await admin.WaitForUrlPolledAsync(new Regex(@"/supervision/complaints/\d+$"));
        await BrowserFixture.WaitInteractiveAsync(admin);
        await Expect(admin.GetByTestId("complaint-close")).ToBeDisabledAsync();
        await Expect(admin.GetByTestId("complaint-respond")).ToBeDisabledAsync();
        await BrowserFixture.Input(admin, "complaint-assign-to").FillAsync("湖南省科技评估中心");
        await BrowserFixture.Input(admin, "complaint-assign-to").PressAsync("Escape");
        await admin.GetByTestId("complaint-assign").ClickAsync();
        await Expect(admin.GetByTestId("complaint-status")).ToHaveTextAsync("已分办");
        await BrowserFixture.Input(admin, "complaint-investigate-text").FillAsync("已约谈平台负责人，核实预约系统故障属实。");
        await admin.GetByTestId("complaint-investigate").ClickAsync();
        await Expect(admin.GetByTestId("complaint-status")).ToHaveTextAsync("调查核实中");
        await BrowserFixture.Input(admin, "complaint-respond-text").FillAsync("经核查，预约系统故障属实，已责令平台限期修复并恢复电话值守。");
        await admin.GetByTestId("complaint-respond").ClickAsync();
        await Expect(admin.GetByTestId("complaint-status")).ToHaveTextAsync("已答复");
        await Expect(admin.GetByTestId("complaint-close")).ToBeEnabledAsync();
        await browser.ScreenshotAsync(admin, "sup-admin-complaint-detail");

        await pub.GotoAsync("/public/complaints/track");
        await pub.GetByLabel("投诉编号").FillAsync(number);
        await pub.GetByLabel("联系电话").FillAsync("13973199876");
        await pub.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(pub.GetByText("已责令平台限期修复")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(pub, "sup-public-track-response");
    }
}

/// <summary>第十八条: a falsification found on site reaches the admin as an inbox link that opens the integrity form
/// prefilled from the inspection record.</summary>
[Collection(BrowserCollection.Name)]
public class IntegrityPrefillBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task IntegrityForm_FromInspectionLink_OpensPrefilledForTheUnit()
    {
        // A stopped application of its own (the seeded one under inspection is other tests' to use).
        var (appId, unit) = await browser.App.WithDbAsync(async db =>
        {
            var source = await db.RecognitionApplications.AsNoTracking().Include(a => a.HostUnit)
                .FirstAsync(a => a.Name.Contains("先进材料"));
            var copy = await db.RecognitionApplications.AsNoTracking().FirstAsync(a => a.Id == source.Id);
            copy.Id = 0;
            copy.Name = "湖南省先进材料测试分析中心（考察不予通过）";
            copy.Status = Workbench.Core.Recognition.RecognitionStatus.Rejected;
            db.RecognitionApplications.Add(copy);
            await db.SaveChangesAsync();
            db.SiteInspections.Add(new Workbench.App.Data.Entities.SiteInspection
            {
                ApplicationId = copy.Id, InspectedOn = new DateOnly(2026, 11, 20), Participants = "张明远、李晓红", Completed = true,
                CompletedAt = DateTimeOffset.UtcNow, FalsifiedFound = true, FalsifiedDetail = "申报的3台透射电镜中2台为租借设备，现场无法提供购置凭证。",
            });
            await db.SaveChangesAsync();
            return (copy.Id, source.HostUnit!.Name);
        });
        var page = await browser.SignInAsync("admin");
        await page.GotoAsync($"/supervision/integrity/new?application={appId}");
        await BrowserFixture.WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("integrity-prefilled")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("integrity-unit")).ToContainTextAsync(unit);
        Assert.Contains("2台为租借设备", await BrowserFixture.Input(page, "integrity-facts").InputValueAsync());
        Assert.Equal("2026-11-20", await BrowserFixture.Input(page, "integrity-found").InputValueAsync());
        await browser.ScreenshotAsync(page, "admin-integrity-prefilled");
    }
}

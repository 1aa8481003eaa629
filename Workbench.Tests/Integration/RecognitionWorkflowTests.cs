using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Recognition;
using Workbench.App.Features.Reviews;
using Workbench.Core;
using Workbench.Core.Recognition;
using Workbench.Core.Scoring;
using Workbench.Tests.Support;

namespace Workbench.Tests.Integration;

/// <summary>Recognition steps and scoping on the seeded demo data, through the real services and pages.</summary>
public class RecognitionWorkflowTests(WorkbenchFactory factory) : IClassFixture<WorkbenchFactory>
{
    private async Task<T> With<T>(Func<RecognitionService, ReviewService, Task<T>> work)
    {
        using var scope = factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<RecognitionService>(), scope.ServiceProvider.GetRequiredService<ReviewService>());
    }

    private Task<RecognitionApplication> App(string nameContains) =>
        factory.WithDbAsync(db => db.RecognitionApplications.AsNoTracking().FirstAsync(a => a.Name.Contains(nameContains)));

    private Task<int> DeptId(string name) => factory.WithDbAsync(db => db.Departments.Where(d => d.Name == name).Select(d => d.Id).FirstAsync());

    private static UserScope As(Role role, int? host = null, int? dept = null, int? expert = null) => new("t-" + role, "测试" + role.Label(), role, host, dept, expert);

    [Fact]
    public async Task DepartmentAct_OtherDepartmentsApplication_NotFoundAndUnchanged()
    {
        var app = await App("城市农业"); // 长沙市科学技术局's unit, in 主管部门审核
        var other = As(Role.Department, dept: await DeptId("湖南省教育厅"));
        var r = await With((svc, _) => svc.ActAsync(other, app.Id, RecognitionAction.Recommend, null));
        Assert.False(r.Ok);
        Assert.Equal(["未找到或无权查看该申请。"], r.Errors);
        Assert.Equal(RecognitionStatus.DepartmentReview, (await App("城市农业")).Status);
        var own = As(Role.Department, dept: await DeptId("长沙市科学技术局"));
        Assert.NotNull(await With((svc, _) => svc.GetAsync(own, app.Id)));
        Assert.Null(await With((svc, _) => svc.GetAsync(other, app.Id)));
    }

    [Fact]
    public async Task Submit_IncompleteDraft_ListsWhatIsMissingInChinese()
    {
        var app = await App("智能制造"); // draft: condition 1 statements only, no files
        var host = As(Role.HostUnit, host: app.HostUnitId);
        var r = await With((svc, _) => svc.ActAsync(host, app.Id, RecognitionAction.Submit, null));
        Assert.False(r.Ok);
        Assert.Contains("缺少《湖南省科技资源共享服务平台运行管理方案》（第八条(二)1）。", r.Errors);
        Assert.Contains(r.Errors, e => e.StartsWith("基本条件2.1", StringComparison.Ordinal) && e.Contains("未填写情况说明"));
        Assert.Equal(RecognitionStatus.Draft, (await App("智能制造")).Status);
    }

    [Fact]
    public async Task Return_WithoutReason_Refused()
    {
        var app = await App("产品质量检验"); // 形式审查
        var r = await With((svc, _) => svc.ActAsync(As(Role.Agency), app.Id, RecognitionAction.Return, "  "));
        Assert.False(r.Ok);
        Assert.Contains("须填写理由", r.Errors[0]);
    }

    [Fact]
    public async Task CreatePanel_ExpertFromHostUnitOrEvenSize_RefusedWithReasons()
    {
        var app = await App("智能制造"); // host 长沙学院; the pool has 许丽萍 of 长沙学院
        var (same, others) = await factory.WithDbAsync(async db => (
            await db.Experts.Where(e => e.HostUnitId == app.HostUnitId).Select(e => e.Id).FirstAsync(),
            await db.Experts.Where(e => e.HostUnitId != app.HostUnitId).OrderBy(e => e.Id).Select(e => e.Id).Take(6).ToListAsync()));
        var conflicted = await With((_, rev) => rev.CreatePanelAsync(As(Role.Agency),
            new NewPanel(PanelKind.Recognition, 9001, "测试", app.HostUnitId, DefaultTemplates.Recognition(), [same, .. others.Take(4)])));
        Assert.False(conflicted.Ok);
        Assert.Contains(conflicted.Errors, e => e.Contains("与依托单位同单位") && e.Contains("不能选派"));
        var even = await With((_, rev) => rev.CreatePanelAsync(As(Role.Agency),
            new NewPanel(PanelKind.Recognition, 9002, "测试", app.HostUnitId, DefaultTemplates.Recognition(), others, Deadline: new DateOnly(2027, 1, 15))));
        Assert.Equal(["认定专家论证专家组人数应为单数（5、7名），当前为6名（第八条(二)2）。"], even.Errors);
        var byExpert = await With((_, rev) => rev.CreatePanelAsync(As(Role.Expert, expert: others[0]),
            new NewPanel(PanelKind.Recognition, 9003, "测试", app.HostUnitId, DefaultTemplates.Recognition(), others.Take(5).ToList())));
        Assert.False(byExpert.Ok);
    }

    [Fact]
    public async Task ExpertSheet_NotOnPanel_NothingReturnedAndNoSave()
    {
        var app = await App("岩土"); // panel expert1..5
        var expert7 = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "expert7").Select(u => u.ExpertId!.Value).FirstAsync());
        var outsider = As(Role.Expert, expert: expert7);
        Assert.Null(await With((_, rev) => rev.LoadSheetAsync(outsider, app.PanelId!.Value)));
        var save = await With((_, rev) => rev.AutosaveAsync(outsider, app.PanelId!.Value, new SheetDraft(new Dictionary<string, decimal?> { ["R1.1"] = 10 }, new Dictionary<string, string>(), null)));
        Assert.False(save.Ok);
        Assert.DoesNotContain(await With((_, rev) => rev.MyPanelsAsync(outsider)), p => p.PanelId == app.PanelId);
    }

    [Fact]
    public async Task ScoringPage_UnassignedExpertByUrl_ShowsNotFoundNotTheSubject()
    {
        var app = await App("岩土");
        var client = factory.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(client, "expert7");
        var html = await client.GetStringAsync($"/reviews/{app.PanelId}");
        Assert.Contains("未找到该评审任务", html);
        Assert.DoesNotContain("湖南省岩土工程科学数据中心", html);
        var mine = factory.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(mine, "expert1");
        Assert.Contains("湖南省岩土工程科学数据中心", await mine.GetStringAsync($"/reviews/{app.PanelId}"));
    }

    [Fact]
    public async Task Progress_DraftSheets_TotalHiddenAndAggregateFromSubmittedOnly()
    {
        var app = await App("岩土");
        var view = await With((_, rev) => rev.ProgressAsync(As(Role.Agency), app.PanelId!.Value));
        Assert.NotNull(view);
        Assert.Equal(2, view.Submitted);
        Assert.All(view.Members.Where(m => m.State != ReviewStates.Submitted), m => Assert.Null(m.Total));
        Assert.Equal(2, view.Aggregate!.ValidSheets);
        Assert.Null(await With((_, rev) => rev.ProgressAsync(As(Role.Expert, expert: 1), app.PanelId!.Value)));
        var close = await With((_, rev) => rev.ClosePanelAsync(As(Role.Agency), app.PanelId!.Value));
        Assert.False(close.Ok);
        Assert.Contains("尚有专家未提交评分表", close.Errors[0]);
    }

    [Fact]
    public async Task Publication_AfterNoticePeriod_CreatesRecognisedPlatformWithCertificate()
    {
        var app = await App("发酵资源"); // 公示 started 14 days ago
        var admin = As(Role.Admin);
        var r = await With((svc, _) => svc.ActAsync(admin, app.Id, RecognitionAction.ConfirmRecognition, null));
        Assert.True(r.Ok, string.Join("；", r.Errors));
        var after = await App("发酵资源");
        Assert.Equal(RecognitionStatus.Recognised, after.Status);
        var platform = await factory.WithDbAsync(db => db.Platforms.Include(p => p.Events).FirstAsync(p => p.Id == after.PlatformId));
        Assert.Equal(Workbench.Core.Platforms.PlatformStatus.Recognised, platform.Status);
        Assert.Matches(@"^HNKJPT-\d{4}-\d{4}$", platform.CertificateNumber);
        Assert.Equal("邓丽芳", platform.Head.Name);
        Assert.Contains(platform.Events, e => e.Title == "认定为省资源平台并授牌");
        var notYet = await App("农业气象"); // 公示 started today
        var early = await With((svc, _) => svc.ActAsync(admin, notYet.Id, RecognitionAction.ConfirmRecognition, null));
        Assert.False(early.Ok);
        Assert.Contains("公示期满后方可发布", early.Errors[0]);
    }

    [Fact]
    public async Task Objection_InvalidContact_RefusedAndPendingObjectionBlocksPublication()
    {
        var app = await App("农业气象");
        var bad = await With((svc, _) => svc.SubmitObjectionAsync(app.Id, "张三", "abc", "申报材料中所列的气象观测站数量与实际不符，请核实。", "127.0.0.1"));
        Assert.Contains(bad.Errors, e => e.Contains("联系方式"));
        var good = await With((svc, _) => svc.SubmitObjectionAsync(app.Id, "张三", "13812345678", "申报材料中所列的气象观测站数量与实际不符，请核实。", "127.0.0.1"));
        Assert.True(good.Ok, string.Join("；", good.Errors));
        var detail = await With((svc, _) => svc.GetAsync(As(Role.Admin), app.Id));
        Assert.Single(detail!.Objections, o => o.Status == ObjectionStatus.Pending);
    }
}

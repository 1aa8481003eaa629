using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Supervision;
using Workbench.App.Features.Supervision.Changes;
using Workbench.App.Features.Supervision.Integrity;
using Workbench.Core;
using Workbench.Core.Integrity;
using Workbench.Core.Recognition;
using Workbench.Tests.Support;

namespace Workbench.Tests.Supervision;

public class SupervisionServiceTests
{
    private static InboxWriter Writer(TestDb t) => new(t.Factory, t.Clock, Options.Create(new SmtpOptions()), NullLogger<InboxWriter>.Instance);

    [Fact]
    public async Task MajorChange_HeadChange_UpdatesPlatformOnlyAfterDepartmentConfirms()
    {
        await using var t = await TestDb.CreateAsync();
        var (unitId, platformId) = await t.AddPlatformAsync();
        int deptId; string unitName;
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            var u = await db.HostUnits.SingleAsync(x => x.Id == unitId);
            deptId = u.CompetentDepartmentId; unitName = u.Name;
        }
        var svc = new MajorChangeService(t.Factory, t.Clock, Writer(t));
        var host = new UserScope("host", "陈静", Role.HostUnit, unitId, null, null);
        var dept = new UserScope("dept", "刘敏", Role.Department, null, deptId, null);
        var filed = await svc.FileAsync(host, new MajorChangeInput
        {
            PlatformId = platformId, Kind = MajorChangeKind.HeadChange, Description = "原负责人退休，聘任新负责人。", EffectiveOn = new DateTime(2026, 11, 1),
            NewHeadName = "李卫东", NewHeadEmployer = unitName, NewHeadEmployment = EmploymentKind.FormalInService, NewHeadTitle = ProfessionalTitle.Senior,
            NewHeadYearsInField = 12, NewHeadManagementYears = 6,
        });
        Assert.True(filed.Ok, string.Join("", filed.Errors));
        async Task<(string Head, int Events)> Platform()
        {
            await using var db = await t.Factory.CreateDbContextAsync();
            var p = await db.Platforms.Include(x => x.Events).SingleAsync(x => x.Id == platformId);
            return (p.Head.Name, p.Events.Count(e => e.Kind == PlatformEventKind.MajorChange));
        }
        Assert.Equal(("陈静", 0), await Platform());
        var c = (await svc.GetAsync(dept, filed.Id))!.Value.Change;
        Assert.True((await svc.StartNoticeAsync(dept, filed.Id, new DateTime(2026, 11, 16), c.Version)).Ok);
        Assert.Equal(("陈静", 0), await Platform());
        c = (await svc.GetAsync(dept, filed.Id))!.Value.Change;
        var confirmed = await svc.ConfirmAsync(dept, filed.Id, "公示期内无异议", c.Version);
        Assert.True(confirmed.Ok, string.Join("", confirmed.Errors));
        Assert.Equal(("李卫东", 1), await Platform());
    }

    [Fact]
    public async Task MajorChange_HeadNotFormalStaff_RefusedByCore()
    {
        await using var t = await TestDb.CreateAsync();
        var (unitId, platformId) = await t.AddPlatformAsync();
        var svc = new MajorChangeService(t.Factory, t.Clock, Writer(t));
        var r = await svc.FileAsync(new UserScope("host", "陈静", Role.HostUnit, unitId, null, null), new MajorChangeInput
        {
            PlatformId = platformId, Kind = MajorChangeKind.HeadChange, Description = "聘任外单位兼职人员为负责人。", EffectiveOn = new DateTime(2026, 11, 1),
            NewHeadName = "王五", NewHeadEmployer = "某公司", NewHeadEmployment = EmploymentKind.PartTime, NewHeadTitle = ProfessionalTitle.Senior,
            NewHeadYearsInField = 12, NewHeadManagementYears = 6,
        });
        Assert.False(r.Ok);
        Assert.Contains(r.Errors, e => e.Contains("第八条(三)"));
    }

    [Fact]
    public async Task Integrity_Finding_MakesMayApplyFailCitingArticle()
    {
        await using var t = await TestDb.CreateAsync();
        var (unitId, _) = await t.AddPlatformAsync();
        var svc = new IntegrityService(t.Factory, t.Clock, null!);
        var today = new DateOnly(2026, 11, 29);
        Assert.True((await svc.MayApplyAsync(unitId, today)).Passed);
        var r = await svc.RecordAsync(new UserScope("admin", "王建国", Role.Admin, null, null, null), new IntegrityInput
        {
            HostUnitId = unitId, Kind = MisconductKind.Fraud, FoundOn = new DateTime(2026, 9, 1), Facts = "评估材料虚报服务用户数量，经核查属实。",
        });
        Assert.True(r.Ok, string.Join("", r.Errors));
        var check = await svc.MayApplyAsync(unitId, today);
        Assert.False(check.Passed);
        Assert.Contains("第十八条", check.Problems[0]);
    }

    [Fact]
    public async Task Inbox_SameReasonTwice_SentOnce()
    {
        await using var t = await TestDb.CreateAsync();
        var w = Writer(t);
        var note = new InboxNote("host", "请提交年度总结", "截止2026年2月28日（第十五条）。", null, "summary-Missing:2025:1");
        Assert.Equal(1, await w.SendAsync([note]));
        Assert.Equal(0, await w.SendAsync([note]));
        await using var db = await t.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.InboxMessages.CountAsync());
    }
}

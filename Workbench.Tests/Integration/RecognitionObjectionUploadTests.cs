using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workbench.App.Data.Entities;
using Workbench.App.Data.Seed;
using Workbench.App.Features.Account;
using Workbench.App.Features.Recognition;
using Workbench.App.Infrastructure;
using Workbench.Core;
using Workbench.Core.Recognition;
using Workbench.Tests.Support;

namespace Workbench.Tests.Integration;

/// <summary>公示 objections (第八条(二)3), uploads (type by content, size, entitlement) and the 第十八条 stop on site, on the seeded demo data.</summary>
public class RecognitionObjectionUploadTests(WorkbenchFactory factory) : IClassFixture<WorkbenchFactory>
{
    private const string Objection = "申报材料中所列的仪器设备数量与实际情况不符，请组织核实后再作决定。";

    private async Task<T> With<T>(Func<RecognitionService, Task<T>> work)
    {
        using var scope = factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<RecognitionService>());
    }

    private Task<RecognitionApplication> App(string nameContains) =>
        factory.WithDbAsync(db => db.RecognitionApplications.AsNoTracking().FirstAsync(a => a.Name.Contains(nameContains)));

    private static UserScope As(Role role, int? host = null, int? expert = null) => new("t-" + role, "测试" + role.Label(), role, host, null, expert);

    private static readonly UserScope Admin = As(Role.Admin);

    [Fact]
    public async Task Objection_Dismissed_NeedsReason_AndEveryObjectionHandledBeforePublication()
    {
        var app = await App("农业气象"); // 公示 started today
        var submitted = await With(s => s.SubmitObjectionAsync(app.Id, "王小明", "13912345678", Objection, "10.0.0.1"));
        Assert.True(submitted.Ok, string.Join("；", submitted.Errors));
        factory.Clock.Offset = TimeSpan.FromDays(12); // past the 5 working days
        try
        {
            var late = await With(s => s.SubmitObjectionAsync(app.Id, "李四", "13912345678", Objection, "10.0.0.2"));
            Assert.Contains("该平台不在公示期内，不再受理异议。", late.Errors);

            var pending = await With(s => s.ActAsync(Admin, app.Id, RecognitionAction.ConfirmRecognition, null));
            Assert.False(pending.Ok);
            Assert.Contains("公示期间收到的异议尚未处理完毕（第八条(二)3）。", pending.Errors);

            var noReason = await With(s => s.ResolveObjectionAsync(Admin, submitted.Id, upheld: false, "  "));
            Assert.Equal(["请填写处理意见。"], noReason.Errors);
            Assert.Equal(ObjectionStatus.Pending, (await factory.WithDbAsync(db => db.NoticeObjections.SingleAsync(o => o.Id == submitted.Id))).Status);

            var dismissed = await With(s => s.ResolveObjectionAsync(Admin, submitted.Id, upheld: false, "经现场复核，仪器设备数量与申报一致，异议不成立。"));
            Assert.True(dismissed.Ok, string.Join("；", dismissed.Errors));
            var published = await With(s => s.ActAsync(Admin, app.Id, RecognitionAction.ConfirmRecognition, null));
            Assert.True(published.Ok, string.Join("；", published.Errors));
            Assert.Equal(RecognitionStatus.Recognised, (await App("农业气象")).Status);
        }
        finally
        {
            factory.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Objection_Upheld_PublicationRefused_AndApplicationEndsRejected()
    {
        var app = await App("发酵资源"); // 公示 over: an objection received in time, still to be handled
        var objectionId = await factory.WithDbAsync(async db =>
        {
            var o = new NoticeObjection { ApplicationId = app.Id, Name = "赵六", Contact = "0731-88881234", Content = Objection, SubmittedAt = DateTimeOffset.UtcNow.AddDays(-10), Status = ObjectionStatus.Pending };
            db.NoticeObjections.Add(o);
            db.AuditAction = "受理公示异议";
            await db.SaveChangesAsync();
            return o.Id;
        });
        var byAgency = await With(s => s.ResolveObjectionAsync(As(Role.Agency), objectionId, upheld: true, "核实属实"));
        Assert.Equal(["公示异议由省科技厅处理。"], byAgency.Errors);
        var upheld = await With(s => s.ResolveObjectionAsync(Admin, objectionId, upheld: true, "经核实，部分菌种保藏数量与申报不符，异议成立。"));
        Assert.True(upheld.Ok, string.Join("；", upheld.Errors));

        var publish = await With(s => s.ActAsync(Admin, app.Id, RecognitionAction.ConfirmRecognition, null));
        Assert.False(publish.Ok);
        Assert.Contains("有异议经核实成立，应作“异议成立，不予认定”处理（第八条(二)3）。", publish.Errors);
        var noReason = await With(s => s.ActAsync(Admin, app.Id, RecognitionAction.Reject, null));
        Assert.False(noReason.Ok);
        var rejected = await With(s => s.ActAsync(Admin, app.Id, RecognitionAction.Reject, "公示期间异议经核实成立，不予认定。"));
        Assert.True(rejected.Ok, string.Join("；", rejected.Errors));
        var after = await App("发酵资源");
        Assert.Equal(RecognitionStatus.Rejected, after.Status);
        Assert.Null(after.PlatformId);
        Assert.False(await factory.WithDbAsync(db => db.Platforms.AnyAsync(p => p.Name == app.Name)));
    }

    [Fact]
    public async Task Upload_WrongTypeByContentOrTooLarge_RefusedAndNothingStored()
    {
        var app = await App("智能制造"); // the host's draft
        var host = As(Role.HostUnit, host: app.HostUnitId);
        var before = await factory.WithDbAsync(db => db.ApplicationFiles.CountAsync(f => f.ApplicationId == app.Id));

        using var html = new MemoryStream("<html><script>alert(1)</script></html>"u8.ToArray());
        var disguised = await With(s => s.UploadAsync(host, app.Id, FileKind.OperationPlan, null, html, "运行管理方案.pdf"));
        Assert.False(disguised.Ok);
        Assert.Contains("按文件内容检查", disguised.Errors[0]);

        var big = new byte[FileStore.MaxBytes + 1];
        "%PDF-1.4"u8.CopyTo(big);
        using var large = new MemoryStream(big);
        var tooLarge = await With(s => s.UploadAsync(host, app.Id, FileKind.OperationPlan, null, large, "运行管理方案.pdf"));
        Assert.Equal(["文件“运行管理方案.pdf”超过20 MB，请压缩或拆分后再上传。"], tooLarge.Errors);

        using var png = new MemoryStream(DemoFiles.Png());
        var photoByHost = await With(s => s.UploadAsync(host, app.Id, FileKind.InspectionPhoto, null, png, "照片.png"));
        Assert.False(photoByHost.Ok);
        Assert.Equal(before, await factory.WithDbAsync(db => db.ApplicationFiles.CountAsync(f => f.ApplicationId == app.Id)));
    }

    [Fact]
    public async Task Upload_RealPdf_StoredOutsideWwwroot_DownloadOnlyForEntitled()
    {
        var app = await App("智能制造");
        using var pdf = new MemoryStream(DemoFiles.Pdf("运行管理方案", ["测试"]));
        var r = await With(s => s.UploadAsync(As(Role.HostUnit, host: app.HostUnitId), app.Id, FileKind.OperationPlan, null, pdf, "运行管理方案.pdf"));
        Assert.True(r.Ok, string.Join("；", r.Errors));
        var f = await factory.WithDbAsync(db => db.ApplicationFiles.SingleAsync(x => x.Id == r.Id));
        Assert.Equal("application/pdf", f.ContentType);
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "uploads", f.StoredName)));
        Assert.DoesNotContain("wwwroot", factory.Services.GetRequiredService<FileStore>().Folder, StringComparison.Ordinal);

        var host = factory.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(host, "host");
        var ok = await host.GetAsync($"/files/{f.Id}");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await ok.Content.ReadAsByteArrayAsync())[..5], StringComparison.Ordinal);

        var expert = factory.CreateBrowserlessClient(); // not on any panel for this draft
        await WorkbenchFactory.LoginAsync(expert, "expert1");
        Assert.Equal(HttpStatusCode.NotFound, (await expert.GetAsync($"/files/{f.Id}")).StatusCode);
        var anonymous = factory.CreateBrowserlessClient();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/files/{f.Id}")).StatusCode);
    }

    [Fact]
    public async Task Download_SeededAttachment_OnlyPanelExpertsAndOwnHost()
    {
        var app = await App("岩土"); // 长沙理工大学, panel expert1..expert5
        var fileId = await factory.WithDbAsync(db => db.ApplicationFiles.Where(f => f.ApplicationId == app.Id && f.Kind == FileKind.OperationPlan).Select(f => f.Id).FirstAsync());
        async Task<HttpStatusCode> As(string user)
        {
            var c = factory.CreateBrowserlessClient();
            await WorkbenchFactory.LoginAsync(c, user);
            return (await c.GetAsync($"/files/{fileId}")).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await As("expert1"));
        Assert.Equal(HttpStatusCode.OK, await As("agency"));
        Assert.Equal(HttpStatusCode.NotFound, await As("expert7"));
        Assert.Equal(HttpStatusCode.NotFound, await As("host")); // 长沙学院: another unit's application
    }

    [Fact]
    public async Task Seed_EveryAttachment_HasARealFileBehindIt()
    {
        var files = await factory.WithDbAsync(db => db.ApplicationFiles.AsNoTracking().ToListAsync());
        Assert.Contains(files, f => f.Kind == FileKind.InspectionPhoto);
        var store = factory.Services.GetRequiredService<FileStore>();
        foreach (var f in files)
        {
            var bytes = await File.ReadAllBytesAsync(store.PathOf(f.StoredName));
            Assert.Equal(f.Size, bytes.Length);
            Assert.Equal(f.ContentType, UploadTypes.Sniff(bytes.AsSpan(0, 16), f.FileName));
        }
    }

    [Fact]
    public async Task Inspection_FalsifiedMaterial_NeedsDetail_StopsApplication_NoProposal()
    {
        var app = await App("先进材料"); // 现场考察
        var agency = As(Role.Agency);
        var m = (await With(s => s.LoadInspectionAsync(agency, app.Id)))!;
        m.Participants = "张明远、李晓红（专家）；周婷（第三方机构）";
        m.Items = m.Items.Select(i => i with { Verdict = InspectionVerdicts.Conforms }).ToList();
        m.FalsifiedFound = true;
        var noDetail = await With(s => s.SaveInspectionAsync(agency, app.Id, m, complete: true));
        Assert.Contains("认定弄虚作假须写明发现的具体情况（第十八条）。", noDetail.Errors);
        Assert.Equal(RecognitionStatus.OnSiteInspection, (await App("先进材料")).Status);

        m.FalsifiedDetail = "申报的3台透射电镜中2台为租借设备，现场无法提供购置凭证。";
        var done = await With(s => s.SaveInspectionAsync(agency, app.Id, m, complete: true));
        Assert.True(done.Ok, string.Join("；", done.Errors));
        var after = await App("先进材料");
        Assert.Equal(RecognitionStatus.Rejected, after.Status);
        Assert.Contains("弄虚作假", after.LastReason);
        Assert.Contains("第十八条", after.LastReason);
        var propose = await With(s => s.ActAsync(agency, app.Id, RecognitionAction.ProposeRecognition, null));
        Assert.False(propose.Ok);
        var history = await factory.WithDbAsync(db => db.ApplicationHistory.Where(h => h.ApplicationId == app.Id).Select(h => h.Action).ToListAsync());
        Assert.Contains("现场考察认定弄虚作假，不予通过", history);

        // 第十八条: the determination is the 省科技厅's — every admin is told, with a link to the prefilled form.
        var note = await factory.WithDbAsync(db => db.InboxMessages.SingleAsync(n => n.UserName == "admin" && n.ReasonKey == $"inspection-fraud-{app.Id}"));
        Assert.Equal($"/supervision/integrity/new?application={app.Id}", note.Link);
        Assert.Contains("2台为租借设备", note.Body);
        using var scope = factory.Services.CreateScope();
        var integrity = scope.ServiceProvider.GetRequiredService<Workbench.App.Features.Supervision.Integrity.IntegrityService>();
        var pre = await integrity.FromInspectionAsync(As(Role.Admin), app.Id);
        Assert.NotNull(pre);
        Assert.Equal(after.HostUnitId, pre.HostUnitId);
        Assert.Equal(Workbench.Core.Integrity.MisconductKind.Fraud, pre.Kind);
        Assert.Contains("申报材料弄虚作假：申报的3台透射电镜中2台为租借设备", pre.Facts);
        Assert.Null(await integrity.FromInspectionAsync(agency, app.Id));   // only the 省科技厅 determines
    }
}

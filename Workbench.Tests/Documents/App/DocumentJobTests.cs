using System.IO.Compression;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Documents;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Platforms;
using Workbench.Tests.Support;

namespace Workbench.Tests.Documents.App;

/// <summary>The background queue in the running app: progress, cancel, owner-only download, real batch certificates.</summary>
public class DocumentJobTests(WorkbenchFactory app) : IClassFixture<WorkbenchFactory>
{
    private static readonly UserScope Admin = new("admin", "省科技厅管理员", Role.Admin, null, null, null);
    private DocumentJobQueue Queue => app.Services.GetRequiredService<DocumentJobQueue>();

    private static async Task<DocumentJob> WaitAsync(DocumentJob job, Func<DocumentJob, bool> until, int seconds = 60)
    {
        var end = DateTime.UtcNow.AddSeconds(seconds);
        while (!until(job) && DateTime.UtcNow < end) await Task.Delay(50);
        Assert.True(until(job), $"job still {job.Status} {job.Done}/{job.Total}");
        return job;
    }

    private Task<DocumentJob> Steps(string owner, int steps, int delayMs) => Queue.EnqueueAsync(owner, "测试任务", "测试.txt", "text/plain", async (ctx, ct) =>
    {
        ctx.SetTotal(steps);
        await using var f = File.CreateText(ctx.ResultPath);
        for (var i = 1; i <= steps; i++)
        {
            await Task.Delay(delayMs, ct);
            await f.WriteLineAsync($"第{i}步");
            ctx.Report(i);
        }
    });

    [Fact]
    public async Task Job_SmallCount_ProgressReachesTotal()
    {
        var job = await WaitAsync(await Steps("admin", 5, 10), j => !j.IsActive);
        Assert.Equal(DocumentJobStatus.Completed, job.Status);
        Assert.Equal(5, job.Done);
        Assert.Equal(100, job.Percent);
        Assert.True(File.Exists(job.ResultPath));
    }

    [Fact]
    public async Task Job_Running_ProgressReachesItsRowAboutOnceASecond()
    {
        var job = await WaitAsync(await Steps("admin", 40, 100), j => j.Done >= 25);
        var row = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.DocumentJobs.Where(r => r.Id == job.Id)));
        Assert.Equal(DocumentJobStatus.Running, row.State);
        Assert.Equal(40, row.Total);
        Assert.InRange(row.Done, 1, job.Done);
        await WaitAsync(job, j => !j.IsActive);
        var done = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.DocumentJobs.Where(r => r.Id == job.Id)));
        Assert.Equal((DocumentJobStatus.Completed, 40), (done.State, done.Done));
    }

    [Fact]
    public async Task Job_Cancelled_StopsBeforeTotalAndLeavesNoFile()
    {
        var job = await WaitAsync(await Steps("admin", 200, 50), j => j.Done >= 2);
        Assert.True(await Queue.CancelAsync(job.Id, "admin"));
        await WaitAsync(job, j => !j.IsActive);
        Assert.Equal(DocumentJobStatus.Cancelled, job.Status);
        Assert.InRange(job.Done, 2, 199);
        Assert.Null(await Queue.DownloadAsync(job.Id, "admin"));
        Assert.Empty(Directory.EnumerateFiles(Queue.Folder, $"{job.Id:N}*"));
    }

    [Fact]
    public async Task Job_OtherUser_CannotSeeCancelOrDownload()
    {
        var job = await WaitAsync(await Steps("admin", 2, 10), j => !j.IsActive);
        Assert.False(await Queue.CancelAsync(job.Id, "dept"));
        Assert.Null(await Queue.FindAsync(job.Id, "dept"));
        Assert.DoesNotContain(await Queue.JobsOfAsync("dept"), j => j.Id == job.Id);

        var dept = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(dept, "dept");
        Assert.Equal(HttpStatusCode.NotFound, (await dept.GetAsync($"/documents/jobs/{job.Id}/download")).StatusCode);
        var admin = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(admin, "admin");
        var ok = await admin.GetAsync($"/documents/jobs/{job.Id}/download");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("第2步", await ok.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BatchCertificates_OnePdf_OnePagePerPrintablePlatform()
    {
        var filter = new PlatformQuery(Category: ResourceCategory.BiologicalAndMaterials);
        var job = await CertificateBatch.StartAsync(Queue, Admin, filter, "生物种质和实验材料", "http://localhost", zip: false, new DateOnly(2026, 11, 29));
        await WaitAsync(job, j => !j.IsActive, 120);
        Assert.Equal(DocumentJobStatus.Completed, job.Status);
        Assert.Equal(job.Total, job.Done);
        var pdf = await File.ReadAllBytesAsync(job.ResultPath!);
        DocumentFixture.Save("app-batch.pdf", pdf);
        var pages = DocumentFixture.PageTexts(pdf);
        Assert.Equal(job.Total, pages.Count);
        Assert.Contains(pages, p => p.Replace(" ", "").Contains("湖南省茶树种质资源库"));
        Assert.DoesNotContain(pages, p => p.Replace(" ", "").Contains("湘西药用植物"));   // revoked: never printed
    }

    [Fact]
    public async Task BatchCertificates_Zip_OnePdfEachForTheHostsOwnPlatforms()
    {
        var host = new UserScope("host", "长沙学院", Role.HostUnit, await HostUnitId(), null, null);
        var job = await CertificateBatch.StartAsync(Queue, host, new PlatformQuery(), "全部平台", "http://localhost", zip: true, new DateOnly(2026, 11, 29));
        await WaitAsync(job, j => !j.IsActive, 120);
        Assert.Equal(DocumentJobStatus.Completed, job.Status);
        using var zip = ZipFile.OpenRead(job.ResultPath!);
        Assert.Equal(2, zip.Entries.Count);
        Assert.Contains(zip.Entries, e => e.Name == "HNKJPT-2022-0001_湖南省电子信息产品检测服务平台.pdf");
    }

    private Task<int> HostUnitId() => app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
        .SingleAsync(db.HostUnits.Where(u => u.Name == "长沙学院").Select(u => u.Id)));
}

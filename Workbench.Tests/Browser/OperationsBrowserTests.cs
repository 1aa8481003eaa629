using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Documents;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class OperationsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Admin_BacksUpNow_SeesTheArchiveListedAndDownloadsIt()
    {
        var page = await browser.SignInAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "备份与恢复" }).ClickAsync();
        await page.WaitForUrlPolledAsync("**/admin/backups");
        await BrowserFixture.WaitInteractiveAsync(page);
        await page.GetByTestId("backup-start").ClickAsync();
        await Expect(page.GetByTestId("backup-result")).ToContainTextAsync("备份完成", new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("backup-list")).ToContainTextAsync("workbench-backup-");
        await browser.ScreenshotAsync(page, "admin-backups");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("backup-download").First.ClickAsync());
        Assert.StartsWith("workbench-backup-", download.SuggestedFilename);
        using var zip = ZipFile.OpenRead((await download.PathAsync())!);
        Assert.Contains(zip.Entries, e => e.FullName == "manifest.json");
        Assert.Contains(zip.Entries, e => e.FullName == "database/workbench.db");
    }

    [Fact]
    public async Task Host_SeesAnInterruptedBatch_AndRegeneratesIt()
    {
        var id = Guid.NewGuid();
        await browser.App.WithDbAsync(async db =>
        {
            var unit = await db.HostUnits.Where(u => u.Name == "长沙学院").Select(u => u.Id).SingleAsync();
            var scope = new UserScope("host", "长沙学院", Role.HostUnit, unit, null, null);
            var now = DateTimeOffset.UtcNow;
            db.DocumentJobs.Add(new DocumentJobRecord
            {
                Id = id, Kind = "certificates", Owner = "host", Title = "批量打印认定证书（全部平台，每个平台一个 PDF 打包为 ZIP）",
                FileName = "认定证书_20261203.zip", ContentType = "application/zip", State = DocumentJobStatus.Interrupted,
                Total = 2, Done = 1, Message = "服务重启时任务被中断，未完成的文件已删除，可重新生成。", CreatedAt = now, FinishedAt = now,
                ExpiresAt = now.AddHours(1),
                Parameters = DocumentJobParameters.Write(scope, new CertificateBatch.Args(new PlatformQuery(), "http://localhost", Zip: true)),
            });
            return await db.SaveChangesAsync();
        });

        var page = await browser.SignInAsync("host");
        await page.GotoAsync("/reports");
        await BrowserFixture.WaitInteractiveAsync(page);
        var job = page.Locator($"[data-testid=batch-job][data-status=Interrupted]");
        await Expect(job).ToContainTextAsync("已中断");
        await browser.ScreenshotAsync(page, "reports-batch-interrupted");
        await job.GetByTestId("batch-rerun").ClickAsync();
        var done = page.Locator("[data-testid=batch-job][data-status=Completed]").Filter(new() { HasText = "全部平台，每个平台一个 PDF" });
        await Expect(done.GetByTestId("batch-download")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Expect(page.Locator("[data-testid=batch-job][data-status=Interrupted]")).ToHaveCountAsync(0);
        var download = await page.RunAndWaitForDownloadAsync(() => done.GetByTestId("batch-download").First.ClickAsync());
        // One PDF per printable platform of the host (other browser tests may have added one to the shared app).
        var count = (await done.GetByTestId("batch-count").InnerTextAsync()).Split(' ', 4);
        Assert.Equal(count[0], count[2]);
        using var zip = ZipFile.OpenRead((await download.PathAsync())!);
        Assert.Equal(int.Parse(count[2]), zip.Entries.Count);
        Assert.InRange(zip.Entries.Count, 2, 10);
        Assert.All(zip.Entries, e => Assert.EndsWith(".pdf", e.Name));
        await browser.ScreenshotAsync(page, "reports-batch-regenerated");
    }
}

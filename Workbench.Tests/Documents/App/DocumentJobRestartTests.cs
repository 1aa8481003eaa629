using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Documents;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Platforms;
using Workbench.Tests.Support;

namespace Workbench.Tests.Documents.App;

/// <summary>A job the process was running when it stopped (kill -9): the next start shows it 已中断, deletes its partial
/// file and strays, and 重新生成 runs it again from its stored parameters.</summary>
public class DocumentJobRestartTests
{
    private static readonly UserScope Admin = new("admin", "省科技厅管理员", Role.Admin, null, null, null);

    /// <summary>The app on a data folder the test owns, so a second start finds what the first left.</summary>
    private sealed class FolderFactory(string folder) : WorkbenchFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Workbench:DataFolder", folder);
            builder.UseSetting("ConnectionStrings:Workbench", $"Data Source={Path.Combine(folder, "workbench.db")};Pooling=False");
        }
    }

    [Fact]
    public async Task Job_RunningWhenTheAppStopped_IsInterruptedAtStart_FilesGone_RerunProducesTheResult()
    {
        var folder = Path.Combine(Path.GetTempPath(), "workbench-tests", Guid.NewGuid().ToString("N"));
        var id = Guid.NewGuid();
        string partial, stray;
        try
        {
            await using (var first = new FolderFactory(folder))
            {
                var queue = first.Services.GetRequiredService<DocumentJobQueue>();
                var now = DateTimeOffset.UtcNow;
                var parameters = DocumentJobParameters.Write(Admin,
                    new CertificateBatch.Args(new PlatformQuery(Category: ResourceCategory.BiologicalAndMaterials), "http://localhost", Zip: false));
                await first.WithDbAsync(db =>
                {
                    db.DocumentJobs.Add(new DocumentJobRecord
                    {
                        Id = id, Kind = "certificates", Owner = "admin", Title = "批量打印认定证书（生物种质和实验材料，合并为一个 PDF）",
                        FileName = "认定证书_20261129.pdf", ContentType = "application/pdf", State = DocumentJobStatus.Running,
                        Total = 6, Done = 2, Parameters = parameters, CreatedAt = now.AddMinutes(-2), ExpiresAt = now.AddMinutes(58),
                    });
                    return db.SaveChangesAsync();
                });
                partial = Path.Combine(queue.Folder, $"{id:N}.pdf");
                stray = Path.Combine(queue.Folder, $"{Guid.NewGuid():N}.zip");
                await File.WriteAllTextAsync(partial, "%PDF-1.7 half written");
                await File.WriteAllTextAsync(stray, "PK half written");
            }

            await using var second = new FolderFactory(folder);
            var restarted = second.Services.GetRequiredService<DocumentJobQueue>();
            var interrupted = Assert.Single(await restarted.JobsOfAsync("admin"), j => j.Id == id);
            Assert.Equal(DocumentJobStatus.Interrupted, interrupted.Status);
            Assert.Equal("已中断", interrupted.Status.Label());
            Assert.True(interrupted.CanRerun);
            Assert.False(File.Exists(partial));
            Assert.False(File.Exists(stray));
            Assert.Null(await restarted.DownloadAsync(id, "admin"));

            var dept = new UserScope("dept", "长沙市科学技术局", Role.Department, null, 1, null);
            Assert.Null(await restarted.RerunAsync(id, dept));   // not theirs

            var again = Assert.IsType<DocumentJob>(await restarted.RerunAsync(id, Admin));
            var end = DateTime.UtcNow.AddSeconds(120);
            while (again.IsActive && DateTime.UtcNow < end) await Task.Delay(50);
            Assert.Equal(DocumentJobStatus.Completed, again.Status);
            Assert.Equal(again.Total, again.Done);
            var download = Assert.IsType<DocumentJob>(await restarted.DownloadAsync(again.Id, "admin"));
            var pages = DocumentFixture.PageTexts(await File.ReadAllBytesAsync(download.ResultPath!));
            Assert.Equal(again.Total, pages.Count);
            Assert.Contains(pages, p => p.Replace(" ", "").Contains("湖南省茶树种质资源库"));
            var listed = await restarted.JobsOfAsync("admin");
            Assert.DoesNotContain(listed, j => j.Id == id);
            Assert.Contains(listed, j => j.Id == again.Id && j.Title == interrupted.Title);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

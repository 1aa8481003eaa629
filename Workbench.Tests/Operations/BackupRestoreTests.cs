using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workbench.App.Data;
using Workbench.App.Data.Audit;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Operations;
using Workbench.App.Infrastructure;
using Workbench.Tests.Support;

namespace Workbench.Tests.Operations;

/// <summary>Backup of the running app (seeded SQLite file, uploads, keys) while rows are written, restore into a fresh
/// folder, and archives that were tampered with. SQLite only (VACUUM INTO): not in the namespaces ./test.sh runs again on
/// PostgreSQL, where the database is backed up with pg_dump (README).</summary>
public class BackupRestoreTests(WorkbenchFactory app) : IClassFixture<WorkbenchFactory>, IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "workbench-tests", "backup-" + Guid.NewGuid().ToString("N"));
    private BackupService Backups => app.Services.GetRequiredService<BackupService>();
    private string LiveDatabase => Path.Combine(app.DataFolder, "workbench.db");

    [Fact]
    public async Task Backup_WhileRowsAreWritten_RestoresIntoAFreshFolderWithEveryRowFileAndTheChainIntact()
    {
        await app.Services.GetRequiredService<FileStore>().WriteAsync("backup-probe.pdf", "%PDF-1.7 备份探针"u8.ToArray());
        var committed = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() => WriteDepartmentsAsync(committed, stop.Token));
        while (committed.Count < 5) await Task.Delay(10);

        var before = committed.ToArray();
        var file = await Backups.CreateAsync(Path.Combine(work, "archives"));
        var during = committed.Count - before.Length;
        await stop.CancelAsync();
        await writer;
        Assert.True(during > 0, "the writer committed nothing while the backup ran");

        var fresh = Path.Combine(work, "restored");
        var report = await BackupRestore.RestoreAsync(Path.Combine(work, "archives", file.Name), fresh, Path.Combine(fresh, "workbench.db"));
        Assert.True(report.Ok, string.Join("\n", report.Lines));
        Assert.Contains(report.Lines, l => l.Contains("哈希链完整"));

        // Rows: the snapshot is one consistent state. Tables nobody wrote are identical; those appended to while it ran —
        // by the writer, and by the app's own reminder worker, whose first run can land after the snapshot on a loaded
        // machine — hold only rows the live database has, including every row committed before the backup began.
        var live = await RowsAsync(LiveDatabase);
        var restored = await RowsAsync(Path.Combine(fresh, "workbench.db"));
        Assert.Equal(live.Keys.Order(), restored.Keys.Order());
        foreach (var (table, rows) in restored)
        {
            if (table is "Departments" or "AuditEntries" or "InboxMessages" or "DataProtectionKeys") Assert.Subset(live[table], rows);
            else Assert.Equal(live[table], rows);
        }
        foreach (var name in before) Assert.Contains(restored["Departments"], r => r.Contains(name, StringComparison.Ordinal));

        // The chain verifies, and it is the live chain up to the head the manifest names.
        var manifest = await ManifestAsync(Path.Combine(work, "archives", file.Name));
        await using (var db = Open(Path.Combine(fresh, "workbench.db")))
        {
            var chain = await AuditChain.VerifyAsync(db);
            Assert.True(chain.Intact);
            Assert.Equal((manifest.AuditEntries, manifest.AuditHeadHash), (chain.Checked, chain.HeadHash));
        }
        await using (var db = Open(LiveDatabase))
        {
            var liveHead = await db.AuditEntries.OrderBy(a => a.Id).Skip((int)manifest.AuditEntries - 1).Select(a => a.Hash).FirstAsync();
            Assert.Equal(manifest.AuditHeadHash, liveHead);
        }

        // Files: uploads (and a keys folder left by versions before keys moved into the database) byte for byte.
        foreach (var sub in new[] { "uploads", "keys" })
        {
            if (sub == "keys" && !Directory.Exists(Path.Combine(app.DataFolder, sub))) continue;
            var liveFiles = Directory.GetFiles(Path.Combine(app.DataFolder, sub)).Select(Path.GetFileName).Order().ToList();
            Assert.NotEmpty(liveFiles);
            Assert.Equal(liveFiles, Directory.GetFiles(Path.Combine(fresh, sub)).Select(Path.GetFileName).Order().ToList());
            foreach (var name in liveFiles)
                Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(app.DataFolder, sub, name!)), await File.ReadAllBytesAsync(Path.Combine(fresh, sub, name!)));
        }
    }

    [Fact]
    public async Task Restore_AFileChangedInTheArchive_IsRefusedAndWritesNothing()
    {
        var archive = await BackupCopyAsync();
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Update))
        {
            var name = zip.Entries.First(e => e.FullName.StartsWith("uploads/", StringComparison.Ordinal)).FullName;
            zip.GetEntry(name)!.Delete();
            await using var s = await zip.CreateEntry(name).OpenAsync();
            await s.WriteAsync("%PDF-1.7 被替换的附件"u8.ToArray());
        }
        var fresh = Path.Combine(work, "tampered-file");
        var report = await BackupRestore.RestoreAsync(archive, fresh, Path.Combine(fresh, "workbench.db"));
        Assert.False(report.Ok);
        Assert.Contains(report.Lines, l => l.Contains("SHA-256 校验不符") && l.Contains("uploads/"));
        Assert.Contains("未恢复任何数据。", report.Lines);
        Assert.Empty(Directory.Exists(fresh) ? Directory.EnumerateFileSystemEntries(fresh) : []);
    }

    [Fact]
    public async Task Restore_AnAuditRowEditedAndTheManifestRehashed_IsRefusedByTheChain()
    {
        var archive = await BackupCopyAsync();
        var db = Path.Combine(work, "edited.db");
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Update))
        {
            zip.GetEntry(BackupManifest.DatabaseEntry)!.ExtractToFile(db);
            await using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
            {
                await c.OpenAsync();
                await using var cmd = c.CreateCommand();
                cmd.CommandText = "UPDATE AuditEntries SET Summary = '名称：改过的记录' WHERE Id = 3";
                Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
            }
            var bytes = await File.ReadAllBytesAsync(db);
            zip.GetEntry(BackupManifest.DatabaseEntry)!.Delete();
            await using (var s = await zip.CreateEntry(BackupManifest.DatabaseEntry).OpenAsync()) await s.WriteAsync(bytes);
            var manifest = await ManifestAsync(zip);
            var files = manifest.Files.Select(f => f.Path == BackupManifest.DatabaseEntry
                ? f with { Size = bytes.Length, Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)) } : f).ToList();
            zip.GetEntry(BackupManifest.EntryName)!.Delete();
            await using (var s = await zip.CreateEntry(BackupManifest.EntryName).OpenAsync())
                await JsonSerializer.SerializeAsync(s, manifest with { Files = files }, BackupService.Json);
        }
        var fresh = Path.Combine(work, "tampered-chain");
        var report = await BackupRestore.RestoreAsync(archive, fresh, Path.Combine(fresh, "workbench.db"));
        Assert.False(report.Ok);
        Assert.Contains(report.Lines, l => l.Contains("审计哈希链校验失败") && l.Contains("第 3 号记录"));
        Assert.False(File.Exists(Path.Combine(fresh, "workbench.db")));
    }

    [Fact]
    public async Task Restore_IntoAFolderWithData_IsRefused()
    {
        var archive = await BackupCopyAsync();
        var report = await BackupRestore.RestoreAsync(archive, app.DataFolder, LiveDatabase);
        Assert.False(report.Ok);
        Assert.Contains(report.Lines, l => l.Contains("不是空的"));
    }

    [Fact]
    public void Prune_ArchivesOlderThanKeepDays_AreDeletedButTheNewestStays()
    {
        Directory.CreateDirectory(Backups.Folder);
        var now = DateTime.UtcNow;
        string Make(string stamp, int daysOld)
        {
            var path = Path.Combine(Backups.Folder, $"{BackupService.Prefix}{stamp}.zip");
            File.WriteAllText(path, "zip");
            File.SetLastWriteTimeUtc(path, now.AddDays(-daysOld));
            return path;
        }
        var oldest = Make("20200101-020000", 40);
        var old = Make("20200102-020000", 20);
        var recent = Make("20200103-020000", 1);
        Assert.True(Backups.Prune() >= 2);
        Assert.Equal((false, false, true), (File.Exists(oldest), File.Exists(old), File.Exists(recent)));
        File.SetLastWriteTimeUtc(recent, now.AddDays(-30));
        Backups.Prune();
        Assert.True(File.Exists(recent));   // the newest archive is kept however old it is
        File.Delete(recent);
    }

    private async Task<string> BackupCopyAsync()
    {
        var folder = Path.Combine(work, "copies", Guid.NewGuid().ToString("N"));
        var file = await Backups.CreateAsync(folder);
        return Path.Combine(folder, file.Name);
    }

    private async Task WriteDepartmentsAsync(ConcurrentQueue<string> committed, CancellationToken stop)
    {
        var factory = app.Services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
            var name = $"并发写入的主管部门{i:D4}";
            db.Departments.Add(new CompetentDepartment { Name = name, Kind = DepartmentKind.City, Region = "长沙市" });
            await db.SaveChangesAsync(CancellationToken.None);
            committed.Enqueue(name);
        }
    }

    private static WorkbenchDbContext Open(string file) =>
        new(new DbContextOptionsBuilder<WorkbenchDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options);

    /// <summary>Every table's rows as text (one value separator, blobs as hex).</summary>
    private static async Task<Dictionary<string, HashSet<string>>> RowsAsync(string file)
    {
        await using var c = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await c.OpenAsync();
        var tables = new List<string>();
        await using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) tables.Add(r.GetString(0));
        }
        var result = new Dictionary<string, HashSet<string>>();
        foreach (var t in tables)
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{t}\"";
            await using var r = await cmd.ExecuteReaderAsync();
            var rows = new HashSet<string>();
            while (await r.ReadAsync())
                rows.Add(string.Join('\u001f', Enumerable.Range(0, r.FieldCount).Select(i => r.GetValue(i) switch
                {
                    byte[] b => Convert.ToHexString(b),
                    DBNull => "∅",
                    var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
                })));
            result[t] = rows;
        }
        return result;
    }

    private static async Task<BackupManifest> ManifestAsync(string archive)
    {
        using var zip = ZipFile.OpenRead(archive);
        return await ManifestAsync(zip);
    }

    private static async Task<BackupManifest> ManifestAsync(ZipArchive zip)
    {
        await using var s = await zip.GetEntry(BackupManifest.EntryName)!.OpenAsync();
        return (await JsonSerializer.DeserializeAsync<BackupManifest>(s, BackupService.Json))!;
    }

    public void Dispose()
    {
        try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Audit;

namespace Workbench.App.Features.Operations;

/// <summary>What a restore did or why it refused, line by line in Chinese.</summary>
public sealed record RestoreReport(bool Ok, IReadOnlyList<string> Lines);

/// <summary>
/// Restores an archive made by <see cref="BackupService"/> into an EMPTY data folder only: every file is unpacked to a
/// staging folder and checked against the manifest's SHA-256 and size (nothing missing, nothing extra), the database's
/// integrity and its audit chain are verified (intact, same entry count and head hash as at backup time); only then are
/// the files moved into place. Anything wrong: nothing is written and the report says why.
/// </summary>
public static class BackupRestore
{
    private static readonly string[] Roots = ["database/", "uploads/", "keys/"];

    public static async Task<RestoreReport> RestoreAsync(string archive, string dataFolder, string databaseFile, CancellationToken ct = default)
    {
        var lines = new List<string>();
        RestoreReport Refuse(string why) { lines.Add(why); lines.Add("未恢复任何数据。"); return new(false, lines); }

        if (!File.Exists(archive)) return Refuse($"找不到备份文件：{archive}");
        if (NotEmpty(dataFolder, databaseFile) is { } found)
            return Refuse($"数据目录 {dataFolder} 不是空的（已有 {found}）。恢复只能写入空的数据目录，以免覆盖现有数据：请换一个新目录，或先把现有目录移走。");

        var staging = Path.Combine(dataFolder, $".restore-{Guid.NewGuid():N}");
        try
        {
            using var zip = ZipFile.OpenRead(archive);
            if (await ReadManifestAsync(zip, ct) is not { } manifest) return Refuse("这不是 Workbench 备份文件：缺少或无法读取 manifest.json。");
            lines.Add($"备份时间：{manifest.CreatedAt.ToOffset(Infrastructure.ChinaTime.Offset):yyyy-MM-dd HH:mm:ss}（北京时间），应用版本 {manifest.AppVersion}，数据库 {manifest.Provider}。");

            var listed = manifest.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            var extra = zip.Entries.Select(e => e.FullName).Where(n => n != BackupManifest.EntryName && !listed.Contains(n)).ToList();
            if (extra.Count > 0) return Refuse($"备份中有清单未列出的文件：{string.Join("、", extra.Take(5))}。备份可能被篡改。");
            foreach (var f in manifest.Files)
            {
                if (!Roots.Any(r => f.Path.StartsWith(r, StringComparison.Ordinal)) || f.Path.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(f.Path))
                    return Refuse($"清单中的路径不合法：{f.Path}。");
                if (zip.GetEntry(f.Path) is not { } entry) return Refuse($"备份缺少文件：{f.Path}。备份不完整或被篡改。");
                var (size, sha) = await ExtractAsync(entry, Path.Combine(staging, f.Path), ct);
                if (size != f.Size || sha != f.Sha256)
                    return Refuse($"文件 {f.Path} 的 SHA-256 校验不符（清单 {f.Sha256[..12]}…，实际 {sha[..12]}…）：备份已损坏或被篡改。");
            }
            lines.Add($"已校验 {manifest.Files.Count} 个文件的 SHA-256，全部一致。");

            var hasDatabase = listed.Contains(BackupManifest.DatabaseEntry);
            if (hasDatabase)
            {
                var problem = await VerifyDatabaseAsync(Path.Combine(staging, BackupManifest.DatabaseEntry), manifest, lines, ct);
                if (problem is not null) return Refuse(problem);
            }

            MoveIntoPlace(staging, dataFolder, databaseFile, hasDatabase);
            var uploads = manifest.Files.Count(f => f.Path.StartsWith("uploads/", StringComparison.Ordinal));
            var keys = manifest.Files.Count(f => f.Path.StartsWith("keys/", StringComparison.Ordinal));
            lines.Add($"已恢复到 {dataFolder}：{(hasDatabase ? "数据库、" : "")}{uploads} 个上传文件、{keys} 个密钥文件。");
            if (!hasDatabase)
                lines.Add("该备份来自 PostgreSQL，不含数据库：请用 pg_restore 恢复同一时间的数据库转储（见 README“备份与恢复”）。");
            return new(true, lines);
        }
        catch (InvalidDataException)
        {
            return Refuse("备份文件已损坏，无法作为 ZIP 打开。");
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>What makes the folder non-empty (a file outside backups/), or null.</summary>
    private static string? NotEmpty(string dataFolder, string databaseFile)
    {
        if (File.Exists(databaseFile)) return Path.GetFileName(databaseFile);
        if (!Directory.Exists(dataFolder)) return null;
        var backups = Path.Combine(dataFolder, "backups") + Path.DirectorySeparatorChar;
        var file = Directory.EnumerateFiles(dataFolder, "*", SearchOption.AllDirectories).FirstOrDefault(f => !f.StartsWith(backups, StringComparison.Ordinal));
        return file is null ? null : Path.GetRelativePath(dataFolder, file);
    }

    private static async Task<BackupManifest?> ReadManifestAsync(ZipArchive zip, CancellationToken ct)
    {
        if (zip.GetEntry(BackupManifest.EntryName) is not { } entry) return null;
        try
        {
            await using var s = await entry.OpenAsync(ct);
            return await JsonSerializer.DeserializeAsync<BackupManifest>(s, BackupService.Json, ct);
        }
        catch (JsonException) { return null; }
    }

    private static async Task<(long Size, string Sha)> ExtractAsync(ZipArchiveEntry entry, string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var source = await entry.OpenAsync(ct);
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        return await BackupService.CopyHashedAsync(source, target, ct);
    }

    /// <summary>SQLite integrity check, then the audit chain: intact, and the same count and head as the manifest says.</summary>
    private static async Task<string?> VerifyDatabaseAsync(string file, BackupManifest manifest, List<string> lines, CancellationToken ct)
    {
        var connection = $"Data Source={file};Pooling=False";
        await using (var c = new SqliteConnection(connection))
        {
            await c.OpenAsync(ct);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA integrity_check";
            if (await cmd.ExecuteScalarAsync(ct) as string != "ok") return "数据库文件未通过 SQLite 完整性检查：备份已损坏。";
        }
        await using var db = new WorkbenchDbContext(new DbContextOptionsBuilder<WorkbenchDbContext>().UseSqlite(connection).Options);
        var chain = await AuditChain.VerifyAsync(db, ct);
        if (!chain.Intact)
            return $"审计哈希链校验失败：{chain.Checked} 条记录中发现 {chain.Broken.Count} 处异常（第 {chain.Broken[0].Id} 号记录：{chain.Broken[0].Problem}）。";
        if (chain.Checked != manifest.AuditEntries || chain.HeadHash != manifest.AuditHeadHash)
            return $"审计记录与备份清单不符：清单 {manifest.AuditEntries} 条、链头 {manifest.AuditHeadHash[..12]}…，数据库 {chain.Checked} 条、链头 {chain.HeadHash[..12]}…。";
        lines.Add($"数据库完整性检查通过；审计记录 {chain.Checked} 条，哈希链完整，链头 {chain.HeadHash[..16]}… 与清单一致。");
        return null;
    }

    private static void MoveIntoPlace(string staging, string dataFolder, string databaseFile, bool hasDatabase)
    {
        if (hasDatabase)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databaseFile))!);
            File.Move(Path.Combine(staging, BackupManifest.DatabaseEntry), databaseFile);
        }
        foreach (var sub in new[] { "uploads", "keys" })
        {
            var from = Path.Combine(staging, sub);
            if (!Directory.Exists(from)) continue;
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(dataFolder, sub, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Move(file, to);
            }
        }
    }
}

using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workbench.App.Data;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Operations;

/// <summary>
/// Online backup into one zip: a consistent SQLite snapshot (<c>VACUUM INTO</c>, safe under concurrent writes, unlike
/// copying the WAL'd file), the uploads and data-protection keys folders, and manifest.json (SHA-256 per file, app
/// version, provider, audit head hash and entry count of the snapshot). On PostgreSQL the archive holds the files and keys
/// only; the database is dumped with pg_dump (README). One backup at a time, from the admin page, the daily schedule or
/// the command line.
/// </summary>
public sealed class BackupService(IServiceScopeFactory scopes, IOptions<WorkbenchOptions> workbench, IOptions<BackupOptions> options,
    IWebHostEnvironment env, TimeProvider clock, ILogger<BackupService> logger)
{
    public const string Prefix = "workbench-backup-";
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile BackupStatus _status = BackupStatus.Idle;

    public BackupStatus Status => _status;
    public BackupOptions Options => options.Value;
    public string DataFolder => workbench.Value.ResolveDataFolder(env.ContentRootPath);

    public string Folder => string.IsNullOrWhiteSpace(options.Value.Folder)
        ? Path.Combine(DataFolder, "backups")
        : Path.GetFullPath(Path.IsPathRooted(options.Value.Folder) ? options.Value.Folder : Path.Combine(env.ContentRootPath, options.Value.Folder));

    public static string AppVersion =>
        typeof(BackupService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Starts a backup off the caller (the admin page polls <see cref="Status"/>); false while one runs.</summary>
    public bool TryStartNow()
    {
        if (!_gate.Wait(0)) return false;
        _status = _status with { Running = true, Percent = 0, Stage = "准备中", Error = null };
        _ = Task.Run(async () =>
        {
            try { await CreateCoreAsync(Folder, CancellationToken.None); }
            catch (Exception ex) { logger.LogError(ex, "备份失败"); }
            finally { _gate.Release(); }
        });
        return true;
    }

    /// <summary>Makes one archive in <paramref name="folder"/> (default <see cref="Folder"/>), waiting for a running one.</summary>
    public async Task<BackupFile> CreateAsync(string? folder = null, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try { return await CreateCoreAsync(folder ?? Folder, ct); }
        finally { _gate.Release(); }
    }

    private async Task<BackupFile> CreateCoreAsync(string folder, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var name = $"{Prefix}{now.ToChina():yyyyMMdd-HHmmss}.zip";
        var target = Path.Combine(folder, name);
        var partial = target + ".partial";
        var snapshot = Path.Combine(DataFolder, "temp", $"backup-{Guid.NewGuid():N}.db");
        try
        {
            Directory.CreateDirectory(folder);
            Directory.CreateDirectory(Path.GetDirectoryName(snapshot)!);
            Report(2, "正在生成数据库快照");
            var (provider, head, entries) = await SnapshotAsync(snapshot, ct);
            var sources = new List<(string Entry, string File)>();
            if (provider == "Sqlite") sources.Add((BackupManifest.DatabaseEntry, snapshot));
            sources.AddRange(FilesUnder("uploads"));
            sources.AddRange(FilesUnder("keys"));
            var total = Math.Max(1, sources.Sum(s => new FileInfo(s.File).Length));
            long written = 0;
            var files = new List<BackupManifestFile>();
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            await using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                foreach (var (entry, file) in sources)
                {
                    Report(5 + (int)(90 * written / total), $"正在写入 {entry}");
                    files.Add(await AddAsync(zip, entry, file, ct));
                    written += files[^1].Size;
                }
                var manifest = new BackupManifest(1, "Workbench", AppVersion, now, provider, head, entries, files);
                var m = zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal);
                await using var ms = await m.OpenAsync(ct);
                await JsonSerializer.SerializeAsync(ms, manifest, Json, ct);
            }
            File.Move(partial, target, overwrite: true);
            var result = new BackupFile(name, new FileInfo(target).Length, now);
            _status = new BackupStatus(false, 100, "已完成", null, result);
            logger.LogInformation("备份完成：{Path}（{Size} 字节，{Files} 个文件，审计记录 {Entries} 条）", target, result.Size, files.Count, entries);
            return result;
        }
        catch (Exception ex)
        {
            _status = _status with { Running = false, Error = ex is OperationCanceledException ? "备份已取消。" : $"备份失败：{ex.Message}" };
            File.Delete(partial);
            throw;
        }
        finally
        {
            File.Delete(snapshot);
        }
    }

    private void Report(int percent, string stage) => _status = _status with { Running = true, Percent = percent, Stage = stage };

    /// <summary>SQLite: VACUUM INTO a file (one read transaction, so one consistent state under concurrent writes), and the
    /// audit head read from that same file. PostgreSQL: the head of the live chain (the dump is taken separately).</summary>
    private async Task<(string Provider, string Head, long Entries)> SnapshotAsync(string snapshot, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContextAsync(ct);
        if (!db.Database.IsSqlite())
        {
            var count = await db.AuditEntries.LongCountAsync(ct);
            var last = await db.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct);
            return ("Postgres", last ?? Data.Audit.AuditInterceptor.GenesisHash, count);
        }
        await db.Database.ExecuteSqlAsync($"VACUUM INTO {snapshot}", ct);
        var (head, entries) = await AuditHeadOfAsync(snapshot, ct);
        return ("Sqlite", head, entries);
    }

    /// <summary>The last audit hash and the entry count of a SQLite file (read-only, not pooled: the file is deleted after).</summary>
    internal static async Task<(string Head, long Entries)> AuditHeadOfAsync(string sqliteFile, CancellationToken ct)
    {
        await using var c = new SqliteConnection($"Data Source={sqliteFile};Mode=ReadOnly;Pooling=False");
        await c.OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*), (SELECT Hash FROM AuditEntries ORDER BY Id DESC LIMIT 1) FROM AuditEntries";
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return (r.IsDBNull(1) ? Data.Audit.AuditInterceptor.GenesisHash : r.GetString(1), r.GetInt64(0));
    }

    private IEnumerable<(string Entry, string File)> FilesUnder(string sub)
    {
        var root = Path.Combine(DataFolder, sub);
        if (!Directory.Exists(root)) return [];
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => ($"{sub}/{Path.GetRelativePath(root, f).Replace('\\', '/')}", f));
    }

    private static async Task<BackupManifestFile> AddAsync(ZipArchive zip, string entryName, string file, CancellationToken ct)
    {
        var entry = zip.CreateEntry(entryName, CompressionLevel.Fastest);
        await using var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        await using var target = await entry.OpenAsync(ct);
        var (size, hash) = await CopyHashedAsync(source, target, ct);
        return new BackupManifestFile(entryName, size, hash);
    }

    /// <summary>Copies a stream and returns its length and SHA-256 (lower-case hex): into the archive and back out of it.</summary>
    internal static async Task<(long Size, string Sha)> CopyHashedAsync(Stream source, Stream target, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long size = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            sha.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
            size += read;
        }
        return (size, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    /// <summary>The archives in the backup folder, newest first.</summary>
    public IReadOnlyList<BackupFile> List()
    {
        if (!Directory.Exists(Folder)) return [];
        return Directory.EnumerateFiles(Folder, Prefix + "*.zip").Select(f => new FileInfo(f))
            .Select(f => new BackupFile(f.Name, f.Length, new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero)))
            .OrderByDescending(f => f.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The path of a listed archive by its name, or null (the name cannot leave the folder).</summary>
    public string? PathOf(string name)
    {
        var file = Path.GetFileName(name);
        if (file != name || !file.StartsWith(Prefix, StringComparison.Ordinal) || !file.EndsWith(".zip", StringComparison.Ordinal)) return null;
        var path = Path.Combine(Folder, file);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Deletes archives older than KeepDays, always keeping the newest; returns how many were deleted.</summary>
    public int Prune()
    {
        var cutoff = clock.GetUtcNow() - TimeSpan.FromDays(Math.Max(1, options.Value.KeepDays));
        var old = List().Skip(1).Where(f => f.CreatedAt < cutoff).ToList();
        foreach (var f in old) File.Delete(Path.Combine(Folder, f.Name));
        return old.Count;
    }
}

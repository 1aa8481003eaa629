using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Documents;
using Workbench.App.Features.Account;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Documents;

/// <summary>
/// Singleton queue of document jobs, stored in the DocumentJobs table: a <see cref="Channel{T}"/> read by
/// <see cref="DocumentJobWorker"/> runs them here, the table keeps them across restarts. Each job has an owner (only they
/// may see, cancel, download or run it again), progress (written to the row about once a second), a cancel token and a
/// result file in {DataFolder}/temp/jobs, deleted with its row when it expires (default an hour,
/// "Documents:JobResultMinutes"). After a restart, jobs that were queued or running are 已中断 and can run again from their
/// stored parameters (<see cref="RerunAsync"/>).
/// </summary>
public sealed class DocumentJobQueue
{
    private readonly Channel<DocumentJob> _channel = Channel.CreateUnbounded<DocumentJob>(new() { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, DocumentJob> _live = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;

    public DocumentJobQueue(IOptions<WorkbenchOptions> workbench, IOptions<DocumentsOptions> documents, IWebHostEnvironment env,
        TimeProvider clock, IServiceScopeFactory scopes)
    {
        _clock = clock;
        _scopes = scopes;
        Lifetime = TimeSpan.FromMinutes(Math.Max(1, documents.Value.JobResultMinutes));
        Folder = Path.Combine(workbench.Value.ResolveDataFolder(env.ContentRootPath), "temp", "jobs");
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    internal TimeSpan Lifetime { get; }

    internal ChannelReader<DocumentJob> Reader => _channel.Reader;

    internal string ResultPathOf(Guid id, string fileName) => Path.Combine(Folder, $"{id:N}{Path.GetExtension(fileName)}");

    /// <summary>A job of a registered kind: stored with its parameters, so it can run again after a restart.</summary>
    public Task<DocumentJob> EnqueueAsync<TArgs>(string kind, UserScope scope, TArgs args, string title, string fileName, string contentType) =>
        AddAsync(scope.UserName, kind, DocumentJobParameters.Write(scope, args), title, fileName, contentType, null);

    /// <summary>A one-off job (tests, tools): stored and listed like the others, but cannot run again.</summary>
    public Task<DocumentJob> EnqueueAsync(string owner, string title, string fileName, string contentType, Func<DocumentJobContext, CancellationToken, Task> work) =>
        AddAsync(owner, "", null, title, fileName, contentType, work);

    private async Task<DocumentJob> AddAsync(string owner, string kind, string? parameters, string title, string fileName, string contentType,
        Func<DocumentJobContext, CancellationToken, Task>? work)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var now = _clock.GetUtcNow();
        var job = new DocumentJob
        {
            Id = Guid.NewGuid(), Kind = kind, Owner = owner, Title = title, FileName = fileName, ContentType = contentType,
            CreatedAt = now, ExpiresAt = now + Lifetime, Parameters = parameters, Work = work,
        };
        await WithDbAsync(db => { db.DocumentJobs.Add(job.ToRecord()); return db.SaveChangesAsync(); });
        _live[job.Id] = job;
        _channel.Writer.TryWrite(job);
        return job;
    }

    /// <summary>The owner's jobs, newest first (the live object while it runs here); others' jobs are never returned.</summary>
    public async Task<IReadOnlyList<DocumentJob>> JobsOfAsync(string owner, CancellationToken ct = default)
    {
        var now = _clock.GetUtcNow();
        var rows = await WithDbAsync(db => db.DocumentJobs.AsNoTracking()
            .Where(j => j.Owner == owner && (j.ExpiresAt > now || j.State == DocumentJobStatus.Queued || j.State == DocumentJobStatus.Running))
            .OrderByDescending(j => j.CreatedAt).Take(20).ToListAsync(ct));
        return rows.Select(r => _live.TryGetValue(r.Id, out var live) ? live : DocumentJob.From(r)).ToList();
    }

    public async Task<DocumentJob?> FindAsync(Guid id, string owner, CancellationToken ct = default)
    {
        if (_live.TryGetValue(id, out var live)) return live.Owner == owner ? live : null;
        var row = await WithDbAsync(db => db.DocumentJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.Owner == owner, ct));
        return row is null ? null : DocumentJob.From(row);
    }

    /// <summary>Cancels the owner's job running or queued in this process.</summary>
    public async Task<bool> CancelAsync(Guid id, string owner)
    {
        if (!_live.TryGetValue(id, out var job) || job.Owner != owner || !job.IsActive) return false;
        await job.Cancellation.CancelAsync();
        if (job.Status == DocumentJobStatus.Queued)
            await FinishAsync(job, DocumentJobStatus.Cancelled, "已取消。");
        return true;
    }

    /// <summary>The finished file for its owner while it has not expired; null otherwise.</summary>
    public async Task<DocumentJob?> DownloadAsync(Guid id, string owner, CancellationToken ct = default)
    {
        var job = await FindAsync(id, owner, ct);
        if (job is not { Status: DocumentJobStatus.Completed } || job.ExpiresAt <= _clock.GetUtcNow()) return null;
        var path = ResultPathOf(job.Id, job.FileName);
        if (!File.Exists(path)) return null;
        job.ResultPath = path;
        return job;
    }

    /// <summary>Runs an interrupted (or failed) job again from its stored parameters, under the owner's current scope; the
    /// old entry is replaced by the new job. Null when it is not the owner's or cannot run again.</summary>
    public async Task<DocumentJob?> RerunAsync(Guid id, UserScope scope)
    {
        var old = await FindAsync(id, scope.UserName);
        if (old is not { CanRerun: true } || _live.ContainsKey(id)) return null;
        var stored = DocumentJobParameters.Read(old.Parameters!);
        var parameters = DocumentJobParameters.Write(scope, stored.Args);
        // Whoever deletes the old entry runs it again (a double click starts one job, not two).
        if (await WithDbAsync(db => db.DocumentJobs.Where(j => j.Id == id).ExecuteDeleteAsync()) == 0) return null;
        return await AddAsync(scope.UserName, old.Kind, parameters, old.Title, old.FileName, old.ContentType, null);
    }

    /// <summary>Writes a running job's progress to its row (the worker calls this about once a second).</summary>
    internal Task SaveProgressAsync(DocumentJob job) =>
        WithDbAsync(db => db.DocumentJobs.Where(j => j.Id == job.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, job.Status).SetProperty(j => j.Done, job.Done).SetProperty(j => j.Total, job.Total)));

    /// <summary>Stores the end state first, then shows it on the live job (so whoever sees it finished finds the row finished).</summary>
    internal async Task FinishAsync(DocumentJob job, DocumentJobStatus status, string message)
    {
        var now = _clock.GetUtcNow();
        await WithDbAsync(db => db.DocumentJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, status).SetProperty(j => j.Message, message).SetProperty(j => j.Done, job.Done)
            .SetProperty(j => j.Total, job.Total).SetProperty(j => j.FinishedAt, now)));
        job.Message = message;
        job.FinishedAt = now;
        if (status == DocumentJobStatus.Completed) job.ResultPath = ResultPathOf(job.Id, job.FileName);
        job.Status = status;
        _live.TryRemove(job.Id, out _);
    }

    /// <summary>At start: jobs left queued or running by the previous process are 已中断 (kept an hour from now so their
    /// owners can run them again); their partial files and any file no finished job owns are deleted. Returns how many.</summary>
    public async Task<int> RecoverAsync(CancellationToken ct = default)
    {
        var now = _clock.GetUtcNow();
        var interrupted = await WithDbAsync(async db =>
        {
            var ids = await db.DocumentJobs.Where(j => j.State == DocumentJobStatus.Queued || j.State == DocumentJobStatus.Running)
                .Select(j => j.Id).ToListAsync(ct);
            await db.DocumentJobs.Where(j => ids.Contains(j.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, DocumentJobStatus.Interrupted).SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.ExpiresAt, now + Lifetime)
                .SetProperty(j => j.Message, "服务重启时任务被中断，未完成的文件已删除，可重新生成。"), ct);
            return ids.Count;
        });
        var kept = await FinishedFilesAsync(now, ct);
        foreach (var file in Directory.EnumerateFiles(Folder))
            if (!kept.Contains(Path.GetFileNameWithoutExtension(file))) TryDelete(file);
        return interrupted;
    }

    /// <summary>Deletes expired jobs with their files, and any file that neither a finished job nor a live one owns.</summary>
    public async Task SweepAsync(CancellationToken ct = default)
    {
        var now = _clock.GetUtcNow();
        await WithDbAsync(db => db.DocumentJobs
            .Where(j => j.ExpiresAt <= now && j.State != DocumentJobStatus.Queued && j.State != DocumentJobStatus.Running)
            .ExecuteDeleteAsync(ct));
        var kept = await FinishedFilesAsync(now, ct);
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!kept.Contains(name) && !_live.Values.Any(j => j.Id.ToString("N") == name)) TryDelete(file);
        }
    }

    /// <summary>The result files (names without extension) of completed jobs that have not expired.</summary>
    private async Task<HashSet<string>> FinishedFilesAsync(DateTimeOffset now, CancellationToken ct)
    {
        var ids = await WithDbAsync(db => db.DocumentJobs.Where(j => j.State == DocumentJobStatus.Completed && j.ExpiresAt > now)
            .Select(j => j.Id).ToListAsync(ct));
        return ids.Select(i => i.ToString("N")).ToHashSet();
    }

    private async Task<T> WithDbAsync<T>(Func<WorkbenchDbContext, Task<T>> work)
    {
        await using var scope = _scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContextAsync();
        return await work(db);
    }

    internal static void TryDelete(string? path)
    {
        if (path is null) return;
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

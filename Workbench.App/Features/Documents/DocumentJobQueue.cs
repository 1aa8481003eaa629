using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Workbench.App.Documents;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Documents;

public enum DocumentJobStatus { Queued, Running, Completed, Failed, Cancelled }

public static class DocumentJobLabels
{
    public static string Label(this DocumentJobStatus s) => s switch
    {
        DocumentJobStatus.Queued => "排队中",
        DocumentJobStatus.Running => "正在生成",
        DocumentJobStatus.Completed => "已完成",
        DocumentJobStatus.Failed => "失败",
        DocumentJobStatus.Cancelled => "已取消",
        _ => s.ToString(),
    };
}

/// <summary>What a job's work gets: where to write, how to report progress, the services of its own scope.</summary>
public sealed class DocumentJobContext(DocumentJob job, string resultPath, IServiceProvider services)
{
    public DocumentJob Job { get; } = job;
    public string ResultPath { get; } = resultPath;
    public IServiceProvider Services { get; } = services;
    public void SetTotal(int total) => Job.Total = total;
    public void Report(int done) => Job.Done = done;
}

/// <summary>A long document task (batch certificates, big exports) run off the circuit. Mutable fields are written by
/// the worker only and read by pages polling.</summary>
public sealed class DocumentJob
{
    public required Guid Id { get; init; }
    public required string Owner { get; init; }
    public required string Title { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    internal Func<DocumentJobContext, CancellationToken, Task> Work { get; init; } = (_, _) => Task.CompletedTask;
    internal CancellationTokenSource Cancellation { get; } = new();
    public volatile int Total;
    public volatile int Done;
    private volatile int _status;
    public DocumentJobStatus Status { get => (DocumentJobStatus)_status; internal set => _status = (int)value; }
    public string? Message { get; internal set; }
    public string? ResultPath { get; internal set; }
    public bool IsActive => Status is DocumentJobStatus.Queued or DocumentJobStatus.Running;
    public int Percent => Total <= 0 ? 0 : (int)Math.Round(100.0 * Math.Min(Done, Total) / Total);
}

/// <summary>
/// Singleton queue of document jobs: a <see cref="Channel{T}"/> read by <see cref="DocumentJobWorker"/>. Each job has an
/// owner (only they may see, cancel and download it), progress, a cancel token and a result file in
/// {DataFolder}/temp/jobs, deleted when it expires (default an hour, "Documents:JobResultMinutes").
/// </summary>
public sealed class DocumentJobQueue
{
    private readonly Channel<DocumentJob> _channel = Channel.CreateUnbounded<DocumentJob>(new() { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, DocumentJob> _jobs = new();
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lifetime;

    public DocumentJobQueue(IOptions<WorkbenchOptions> workbench, IOptions<DocumentsOptions> documents, IWebHostEnvironment env, TimeProvider clock)
    {
        _clock = clock;
        _lifetime = TimeSpan.FromMinutes(Math.Max(1, documents.Value.JobResultMinutes));
        Folder = Path.Combine(workbench.Value.ResolveDataFolder(env.ContentRootPath), "temp", "jobs");
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    internal ChannelReader<DocumentJob> Reader => _channel.Reader;

    public DocumentJob Enqueue(string owner, string title, string fileName, string contentType, Func<DocumentJobContext, CancellationToken, Task> work)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var now = _clock.GetUtcNow();
        var job = new DocumentJob
        {
            Id = Guid.NewGuid(), Owner = owner, Title = title, FileName = fileName, ContentType = contentType,
            CreatedAt = now, ExpiresAt = now + _lifetime, Work = work,
        };
        _jobs[job.Id] = job;
        _channel.Writer.TryWrite(job);
        return job;
    }

    /// <summary>The owner's jobs, newest first; others' jobs are never returned.</summary>
    public IReadOnlyList<DocumentJob> JobsOf(string owner) =>
        _jobs.Values.Where(j => j.Owner == owner).OrderByDescending(j => j.CreatedAt).ToList();

    public DocumentJob? Find(Guid id, string owner) => _jobs.TryGetValue(id, out var j) && j.Owner == owner ? j : null;

    public bool Cancel(Guid id, string owner)
    {
        var job = Find(id, owner);
        if (job is null || !job.IsActive) return false;
        job.Cancellation.Cancel();
        if (job.Status == DocumentJobStatus.Queued) { job.Status = DocumentJobStatus.Cancelled; job.Message = "已取消。"; }
        return true;
    }

    /// <summary>The finished file for its owner while it has not expired; null otherwise.</summary>
    public DocumentJob? Download(Guid id, string owner)
    {
        var job = Find(id, owner);
        return job is { Status: DocumentJobStatus.Completed, ResultPath: { } path } && job.ExpiresAt > _clock.GetUtcNow() && File.Exists(path) ? job : null;
    }

    /// <summary>Forgets expired jobs and deletes their files (and stray files older than the lifetime).</summary>
    public void Sweep()
    {
        var now = _clock.GetUtcNow();
        foreach (var job in _jobs.Values.Where(j => j.ExpiresAt <= now && !j.IsActive).ToList())
        {
            _jobs.TryRemove(job.Id, out _);
            TryDelete(job.ResultPath);
            job.Cancellation.Dispose();
        }
        foreach (var file in Directory.EnumerateFiles(Folder))
            if (File.GetLastWriteTimeUtc(file) < now.UtcDateTime - _lifetime && !_jobs.Values.Any(j => j.ResultPath == file)) TryDelete(file);
    }

    internal static void TryDelete(string? path)
    {
        if (path is null) return;
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Runs queued jobs one at a time (2 cores are shared), each in its own DI scope; sweeps expired results.</summary>
public sealed class DocumentJobWorker(DocumentJobQueue queue, IServiceScopeFactory scopes, ILogger<DocumentJobWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var sweep = new Timer(_ => Sweep(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
        {
            if (job.Status == DocumentJobStatus.Cancelled) continue;
            await RunAsync(job, stoppingToken);
        }
    }

    private void Sweep()
    {
        try { queue.Sweep(); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { logger.LogWarning(ex, "清理过期的文档任务文件失败"); }
    }

    internal async Task RunAsync(DocumentJob job, CancellationToken stoppingToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(job.Cancellation.Token, stoppingToken);
        var path = Path.Combine(queue.Folder, $"{job.Id:N}{Path.GetExtension(job.FileName)}");
        job.Status = DocumentJobStatus.Running;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // The work is CPU-bound (layout, rendering): run it on the pool so the worker loop stays responsive.
            await Task.Run(() => job.Work(new DocumentJobContext(job, path, scope.ServiceProvider), linked.Token), linked.Token);
            job.ResultPath = path;
            job.Status = DocumentJobStatus.Completed;
            job.Message = "已完成，可以下载。";
        }
        catch (OperationCanceledException)
        {
            DocumentJobQueue.TryDelete(path);
            job.Status = DocumentJobStatus.Cancelled;
            job.Message = $"已取消（已处理 {job.Done}/{job.Total}）。";
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "文档任务《{Title}》失败", job.Title);
            DocumentJobQueue.TryDelete(path);
            job.Status = DocumentJobStatus.Failed;
            job.Message = "生成失败，请稍后重试；如仍失败请联系系统管理员。";
        }
    }
}

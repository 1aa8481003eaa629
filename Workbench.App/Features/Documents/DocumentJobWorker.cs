using Workbench.App.Data.Entities;

namespace Workbench.App.Features.Documents;

/// <summary>Runs queued jobs one at a time (2 cores are shared), each in its own DI scope, writing progress to the job's row
/// about once a second; marks jobs a previous process left unfinished as 已中断 before the app takes requests; sweeps
/// expired results.</summary>
public sealed class DocumentJobWorker(DocumentJobQueue queue, IServiceScopeFactory scopes, ILogger<DocumentJobWorker> logger) : BackgroundService
{
    internal static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var interrupted = await queue.RecoverAsync(cancellationToken);
        if (interrupted > 0) logger.LogWarning("上次运行时有 {Count} 个文档任务未完成，已标记为“已中断”，可在报表中心重新生成。", interrupted);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var sweep = new Timer(_ => _ = SweepAsync(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
        {
            if (job.Status == DocumentJobStatus.Cancelled) continue;
            await RunAsync(job, stoppingToken);
        }
    }

    private async Task SweepAsync()
    {
        try { await queue.SweepAsync(); }
        catch (Exception ex) { logger.LogWarning(ex, "清理过期的文档任务失败"); }
    }

    internal async Task RunAsync(DocumentJob job, CancellationToken stoppingToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(job.Cancellation.Token, stoppingToken);
        var path = queue.ResultPathOf(job.Id, job.FileName);
        job.Status = DocumentJobStatus.Running;
        using var stopProgress = new CancellationTokenSource();
        var progress = WriteProgressAsync(job, stopProgress.Token);
        DocumentJobStatus status;
        string message;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var work = job.Work ?? KindOf(job, scope.ServiceProvider);
            // The work is CPU-bound (layout, rendering): run it on the pool so the worker loop stays responsive.
            await Task.Run(() => work(new DocumentJobContext(job, path, scope.ServiceProvider), linked.Token), linked.Token);
            (status, message) = (DocumentJobStatus.Completed, "已完成，可以下载。");
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            DocumentJobQueue.TryDelete(path);
            (status, message) = (DocumentJobStatus.Cancelled, $"已取消（已处理 {job.Done}/{job.Total}）。");
        }
        catch (OperationCanceledException)
        {
            // The app is stopping: leave the row as it is; the next start marks it 已中断 and deletes the partial file.
            await stopProgress.CancelAsync();
            await progress;
            return;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "文档任务《{Title}》失败", job.Title);
            DocumentJobQueue.TryDelete(path);
            (status, message) = (DocumentJobStatus.Failed, "生成失败，请稍后重试；如仍失败请联系系统管理员。");
        }
        await stopProgress.CancelAsync();
        await progress;
        await queue.FinishAsync(job, status, message);
    }

    private static Func<DocumentJobContext, CancellationToken, Task> KindOf(DocumentJob job, IServiceProvider services)
    {
        var kind = services.GetServices<IDocumentJobKind>().FirstOrDefault(k => k.Name == job.Kind)
            ?? throw new InvalidOperationException($"未注册的文档任务类型“{job.Kind}”。");
        var parameters = DocumentJobParameters.Read(job.Parameters ?? throw new InvalidOperationException("任务没有保存参数。"));
        return (ctx, ct) => kind.RunAsync(ctx, parameters.Scope, parameters.Args, ct);
    }

    /// <summary>Progress goes to the row when it changed, at most once per <see cref="ProgressInterval"/> (not per item).</summary>
    private async Task WriteProgressAsync(DocumentJob job, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(ProgressInterval);
        var written = (-1, -1);
        try
        {
            do
            {
                var now = (job.Done, job.Total);
                if (now == written) continue;
                try
                {
                    await queue.SaveProgressAsync(job);
                    written = now;
                }
                catch (Exception ex) when (ex is not OperationCanceledException) { logger.LogWarning(ex, "保存文档任务进度失败"); }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) { }
    }
}

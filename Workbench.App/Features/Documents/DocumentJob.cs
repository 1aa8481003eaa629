using System.Text.Json;
using System.Text.Json.Serialization;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;

namespace Workbench.App.Features.Documents;

public static class DocumentJobLabels
{
    public static string Label(this DocumentJobStatus s) => s switch
    {
        DocumentJobStatus.Queued => "排队中",
        DocumentJobStatus.Running => "正在生成",
        DocumentJobStatus.Completed => "已完成",
        DocumentJobStatus.Failed => "失败",
        DocumentJobStatus.Cancelled => "已取消",
        DocumentJobStatus.Interrupted => "已中断",
        _ => s.ToString(),
    };
}

/// <summary>A kind of document job that can be run from stored parameters (and so run again after a restart).
/// Registered as a singleton; <see cref="RunAsync"/> gets the job's own DI scope through the context.</summary>
public interface IDocumentJobKind
{
    /// <summary>The stored name (<see cref="DocumentJobRecord.Kind"/>); never change it once jobs were stored.</summary>
    string Name { get; }

    Task RunAsync(DocumentJobContext ctx, UserScope scope, JsonElement args, CancellationToken ct);
}

/// <summary>What is stored to run a job again: the owner's scope at the time and the kind's own arguments.</summary>
public sealed record DocumentJobParameters(UserScope Scope, JsonElement Args)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write<TArgs>(UserScope scope, TArgs args) =>
        JsonSerializer.Serialize(new DocumentJobParameters(scope, JsonSerializer.SerializeToElement(args, Json)), Json);

    public static DocumentJobParameters Read(string json) =>
        JsonSerializer.Deserialize<DocumentJobParameters>(json, Json) ?? throw new JsonException("任务参数为空。");

    public TArgs ArgsAs<TArgs>() => Args.Deserialize<TArgs>(Json) ?? throw new JsonException("任务参数为空。");
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

/// <summary>A long document task (batch certificates, big exports) run off the circuit. A live job's mutable fields
/// are written by the worker only; pages read them, or the stored row (<see cref="DocumentJobRecord"/>) once the job
/// is no longer running in this process.</summary>
public sealed class DocumentJob
{
    public required Guid Id { get; init; }
    public required string Kind { get; init; }
    public required string Owner { get; init; }
    public required string Title { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? FinishedAt { get; internal set; }
    internal string? Parameters { get; init; }
    internal Func<DocumentJobContext, CancellationToken, Task>? Work { get; init; }
    internal CancellationTokenSource Cancellation { get; } = new();
    public volatile int Total;
    public volatile int Done;
    private volatile int _status;
    public DocumentJobStatus Status { get => (DocumentJobStatus)_status; internal set => _status = (int)value; }
    public string? Message { get; internal set; }
    public string? ResultPath { get; internal set; }
    public bool IsActive => Status is DocumentJobStatus.Queued or DocumentJobStatus.Running;
    public int Percent => Total <= 0 ? 0 : (int)Math.Round(100.0 * Math.Min(Done, Total) / Total);

    /// <summary>Stopped by a restart or a failure, and stored with what it needs to run again.</summary>
    public bool CanRerun => Status is DocumentJobStatus.Interrupted or DocumentJobStatus.Failed && Kind.Length > 0 && Parameters is not null;

    internal DocumentJobRecord ToRecord() => new()
    {
        Id = Id, Kind = Kind, Owner = Owner, Title = Title, FileName = FileName, ContentType = ContentType, State = Status,
        Total = Total, Done = Done, Message = Message, Parameters = Parameters, CreatedAt = CreatedAt, FinishedAt = FinishedAt,
        ExpiresAt = ExpiresAt,
    };

    internal static DocumentJob From(DocumentJobRecord r) => new()
    {
        Id = r.Id, Kind = r.Kind, Owner = r.Owner, Title = r.Title, FileName = r.FileName, ContentType = r.ContentType,
        CreatedAt = r.CreatedAt, ExpiresAt = r.ExpiresAt, FinishedAt = r.FinishedAt, Parameters = r.Parameters,
        Total = r.Total, Done = r.Done, Status = r.State, Message = r.Message,
    };
}

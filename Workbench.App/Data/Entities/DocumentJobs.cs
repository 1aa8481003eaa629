namespace Workbench.App.Data.Entities;

/// <summary>Where a background document job stands. Interrupted: the process stopped while it was queued or running.</summary>
public enum DocumentJobStatus { Queued, Running, Completed, Failed, Cancelled, Interrupted }

/// <summary>
/// A background document job (batch certificates, round ZIPs) as stored: who owns it, what it makes, how far it got,
/// and the parameters to run it again (a small JSON snapshot, never edited). Not audited: it records work, not data.
/// </summary>
public sealed class DocumentJobRecord
{
    public Guid Id { get; set; }
    /// <summary>The registered job kind that can run it again (<c>certificates</c>, <c>round-batch</c>); empty when it cannot.</summary>
    public required string Kind { get; set; }
    public required string Owner { get; set; }
    public required string Title { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public DocumentJobStatus State { get; set; }
    public int Total { get; set; }
    public int Done { get; set; }
    public string? Message { get; set; }
    /// <summary>JSON: the owner's scope and the kind's arguments, enough to run the job again.</summary>
    public string? Parameters { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

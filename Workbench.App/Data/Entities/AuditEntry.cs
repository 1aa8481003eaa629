namespace Workbench.App.Data.Entities;

/// <summary>
/// 第十八条: one row of the tamper-evident audit trail. Each row stores the hash of the previous row,
/// so a changed or deleted row breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string UserName { get; set; }
    public required string Role { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public required string Action { get; set; }
    public required string Summary { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

/// <summary>Records people edit together carry an optimistic concurrency token, renewed on each save.</summary>
public interface IConcurrencyAware
{
    Guid Version { get; set; }
}

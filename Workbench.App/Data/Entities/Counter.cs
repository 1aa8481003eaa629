namespace Workbench.App.Data.Entities;

/// <summary>
/// A named number sequence (e.g. <c>complaint:TS-2026</c>): the last value handed out. Taken with
/// <see cref="WorkbenchDbContext.NextNumberAsync"/> inside the save's transaction, so numbers are distinct across
/// instances and a rolled-back save gives its number back.
/// </summary>
public sealed class Counter
{
    public required string Key { get; set; }
    public long Value { get; set; }
}

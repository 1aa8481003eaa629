using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data;

public sealed partial class WorkbenchDbContext
{
    public DbSet<Counter> Counters => Set<Counter>();

    /// <summary>True while a transaction opened by <see cref="NextNumberAsync"/> waits for the next save to commit it.</summary>
    internal bool SaveOwnsTransaction { get; set; }

    /// <summary>
    /// The next number of the sequence <paramref name="key"/>, at least <paramref name="floor"/> + 1 (the highest number
    /// already issued, for sequences that predate the counter). One statement increments the counter row and returns the
    /// value (PostgreSQL and SQLite both take <c>INSERT … ON CONFLICT … RETURNING</c>); the row stays locked until the
    /// transaction ends, so concurrent callers — in this process or another instance — get distinct numbers. Opens a
    /// transaction when none is open; the next <c>SaveChanges</c> commits it (or rolls it back, giving the number back).
    /// </summary>
    public async Task<long> NextNumberAsync(string key, long floor, CancellationToken ct = default)
    {
        if (Database.CurrentTransaction is null)
        {
            await Database.BeginTransactionAsync(ct);
            SaveOwnsTransaction = true;
        }
        var values = await Database.SqlQueryRaw<long>(
            """
            INSERT INTO "Counters" ("Key", "Value") VALUES ({0}, {1})
            ON CONFLICT ("Key") DO UPDATE SET "Value" = CASE WHEN "Counters"."Value" < {2} THEN {1} ELSE "Counters"."Value" + 1 END
            RETURNING "Value"
            """, key, floor + 1, floor).ToListAsync(ct);
        return values.Single();
    }
}

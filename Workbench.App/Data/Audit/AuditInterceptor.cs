using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data.Audit;

/// <summary>
/// 第十八条: writes a hash-chained audit entry for every create, update and delete of an audited record,
/// in the same transaction as the change itself, and renews concurrency tokens.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock, CurrentActor actor) : SaveChangesInterceptor
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    // One writer at a time keeps the chain linear inside this process. Multi-machine deployments on PostgreSQL
    // additionally serialise on the database (see docs/decisions).
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<DbContext, Pending> pending = new();

    private sealed record Pending(List<(EntityEntry Entry, string Action, string Summary)> Changes, bool OwnsTransaction);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is WorkbenchDbContext db && !pending.ContainsKey(db))
        {
            var changes = Capture(db);
            if (changes.Count > 0)
            {
                await Gate.WaitAsync(ct);
                var owns = db.Database.CurrentTransaction is null;
                if (owns) await db.Database.BeginTransactionAsync(ct);
                pending[db] = new(changes, owns);
            }
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is WorkbenchDbContext db && pending.TryRemove(db, out var p))
        {
            try
            {
                await WriteEntriesAsync(db, p, ct);
                await db.SaveChangesAsync(ct);
                if (p.OwnsTransaction) await db.Database.CommitTransactionAsync(ct);
            }
            catch
            {
                if (p.OwnsTransaction) await db.Database.RollbackTransactionAsync(CancellationToken.None);
                throw;
            }
            finally
            {
                db.AuditAction = null;
                Gate.Release();
            }
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is WorkbenchDbContext db && pending.TryRemove(db, out var p))
        {
            if (p.OwnsTransaction) await db.Database.RollbackTransactionAsync(CancellationToken.None);
            Gate.Release();
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    private static List<(EntityEntry, string, string)> Capture(WorkbenchDbContext db)
    {
        var list = new List<(EntityEntry, string, string)>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry || entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            if (entry.Entity is IConcurrencyAware versioned && entry.State is EntityState.Added or EntityState.Modified)
                versioned.Version = Guid.NewGuid();
            var summary = AuditSummary.Describe(entry);
            if (summary is null) continue;
            var action = db.AuditAction ?? entry.State switch
            {
                EntityState.Added => "新增",
                EntityState.Deleted => "删除",
                _ => "修改",
            };
            list.Add((entry, action, summary));
        }
        return list;
    }

    private async Task WriteEntriesAsync(WorkbenchDbContext db, Pending p, CancellationToken ct)
    {
        var who = await actor.GetAsync();
        var previous = await db.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct) ?? GenesisHash;
        var now = clock.GetUtcNow();
        now = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());
        foreach (var (entry, action, summary) in p.Changes)
        {
            var e = new AuditEntry
            {
                At = now,
                UserName = who.UserName,
                Role = who.RoleLabel,
                EntityType = AuditSummary.EntityLabel(entry.Metadata.ClrType),
                EntityId = AuditSummary.KeyOf(entry),
                Action = action,
                Summary = summary,
                PreviousHash = previous,
                Hash = "",
            };
            e.Hash = ComputeHash(e);
            previous = e.Hash;
            db.AuditEntries.Add(e);
        }
    }

    public static string ComputeHash(AuditEntry e)
    {
        var text = string.Join('\u001f', e.PreviousHash, e.At.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            e.UserName, e.Role, e.EntityType, e.EntityId, e.Action, e.Summary);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

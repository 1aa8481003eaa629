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

    // One writer at a time keeps the chain linear inside this process (held only while the entries are appended,
    // after the change itself has been written). Multi-machine PostgreSQL: see docs/decisions/0001.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>The PostgreSQL advisory-lock key of the audit chain (“WBAUDIT” in ASCII, fits a bigint).</summary>
    internal const long ChainLockKey = 0x57424155444954;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is not WorkbenchDbContext db || db.WritingAudit) return result;
        if (db.PendingAudit is not null) await AbandonAsync(db);   // a previous save on this context failed midway
        var changes = Capture(db);
        if (changes.Count == 0 && !db.SaveOwnsTransaction) return result;
        // A number taken for this save (NextNumberAsync) opened the transaction early; this save still owns it.
        var owns = db.Database.CurrentTransaction is null || db.SaveOwnsTransaction;
        db.SaveOwnsTransaction = false;
        if (db.Database.CurrentTransaction is null) await db.Database.BeginTransactionAsync(ct);
        db.PendingAudit = new(changes, owns);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is not WorkbenchDbContext db || db.WritingAudit || db.PendingAudit is not { } p) return result;
        db.PendingAudit = null;
        await Gate.WaitAsync(ct);
        try
        {
            db.WritingAudit = true;
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
            db.WritingAudit = false;
            db.AuditAction = null;
            Gate.Release();
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is WorkbenchDbContext db && !db.WritingAudit) await AbandonAsync(db);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        SaveChangesFailedAsync(eventData).GetAwaiter().GetResult();

    /// <summary>The change was not written: drop the captured entries and the transaction opened for them.</summary>
    private static async Task AbandonAsync(WorkbenchDbContext db)
    {
        var p = db.PendingAudit;
        db.PendingAudit = null;
        if (p?.OwnsTransaction != true || db.Database.CurrentTransaction is null) return;
        try
        {
            await db.Database.RollbackTransactionAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
        {
            // The provider already ended the transaction when the command failed (Npgsql does).
        }
    }

    private static List<(EntityEntry Entry, string Action, string Summary, bool Added)> Capture(WorkbenchDbContext db)
    {
        var list = new List<(EntityEntry Entry, string Action, string Summary, bool Added)>();
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
            list.Add((entry, action, summary, entry.State == EntityState.Added));
        }
        return list;
    }

    private async Task WriteEntriesAsync(WorkbenchDbContext db, PendingAudit p, CancellationToken ct)
    {
        var who = await actor.GetAsync();
        // Several app instances on one PostgreSQL database: serialise appends to the chain on the database too. The
        // transaction-scoped advisory lock is released by the commit or rollback that ends this save (ADR 0001).
        if (db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", ct);
        var previous = await db.AuditEntries.OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(ct) ?? GenesisHash;
        var now = clock.GetUtcNow();
        now = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());
        foreach (var (entry, action, captured, added) in p.Changes)
        {
            // Added records are described again after the save, when generated keys and foreign keys are real.
            var summary = added ? AuditSummary.Describe(entry, EntityState.Added) ?? captured : captured;
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

/// <summary>Changes captured before a save, written to the trail once the save has succeeded.</summary>
internal sealed record PendingAudit(List<(EntityEntry Entry, string Action, string Summary, bool Added)> Changes, bool OwnsTransaction);

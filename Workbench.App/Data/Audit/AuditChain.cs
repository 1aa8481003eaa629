using Microsoft.EntityFrameworkCore;

namespace Workbench.App.Data.Audit;

/// <summary>What a walk of the audit chain found: how many entries, the last hash, and every break.</summary>
public sealed record ChainReport(int Checked, IReadOnlyList<(long Id, string Problem)> Broken, string HeadHash)
{
    public bool Intact => Broken.Count == 0;
}

/// <summary>第十八条: walks the whole chain in id order, in batches, recomputing each hash and its link to the previous row
/// (the audit page and the restore of a backup both use it).</summary>
public static class AuditChain
{
    public static async Task<ChainReport> VerifyAsync(WorkbenchDbContext db, CancellationToken ct = default)
    {
        var broken = new List<(long, string)>();
        var previous = AuditInterceptor.GenesisHash;
        long lastId = 0;
        var count = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(2000).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var e in batch)
            {
                count++;
                if (e.PreviousHash != previous)
                    broken.Add((e.Id, "与上一条记录的链接断开（上一条记录可能被删除或篡改）"));
                if (AuditInterceptor.ComputeHash(e) != e.Hash)
                    broken.Add((e.Id, "记录内容与其哈希值不符（本条记录可能被篡改）"));
                previous = e.Hash;
                lastId = e.Id;
            }
        }
        return new(count, broken, previous);
    }
}

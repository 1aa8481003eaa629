using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Audit;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;

namespace Workbench.App.Features.Admin;

public sealed record ChainReport(int Checked, IReadOnlyList<(long Id, string Problem)> Broken)
{
    public bool Intact => Broken.Count == 0;
}

/// <summary>第十八条: reads the audit trail and verifies its hash chain.</summary>
public sealed class AuditService(IDbContextFactory<WorkbenchDbContext> dbf)
{
    public async Task<PageOf<AuditEntry>> ListAsync(UserScope scope, string? search, int page, int pageSize, CancellationToken ct = default)
    {
        Demand(scope);
        await using var db = await dbf.CreateDbContextAsync(ct);
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
            q = q.Where(a => a.UserName.Contains(search) || a.EntityType.Contains(search) || a.Action.Contains(search) || a.Summary.Contains(search));
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(a => a.Id).Skip(page * pageSize).Take(pageSize).ToListAsync(ct);
        return new(items, total);
    }

    /// <summary>Walks the whole chain in id order, in batches, recomputing each hash and its link to the previous row.</summary>
    public async Task<ChainReport> VerifyAsync(UserScope scope, CancellationToken ct = default)
    {
        Demand(scope);
        await using var db = await dbf.CreateDbContextAsync(ct);
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
        return new(count, broken);
    }

    private static void Demand(UserScope scope)
    {
        if (scope.Role != Role.Admin) throw new UnauthorizedAccessException("只有省科技厅管理员可以查看审计日志。");
    }
}

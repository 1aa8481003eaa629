using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Audit;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;

namespace Workbench.App.Features.Admin;

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

    /// <summary>Walks the whole chain in id order, recomputing each hash and its link to the previous row.</summary>
    public async Task<ChainReport> VerifyAsync(UserScope scope, CancellationToken ct = default)
    {
        Demand(scope);
        await using var db = await dbf.CreateDbContextAsync(ct);
        return await AuditChain.VerifyAsync(db, ct);
    }

    private static void Demand(UserScope scope)
    {
        if (scope.Role != Role.Admin) throw new UnauthorizedAccessException("只有省科技厅管理员可以查看审计日志。");
    }
}

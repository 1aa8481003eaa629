using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;

namespace Workbench.App.Features.Supervision;

/// <summary>The signed-in user's messages. A user sees only messages addressed to their user name.</summary>
public sealed class InboxService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock)
{
    public async Task<int> UnreadCountAsync(string userName, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        return await db.InboxMessages.CountAsync(m => m.UserName == userName && m.ReadAt == null, ct);
    }

    public async Task<PageOfRows<InboxMessage>> ListAsync(string userName, bool unreadOnly, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var q = db.InboxMessages.AsNoTracking().Where(m => m.UserName == userName);
        if (unreadOnly) q = q.Where(m => m.ReadAt == null);
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Skip(page * pageSize).Take(pageSize).ToListAsync(ct);
        return new(items, total);
    }

    public async Task MarkReadAsync(string userName, int? id, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        await db.InboxMessages.Where(m => m.UserName == userName && m.ReadAt == null && (id == null || m.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, now), ct);
    }

    /// <summary>E-mail copies (sent, or only recorded while SMTP is off). 省科技厅 only.</summary>
    public async Task<PageOfRows<OutboxMail>> OutboxAsync(Account.UserScope scope, int page, int pageSize, CancellationToken ct = default)
    {
        if (scope.Role != Core.Role.Admin) return new([], 0);
        await using var db = await dbf.CreateDbContextAsync(ct);
        var total = await db.OutboxMails.CountAsync(ct);
        var items = await db.OutboxMails.AsNoTracking().OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Skip(page * pageSize).Take(pageSize).ToListAsync(ct);
        return new(items, total);
    }
}

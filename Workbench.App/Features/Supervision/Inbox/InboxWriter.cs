using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workbench.App.Data;
using Workbench.App.Data.Entities;

namespace Workbench.App.Features.Supervision;

/// <summary>One message to one user; <see cref="ReasonKey"/> names the reason and period so a reminder is never sent twice.</summary>
public sealed record InboxNote(string UserName, string Title, string Body, string? Link, string ReasonKey);

/// <summary>The "Smtp" section. Off by default: mails then only appear in the outbox page.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";
    public bool Enabled { get; set; }
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? From { get; set; }
}

/// <summary>Writes inbox messages (skipping those already sent for the same reason) and their e-mail copies.</summary>
public sealed class InboxWriter(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock, IOptions<SmtpOptions> smtp, ILogger<InboxWriter> log)
{
    public async Task<int> SendAsync(IEnumerable<InboxNote> notes, CancellationToken ct = default)
    {
        var list = notes.DistinctBy(n => (n.UserName, n.ReasonKey)).ToList();
        if (list.Count == 0) return 0;
        await using var db = await dbf.CreateDbContextAsync(ct);
        var keys = list.Select(n => n.ReasonKey).Distinct().ToList();
        var existing = (await db.InboxMessages.Where(m => keys.Contains(m.ReasonKey)).Select(m => new { m.UserName, m.ReasonKey }).ToListAsync(ct))
            .Select(m => (m.UserName, m.ReasonKey)).ToHashSet();
        var fresh = list.Where(n => !existing.Contains((n.UserName, n.ReasonKey))).ToList();
        if (fresh.Count == 0) return 0;
        var names = fresh.Select(n => n.UserName).Distinct().ToList();
        var emails = await db.Users.Where(u => names.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Email, ct);
        var now = clock.GetUtcNow();
        var mails = new List<OutboxMail>();
        foreach (var n in fresh)
        {
            db.InboxMessages.Add(new InboxMessage { UserName = n.UserName, Title = n.Title, Body = n.Body, Link = n.Link, ReasonKey = n.ReasonKey, CreatedAt = now });
            var mail = new OutboxMail { UserName = n.UserName, To = emails.GetValueOrDefault(n.UserName), Subject = n.Title, Body = n.Body, CreatedAt = now };
            mails.Add(mail);
            db.OutboxMails.Add(mail);
        }
        await db.SaveChangesAsync(ct);
        if (smtp.Value.Enabled)
        {
            foreach (var m in mails) await TrySendAsync(m, ct);
            await db.SaveChangesAsync(ct);
        }
        return fresh.Count;
    }

    private async Task TrySendAsync(OutboxMail m, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(m.To)) { m.Error = "该用户未登记电子邮箱。"; return; }
        try
        {
            using var client = new SmtpClient(smtp.Value.Host, smtp.Value.Port);
            using var msg = new MailMessage(smtp.Value.From ?? "noreply@localhost", m.To, m.Subject, m.Body);
            await client.SendMailAsync(msg, ct);
            m.SentAt = clock.GetUtcNow();
        }
        catch (Exception e) when (e is SmtpException or InvalidOperationException or FormatException)
        {
            log.LogWarning(e, "邮件发送失败：{To}", m.To);
            m.Error = "发送失败：" + e.Message;
        }
    }
}

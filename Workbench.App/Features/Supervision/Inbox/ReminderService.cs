using Workbench.App.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Supervision;

/// <summary>
/// Generates reminders: annual summaries due or missing (第十五条), rectification deadlines (第十七条), open complaints (第十八条).
/// Idempotent: each reason and period has a key, and a key is sent to a user once.
/// </summary>
public sealed class ReminderService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock, InboxWriter inbox)
{
    /// <summary>How far ahead a rectification deadline is announced.</summary>
    public const int RectificationNoticeDays = 60;

    public async Task<int> GenerateAsync(CancellationToken ct = default)
    {
        var today = clock.ChinaToday();
        var notes = new List<InboxNote>();
        await using var db = await dbf.CreateDbContextAsync(ct);
        await SummariesAsync(db, today, notes, ct);
        await RectificationsAsync(db, today, notes, ct);
        await ComplaintsAsync(db, notes, ct);
        await CalendarAsync(db, today, notes, ct);
        return await inbox.SendAsync(notes, ct);
    }

    private static async Task SummariesAsync(WorkbenchDbContext db, DateOnly today, List<InboxNote> notes, CancellationToken ct)
    {
        var year = today.Year - 1;
        var deadline = AnnualSummary.Deadline(year);
        var yearEnd = new DateOnly(year, 12, 31);
        var owing = await db.Platforms.AsNoTracking()
            .Where(p => p.Status != PlatformStatus.Revoked && p.RecognisedOn != null && p.RecognisedOn <= yearEnd)
            .Where(p => !db.AnnualSummaries.Any(s => s.PlatformId == p.Id && s.Year == year && s.SubmittedOn != null))
            .Select(p => new { p.Id, p.Name, p.HostUnitId, p.CompetentDepartmentId }).ToListAsync(ct);
        var status = AnnualSummary.Status(year, null, today);
        var users = await db.Users.AsNoTracking().Select(u => new { u.UserName, u.HostUnitId, u.CompetentDepartmentId }).ToListAsync(ct);
        foreach (var p in owing)
        {
            var text = AnnualSummary.Describe(year, null, today);
            foreach (var u in users.Where(u => u.HostUnitId == p.HostUnitId))
                notes.Add(new(u.UserName!, status == SummaryStatus.Missing ? $"{p.Name}{year}年度总结逾期未提交" : $"{p.Name}{year}年度总结待提交",
                    text, $"/supervision/summaries/{p.Id}/{year}", $"summary-{status}:{year}:{p.Id}"));
        }
        if (status != SummaryStatus.Missing) return;
        foreach (var d in owing.GroupBy(p => p.CompetentDepartmentId))
            foreach (var u in users.Where(u => u.CompetentDepartmentId == d.Key))
                notes.Add(new(u.UserName!, $"所属{d.Count()}个平台{year}年度总结逾期未提交",
                    $"截至{deadline:yyyy年M月d日}，{string.Join("、", d.Select(p => p.Name).Take(5))}{(d.Count() > 5 ? "等" : "")}未提交{year}年度总结（第十五条），请督促依托单位尽快提交。",
                    $"/supervision/summaries?year={year}", $"summary-missing-dept:{year}:{d.Key}"));
    }

    private static async Task RectificationsAsync(WorkbenchDbContext db, DateOnly today, List<InboxNote> notes, CancellationToken ct)
    {
        var rectifying = await db.Platforms.AsNoTracking().Where(p => p.Status == PlatformStatus.Rectifying)
            .Select(p => new
            {
                p.Id, p.Name, p.HostUnitId,
                Since = db.PlatformEvents.Where(e => e.PlatformId == p.Id && e.Kind == PlatformEventKind.Rectification).Max(e => (DateTimeOffset?)e.OccurredAt),
            }).ToListAsync(ct);
        var admins = await SupervisionCommon.UsersInRoleAsync(db, Role.Admin, ct);
        var hostUsers = await db.Users.AsNoTracking().Where(u => u.HostUnitId != null).Select(u => new { u.UserName, u.HostUnitId }).ToListAsync(ct);
        foreach (var p in rectifying.Where(p => p.Since is not null))
        {
            var due = DynamicAdjustment.RectificationDue(DateOnly.FromDateTime(p.Since!.Value.ToChina().DateTime));
            if (due.DayNumber - today.DayNumber > RectificationNoticeDays) continue;
            var overdue = today > due;
            var title = overdue ? $"{p.Name}整改期已满，待复评" : $"{p.Name}整改期将于{due:yyyy年M月d日}届满";
            var body = $"{p.Name}处于整改期，整改期为1年，至{due:yyyy年M月d日}止，期满后进行复评（第十七条）。" + (overdue ? "请安排复评。" : "请依托单位按期完成整改并提交整改报告。");
            var key = $"rectification-{(overdue ? "due" : "soon")}:{p.Id}:{due:yyyyMMdd}";
            foreach (var u in hostUsers.Where(u => u.HostUnitId == p.HostUnitId)) notes.Add(new(u.UserName!, title, body, $"/platforms/{p.Id}", key));
            foreach (var a in admins) notes.Add(new(a, title, body, $"/platforms/{p.Id}", key));
        }
    }

    /// <summary>第八条(二)3、第十七条: from November, every admin is told once per missing year to enter next year's 节假日安排.</summary>
    private static async Task CalendarAsync(WorkbenchDbContext db, DateOnly today, List<InboxNote> notes, CancellationToken ct)
    {
        var calendar = await db.LoadCalendarAsync(ct);
        var missing = calendar.MissingYears(today);
        if (missing.Count == 0) return;
        var body = calendar.UpkeepWarning(today)!;
        foreach (var a in await SupervisionCommon.UsersInRoleAsync(db, Role.Admin, ct))
            foreach (var y in missing)
                notes.Add(new(a, $"请录入{y}年法定节假日和调休安排", body, $"{CalendarQueries.PagePath}/{y}", $"calendar-missing:{y}"));
    }

    private static async Task ComplaintsAsync(WorkbenchDbContext db, List<InboxNote> notes, CancellationToken ct)
    {
        var open = await db.Complaints.AsNoTracking().Where(c => c.Status != ComplaintStatus.Closed)
            .Select(c => new { c.Id, c.TrackingNumber, c.Status, c.ReceivedAt }).ToListAsync(ct);
        var admins = await SupervisionCommon.UsersInRoleAsync(db, Role.Admin, ct);
        foreach (var c in open)
            foreach (var a in admins)
                notes.Add(new(a, $"投诉{c.TrackingNumber}待处理（{c.Status.Label()}）",
                    $"投诉{c.TrackingNumber}于{c.ReceivedAt.ToChina():yyyy年M月d日}收到，当前状态为“{c.Status.Label()}”，请及时办理并答复投诉人（第十八条）。",
                    $"/supervision/complaints/{c.Id}", $"complaint-{c.Status}:{c.Id}"));
    }
}

/// <summary>Runs the reminders hourly (and once shortly after start).</summary>
public sealed class ReminderWorker(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config, ILogger<ReminderWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Supervision:RemindersEnabled", true)) return;
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var n = await scope.ServiceProvider.GetRequiredService<ReminderService>().GenerateAsync(stoppingToken);
                if (n > 0) log.LogInformation("生成提醒 {Count} 条", n);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "生成提醒失败");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

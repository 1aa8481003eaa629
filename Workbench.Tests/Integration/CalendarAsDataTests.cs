using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workbench.App.Data;
using Workbench.App.Features.Account;
using Workbench.App.Features.Admin.Calendar;
using Workbench.App.Features.Recognition;
using Workbench.App.Features.Supervision;
using Workbench.Core;
using Workbench.Core.Recognition;
using Workbench.Tests.Support;

namespace Workbench.Tests.Integration;

/// <summary>
/// The calendar time bomb (issue 12): with the clock at 2026-12-28 a 5-working-day 公示 runs into 2027. It must be refused,
/// pointing to 系统管理 → 节假日安排, until the admin enters 2027; then the end date follows the entered year.
/// </summary>
public sealed class CalendarAsDataTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Dec28 = new(2026, 12, 28, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly WorkbenchFactory factory = new();
    private static readonly UserScope Admin = new("admin", "周婷", Role.Admin, null, null, null);

    public Task InitializeAsync()
    {
        factory.Clock.Offset = Dec28 - TimeProvider.System.GetUtcNow(); // before the host starts: the demo seed runs on 2026-12-28 too
        _ = factory.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private T Get<T>(IServiceScope s) where T : notnull => s.ServiceProvider.GetRequiredService<T>();

    [Fact]
    public async Task DemoSeed_PastTheCalendar_StoresNoPublicNoticeWithoutAnEnd()
    {
        var apps = await factory.WithDbAsync(db => db.RecognitionApplications.AsNoTracking().ToListAsync());
        Assert.All(apps.Where(a => a.NoticeStart is not null), a => Assert.True(a.NoticeEnd >= a.NoticeStart, $"{a.Name}: {a.NoticeStart} → {a.NoticeEnd}"));
        Assert.DoesNotContain(apps, a => a.NoticeEnd == DateOnly.MinValue);
        Assert.All(apps.Where(a => a.Status == RecognitionStatus.PublicNotice), a => Assert.NotNull(a.NoticeEnd));
    }

    [Fact]
    public async Task ApproveToPublicNotice_On20261228_RefusedUntil2027IsEntered_ThenEndDateFollowsIt()
    {
        var id = await factory.WithDbAsync(db => db.RecognitionApplications.Where(a => a.Status == RecognitionStatus.Approval).Select(a => a.Id).FirstAsync());
        using var scope = factory.Services.CreateScope();
        var recognition = Get<RecognitionService>(scope);

        var refused = await recognition.ActAsync(Admin, id, RecognitionAction.ApproveAndPublicise, null);
        Assert.False(refused.Ok);
        Assert.Contains(refused.Errors, e => e.Contains("没有2027年的法定节假日和调休安排"));
        Assert.Contains(refused.Errors, e => e.Contains(CalendarQueries.PagePath));
        var untouched = await factory.WithDbAsync(db => db.RecognitionApplications.AsNoTracking().FirstAsync(a => a.Id == id));
        Assert.Equal(RecognitionStatus.Approval, untouched.Status);
        Assert.Null(untouched.NoticeEnd);

        var calendar = Get<CalendarService>(scope);
        var form = await calendar.FormAsync(Admin, 2027);
        Assert.True(form.IsNew);
        form.Holidays = [new() { Name = "元旦", From = new(2027, 1, 1), To = new(2027, 1, 3) }];
        var saved = await calendar.SaveAsync(Admin, form);
        Assert.True(saved.Ok, string.Join("；", saved.Errors));

        var approved = await recognition.ActAsync(Admin, id, RecognitionAction.ApproveAndPublicise, null);
        Assert.True(approved.Ok, string.Join("；", approved.Errors));
        var after = await factory.WithDbAsync(db => db.RecognitionApplications.AsNoTracking().FirstAsync(a => a.Id == id));
        Assert.Equal(RecognitionStatus.PublicNotice, after.Status);
        Assert.Equal(new DateOnly(2026, 12, 28), after.NoticeStart);
        Assert.Equal(new DateOnly(2027, 1, 4), after.NoticeEnd); // 12.28–12.31, then 1.1–1.3 off, Monday 1.4 is the 5th
    }

    [Fact]
    public async Task CalendarYear_InvalidEntry_RefusedWithCoreMessagesAndNothingWritten()
    {
        using var scope = factory.Services.CreateScope();
        var calendar = Get<CalendarService>(scope);
        var before = await factory.WithDbAsync(db => db.AuditEntries.CountAsync());
        var form = await calendar.FormAsync(Admin, 2028);
        form.Holidays = [new() { Name = "元旦", From = new(2028, 1, 1), To = new(2028, 1, 1) }, new() { Name = "春节" }];
        form.Workdays = [new() { Date = new(2028, 1, 5) }];
        var noDates = await calendar.SaveAsync(Admin, form);
        Assert.False(noDates.Ok);
        Assert.Contains(noDates.Errors, e => e.Contains("“春节”请填写放假起止日期"));
        form.Holidays.RemoveAt(1);
        var notWeekend = await calendar.SaveAsync(Admin, form);
        Assert.Contains(notWeekend.Errors, e => e.Contains("不是周末"));
        Assert.False(await factory.WithDbAsync(db => db.CalendarYears.AnyAsync(y => y.Year == 2028)));
        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task CalendarYear_Edit_ReplacesDaysAndIsAudited_StaleVersionRefused()
    {
        using var scope = factory.Services.CreateScope();
        var calendar = Get<CalendarService>(scope);
        var form = await calendar.FormAsync(Admin, 2026);
        Assert.False(form.IsNew);
        Assert.Equal(7, form.Holidays.Count);
        var stale = await calendar.FormAsync(Admin, 2026);
        form.DocumentNumber = "国办发明电〔2025〕7号";
        form.Workdays.Add(new() { Date = new(2026, 12, 26) }); // a Saturday; re-saving the same days must not trip the unique index
        var saved = await calendar.SaveAsync(Admin, form);
        Assert.True(saved.Ok, string.Join("；", saved.Errors));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).Take(20).ToListAsync());
        Assert.Contains(audit, e => e.Action == "修改2026年节假日安排");
        var conflict = await calendar.SaveAsync(Admin, stale);
        Assert.False(conflict.Ok);
        Assert.Contains("刚刚被他人修改过", conflict.Errors.Single());
        var days = await factory.WithDbAsync(db => db.CalendarWorkdays.Where(w => w.Year == 2026).CountAsync());
        Assert.Equal(7, days);
    }

    [Fact]
    public async Task Reminders_FromNovember_TellEveryAdminOnceWhere2027GoesIn()
    {
        using var scope = factory.Services.CreateScope();
        var reminders = Get<ReminderService>(scope);
        await reminders.GenerateAsync();
        await reminders.GenerateAsync();
        var notes = await factory.WithDbAsync(db => db.InboxMessages.AsNoTracking().Where(m => m.Link == "/admin/calendar/2027").ToListAsync());
        Assert.NotEmpty(notes);
        Assert.Equal(notes.Count, notes.Select(n => n.UserName).Distinct().Count());
    }
}

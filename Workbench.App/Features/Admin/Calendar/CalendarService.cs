using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.App.Infrastructure;
using Workbench.Core;
using Workbench.Core.Calendar;

namespace Workbench.App.Features.Admin.Calendar;

/// <summary>
/// 第八条(二)3、第十七条: the official working calendar on which 公示 periods are counted, kept by the admin as data
/// (系统管理 → 节假日安排). Core validates a year; every change is audited.
/// </summary>
public sealed class CalendarService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock)
{
    public DateOnly Today => clock.ChinaToday();

    public async Task<CalendarOverview> OverviewAsync(UserScope scope, CancellationToken ct = default)
    {
        Demand(scope);
        await using var db = await dbf.CreateDbContextAsync(ct);
        var years = await db.CalendarYears.AsNoTracking().WithDays().OrderByDescending(y => y.Year).ToListAsync(ct);
        var calendar = new OfficialCalendar(years.Select(CalendarQueries.ToCore));
        var rows = years.Select(y => new CalendarYearRow(y.Year, y.Source, y.DocumentNumber, y.IssuedOn, y.Holidays.Count, y.Workdays.Count,
            calendar.CountWorkingDays(new(y.Year, 1, 1), new(y.Year, 12, 31)).ValueOrDefault, y.UpdatedAt, y.UpdatedBy)).ToList();
        return new(rows, calendar.MissingYears(Today), calendar.UpkeepWarning(Today));
    }

    /// <summary>The upkeep warning for the admin's 工作台 (null when nothing is missing).</summary>
    public async Task<string?> WarningAsync(CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        return (await db.LoadCalendarAsync(ct)).UpkeepWarning(Today);
    }

    /// <summary>The form for a year held, or a new one (prefilled with the usual holiday names) for a year not yet entered.</summary>
    public async Task<CalendarYearForm> FormAsync(UserScope scope, int year, CancellationToken ct = default)
    {
        Demand(scope);
        await using var db = await dbf.CreateDbContextAsync(ct);
        var y = await db.CalendarYears.AsNoTracking().WithDays().FirstOrDefaultAsync(x => x.Year == year, ct);
        if (y is null) return CalendarYearForm.New(year);
        return new()
        {
            Year = y.Year, Source = y.Source, DocumentNumber = y.DocumentNumber, IssuedOn = y.IssuedOn?.ToDateTime(TimeOnly.MinValue), Version = y.Version,
            Holidays = y.Holidays.OrderBy(h => h.From).Select(h => new HolidayRow { Name = h.Name, From = h.From.ToDateTime(TimeOnly.MinValue), To = h.To.ToDateTime(TimeOnly.MinValue) }).ToList(),
            Workdays = y.Workdays.OrderBy(w => w.Date).Select(w => new WorkdayRow { Date = w.Date.ToDateTime(TimeOnly.MinValue) }).ToList(),
        };
    }

    /// <summary>Validates the whole year with Core, then replaces it in one save (audited as 录入/修改节假日安排).</summary>
    public async Task<SaveResult> SaveAsync(UserScope scope, CalendarYearForm form, CancellationToken ct = default)
    {
        Demand(scope);
        var (year, problems) = form.ToCore();
        if (year is null) return SaveResult.Fail(problems);
        var check = year.Validate();
        if (!check.Passed) return SaveResult.Fail(check.Problems);

        await using var db = await dbf.CreateDbContextAsync(ct);
        var row = await db.CalendarYears.WithDays().FirstOrDefaultAsync(x => x.Year == year.Year, ct);
        if (form.IsNew && row is not null) return SaveResult.Fail($"{year.Year}年的节假日安排已经录入，请在列表中打开该年度修改。");
        if (!form.IsNew && row is null) return SaveResult.Fail($"{year.Year}年的节假日安排不存在，请刷新页面。");
        if (row is null)
        {
            row = new CalendarYear { Year = year.Year, Source = year.Source };
            db.CalendarYears.Add(row);
        }
        else
        {
            db.Entry(row).Property(x => x.Version).OriginalValue = form.Version;
            row.Version = Guid.NewGuid();
            db.CalendarHolidays.RemoveRange(row.Holidays);
            db.CalendarWorkdays.RemoveRange(row.Workdays);
        }
        row.Source = year.Source;
        row.DocumentNumber = year.DocumentNumber;
        row.IssuedOn = year.IssuedOn;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = scope.DisplayName;
        row.Holidays = year.Holidays.Select(h => new CalendarHoliday { Year = year.Year, Name = h.Name, From = h.From, To = h.To }).ToList();
        row.Workdays = year.AdjustedWorkdays.Order().Select(d => new CalendarWorkday { Year = year.Year, Date = d }).ToList();
        db.AuditAction = form.IsNew ? $"录入{year.Year}年节假日安排" : $"修改{year.Year}年节假日安排";
        return await SaveResult.SaveAsync(db, () => year.Year, $"{year.Year}年的节假日安排刚刚被他人修改过，请刷新页面后再修改。", ct);
    }

    private static void Demand(UserScope scope)
    {
        if (scope.Role != Role.Admin) throw new UnauthorizedAccessException("只有省科技厅管理员可以维护节假日安排。");
    }
}

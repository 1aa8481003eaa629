using Microsoft.EntityFrameworkCore;
using Workbench.Core;
using Workbench.Core.Calendar;

namespace Workbench.App.Data;

/// <summary>The official calendar is data (系统管理 → 节假日安排); every count of working days loads it from here.</summary>
public static class CalendarQueries
{
    /// <summary>Where the admin keeps the calendar; failures that need a year point there.</summary>
    public const string PagePath = "/admin/calendar";

    /// <summary>Added to a Core calendar failure so the reader knows where the missing data goes.</summary>
    public const string Hint = "请省科技厅管理员在“系统管理 → 节假日安排”（" + PagePath + "）中录入该年度安排后再办理。";

    /// <summary>Calendar years with their holidays and 调休 days (one query per collection).</summary>
    public static IQueryable<Entities.CalendarYear> WithDays(this IQueryable<Entities.CalendarYear> years) =>
        years.Include(y => y.Holidays).Include(y => y.Workdays).AsSplitQuery();

    public static async Task<OfficialCalendar> LoadCalendarAsync(this WorkbenchDbContext db, CancellationToken ct = default)
    {
        var years = await db.CalendarYears.AsNoTracking().WithDays().OrderBy(y => y.Year).ToListAsync(ct);
        return new OfficialCalendar(years.Select(ToCore));
    }

    public static HolidayYear ToCore(Entities.CalendarYear y) => new(y.Year,
        y.Holidays.OrderBy(h => h.From).Select(h => new HolidayPeriod(h.Name, h.From, h.To)).ToList(),
        y.Workdays.Select(w => w.Date).Order().ToList(), y.Source, y.DocumentNumber, y.IssuedOn);

    /// <summary>A failed calendar rule's problems with the hint where to fix them.</summary>
    public static IReadOnlyList<string> WithHint(this Check check) =>
        OfficialCalendar.IsMissingYear(check) ? [.. check.Problems, Hint] : check.Problems;
}

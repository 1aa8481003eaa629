using Workbench.Core.Calendar;

namespace Workbench.App.Features.Admin.Calendar;

/// <summary>A year in the list of 节假日安排.</summary>
public sealed record CalendarYearRow(int Year, string Source, string? DocumentNumber, DateOnly? IssuedOn, int Holidays, int Workdays,
    int? WorkingDaysInYear, DateTimeOffset? UpdatedAt, string? UpdatedBy);

/// <summary>The list page: the years held and what is missing (Core's upkeep rule).</summary>
public sealed record CalendarOverview(IReadOnlyList<CalendarYearRow> Years, IReadOnlyList<int> Missing, string? Warning);

/// <summary>The edit form for one year (MudDatePicker binds DateTime?).</summary>
public sealed class CalendarYearForm
{
    public int Year { get; set; }
    public bool IsNew { get; set; }
    public string Source { get; set; } = "";
    public string? DocumentNumber { get; set; }
    public DateTime? IssuedOn { get; set; }
    public List<HolidayRow> Holidays { get; set; } = [];
    public List<WorkdayRow> Workdays { get; set; } = [];
    public Guid Version { get; set; }

    /// <summary>The holidays every year's notice names, in calendar order: a new year starts with these rows to fill.</summary>
    public static readonly string[] UsualHolidays = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"];

    public static CalendarYearForm New(int year) => new()
    {
        Year = year, IsNew = true, Source = $"国务院办公厅关于{year}年部分节假日安排的通知",
        Holidays = UsualHolidays.Select(n => new HolidayRow { Name = n }).ToList(),
    };
}

public sealed class HolidayRow
{
    public string Name { get; set; } = "";
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
}

public sealed class WorkdayRow
{
    public DateTime? Date { get; set; }
}

internal static class CalendarFormMapping
{
    /// <summary>Form rows with missing dates are reported by name; otherwise the Core value to validate.</summary>
    public static (HolidayYear? Year, List<string> Problems) ToCore(this CalendarYearForm f)
    {
        var problems = new List<string>();
        var holidays = new List<HolidayPeriod>();
        foreach (var (h, i) in f.Holidays.Select((h, i) => (h, i + 1)))
        {
            if (h.From is null || h.To is null)
                problems.Add($"第{i}行假日“{(string.IsNullOrWhiteSpace(h.Name) ? "（未命名）" : h.Name.Trim())}”请填写放假起止日期，或删除该行。");
            else
                holidays.Add(new(h.Name.Trim(), DateOnly.FromDateTime(h.From.Value), DateOnly.FromDateTime(h.To.Value)));
        }
        var workdays = new List<DateOnly>();
        foreach (var (w, i) in f.Workdays.Select((w, i) => (w, i + 1)))
        {
            if (w.Date is null) problems.Add($"第{i}个调休上班日未选择日期，请选择或删除。");
            else workdays.Add(DateOnly.FromDateTime(w.Date.Value));
        }
        if (problems.Count > 0) return (null, problems);
        return (new HolidayYear(f.Year, holidays, workdays, f.Source.Trim(), string.IsNullOrWhiteSpace(f.DocumentNumber) ? null : f.DocumentNumber.Trim(),
            f.IssuedOn is { } d ? DateOnly.FromDateTime(d) : null), problems);
    }
}

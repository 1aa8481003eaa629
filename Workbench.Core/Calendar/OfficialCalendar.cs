namespace Workbench.Core.Calendar;

/// <summary>
/// 第八条(二)3、第十七条: 公示 periods are counted in working days on this calendar.
/// The official Chinese working calendar: weekends off, public holidays off, 调休 weekends on. A year without data is
/// reported, never guessed.
/// </summary>
public sealed class OfficialCalendar
{
    private readonly IReadOnlyDictionary<int, HolidayYear> _years;

    public OfficialCalendar(IEnumerable<HolidayYear> years) => _years = years.ToDictionary(y => y.Year);

    /// <summary>2024–2026 from the State Council notices.</summary>
    public static OfficialCalendar Default { get; } = new(HolidayData.All);

    public IReadOnlyCollection<int> Years => _years.Keys.Order().ToList();

    /// <summary>A calendar with <paramref name="year"/> added or replaced (admins add years), if that year's data are coherent.</summary>
    public Result<OfficialCalendar> WithYear(HolidayYear year)
    {
        var check = year.Validate();
        return check.Passed
            ? Result<OfficialCalendar>.Ok(new(_years.Values.Where(y => y.Year != year.Year).Append(year)))
            : Result<OfficialCalendar>.Fail(check);
    }

    /// <summary>Whether <paramref name="day"/> is a working day; fails when its year has no data.</summary>
    public Result<bool> IsWorkingDay(DateOnly day)
    {
        if (!_years.TryGetValue(day.Year, out var y))
            return Result<bool>.Fail(MissingYear(day.Year));
        if (y.AdjustedWorkdays.Contains(day))
            return Result<bool>.Ok(true);
        if (y.Holidays.Any(h => h.Contains(day)))
            return Result<bool>.Ok(false);
        return Result<bool>.Ok(day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
    }

    /// <summary>The <paramref name="n"/>-th working day counting from <paramref name="start"/> (start counts if it is a working day).</summary>
    public Result<DateOnly> NthWorkingDay(DateOnly start, int n)
    {
        if (n < 1)
            return Result<DateOnly>.Fail("工作日天数应至少为1天。");
        var day = start;
        var counted = 0;
        while (true)
        {
            var working = IsWorkingDay(day);
            if (!working.Succeeded)
                return Result<DateOnly>.Fail(working.Check);
            if (working.Value && ++counted == n)
                return Result<DateOnly>.Ok(day);
            day = day.AddDays(1);
        }
    }

    /// <summary>The date <paramref name="n"/> working days after <paramref name="start"/> (start itself not counted).</summary>
    public Result<DateOnly> AddWorkingDays(DateOnly start, int n) => NthWorkingDay(start.AddDays(1), n);

    /// <summary>How many working days lie between two dates, both inclusive.</summary>
    public Result<int> CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var w = IsWorkingDay(d);
            if (!w.Succeeded)
                return Result<int>.Fail(w.Check);
            if (w.Value) count++;
        }
        return Result<int>.Ok(count);
    }

    private static string MissingYear(int year) =>
        $"日历中没有{year}年的法定节假日和调休安排，无法计算工作日；请管理员依据国务院办公厅关于{year}年部分节假日安排的通知补充。";
}

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

    public IReadOnlyCollection<int> Years => _years.Keys.Order().ToList();

    /// <summary>The month from which next year's arrangements are expected (the State Council publishes them in autumn).</summary>
    public const int UpkeepFromMonth = 11;

    /// <summary>
    /// 第八条(二)3、第十七条: which years the calendar must gain soon. This year is always needed; from November next year
    /// too, because a 5-working-day 公示 started in late December runs into it. Empty when nothing is missing.
    /// </summary>
    public IReadOnlyList<int> MissingYears(DateOnly today)
    {
        var needed = today.Month >= UpkeepFromMonth ? new[] { today.Year, today.Year + 1 } : [today.Year];
        return needed.Where(y => !_years.ContainsKey(y)).ToList();
    }

    /// <summary>The warning for <see cref="MissingYears"/>, or null when the calendar is complete for now.</summary>
    public string? UpkeepWarning(DateOnly today)
    {
        var missing = MissingYears(today);
        return missing.Count == 0 ? null
            : $"日历中还没有{string.Join("、", missing.Select(y => $"{y}年"))}的法定节假日和调休安排：跨入该年的公示期将无法计算，届时公示会被拒绝（第八条(二)3、第十七条）。请依据国务院办公厅发布的节假日安排通知录入。";
    }

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

    /// <summary>The words every missing-year failure carries, so a caller can point the reader to where the data goes.</summary>
    public const string MissingYearMarker = "的法定节假日和调休安排，无法计算工作日";

    /// <summary>Whether a failed check is (also) a year missing from the calendar.</summary>
    public static bool IsMissingYear(Check check) => check.Problems.Any(p => p.Contains(MissingYearMarker, StringComparison.Ordinal));

    private static string MissingYear(int year) =>
        $"日历中没有{year}年{MissingYearMarker}；请管理员依据国务院办公厅关于{year}年部分节假日安排的通知补充。";
}

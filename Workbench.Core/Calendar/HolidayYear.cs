namespace Workbench.Core.Calendar;

/// <summary>A public holiday as announced: name and the days off (inclusive).</summary>
public sealed record HolidayPeriod(string Name, DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly d) => d >= From && d <= To;
}

/// <summary>
/// One year of the official calendar from the 国务院办公厅 notice: holidays and adjusted working weekends (调休上班),
/// with the notice's title (<paramref name="Source"/>), 文号 and date.
/// </summary>
public sealed record HolidayYear(int Year, IReadOnlyList<HolidayPeriod> Holidays, IReadOnlyList<DateOnly> AdjustedWorkdays, string Source,
    string? DocumentNumber = null, DateOnly? IssuedOn = null)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <summary>
    /// 第八条(二)3、第十七条: an admin-entered year must be coherent before 公示 periods are counted on it: dates inside the
    /// year, 调休 days on weekends, no day both off and on, no overlapping holidays, the notice named.
    /// </summary>
    public Check Validate()
    {
        var problems = new List<string>();
        var year = Year;
        if (year is < MinYear or > MaxYear)
            return Check.Fail($"年度应在{MinYear}至{MaxYear}年之间。");
        foreach (var h in Holidays)
        {
            var name = string.IsNullOrWhiteSpace(h.Name) ? "（未命名）" : h.Name;
            if (string.IsNullOrWhiteSpace(h.Name))
                problems.Add($"{year}年有假日未填写名称（如“春节”）。");
            if (h.From > h.To)
                problems.Add($"{year}年“{name}”的起止日期颠倒。");
            if (h.From.Year != year || h.To.Year != year)
                problems.Add($"“{name}”的日期不在{year}年内。");
        }
        var ordered = Holidays.OrderBy(h => h.From).ToList();
        for (var i = 1; i < ordered.Count; i++)
            if (ordered[i].From <= ordered[i - 1].To)
                problems.Add($"“{ordered[i - 1].Name}”与“{ordered[i].Name}”的日期重叠。");
        if (Holidays.Count == 0)
            problems.Add($"请至少填写{year}年的一个法定节假日（元旦、春节等）。");
        foreach (var w in AdjustedWorkdays)
        {
            if (w.Year != year)
                problems.Add($"调休上班日{w:yyyy年M月d日}不在{year}年内。");
            if (w.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                problems.Add($"调休上班日{w:yyyy年M月d日}不是周末，无需调休。");
            if (Holidays.Any(h => h.Contains(w)))
                problems.Add($"{w:yyyy年M月d日}既是假日又是调休上班日。");
        }
        foreach (var dup in AdjustedWorkdays.GroupBy(d => d).Where(g => g.Count() > 1))
            problems.Add($"调休上班日{dup.Key:yyyy年M月d日}重复填写。");
        if (string.IsNullOrWhiteSpace(Source))
            problems.Add($"请注明{year}年节假日安排的依据（国务院办公厅通知名称）。");
        if (IssuedOn is { } issued && issued.Year > year)
            problems.Add($"通知发布日期{issued:yyyy年M月d日}晚于{year}年，请核对。");
        return Check.Of(problems);
    }
}

/// <summary>
/// 第八条(二)3、第十七条 (公示 in working days): the holiday arrangements from the State Council notices, 2024–2026, as
/// published. They seed the database's calendar once; from then on the calendar is data the admin keeps (a page in
/// 系统管理), and the App never counts days on this compiled-in copy.
/// </summary>
public static class HolidayData
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static HolidayPeriod H(string name, DateOnly from, DateOnly to) => new(name, from, to);

    /// <summary>国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023年10月25日）; checked against the published text.</summary>
    public static readonly HolidayYear Y2024 = new(2024,
    [
        H("元旦", D(2024, 1, 1), D(2024, 1, 1)),
        H("春节", D(2024, 2, 10), D(2024, 2, 17)),
        H("清明节", D(2024, 4, 4), D(2024, 4, 6)),
        H("劳动节", D(2024, 5, 1), D(2024, 5, 5)),
        H("端午节", D(2024, 6, 8), D(2024, 6, 10)),
        H("中秋节", D(2024, 9, 15), D(2024, 9, 17)),
        H("国庆节", D(2024, 10, 1), D(2024, 10, 7)),
    ],
    [D(2024, 2, 4), D(2024, 2, 18), D(2024, 4, 7), D(2024, 4, 28), D(2024, 5, 11), D(2024, 9, 14), D(2024, 9, 29), D(2024, 10, 12)],
    "国务院办公厅关于2024年部分节假日安排的通知", "国办发明电〔2023〕7号", D(2023, 10, 25));

    /// <summary>国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日; 春节、劳动节 each one day longer from 2025); checked against the published text.</summary>
    public static readonly HolidayYear Y2025 = new(2025,
    [
        H("元旦", D(2025, 1, 1), D(2025, 1, 1)),
        H("春节", D(2025, 1, 28), D(2025, 2, 4)),
        H("清明节", D(2025, 4, 4), D(2025, 4, 6)),
        H("劳动节", D(2025, 5, 1), D(2025, 5, 5)),
        H("端午节", D(2025, 5, 31), D(2025, 6, 2)),
        H("国庆节、中秋节", D(2025, 10, 1), D(2025, 10, 8)),
    ],
    [D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27), D(2025, 9, 28), D(2025, 10, 11)],
    "国务院办公厅关于2025年部分节假日安排的通知", "国办发明电〔2024〕12号", D(2024, 11, 12));

    /// <summary>国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）; checked against the published text.</summary>
    public static readonly HolidayYear Y2026 = new(2026,
    [
        H("元旦", D(2026, 1, 1), D(2026, 1, 3)),
        H("春节", D(2026, 2, 15), D(2026, 2, 23)),
        H("清明节", D(2026, 4, 4), D(2026, 4, 6)),
        H("劳动节", D(2026, 5, 1), D(2026, 5, 5)),
        H("端午节", D(2026, 6, 19), D(2026, 6, 21)),
        H("中秋节", D(2026, 9, 25), D(2026, 9, 27)),
        H("国庆节", D(2026, 10, 1), D(2026, 10, 7)),
    ],
    [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)],
    "国务院办公厅关于2026年部分节假日安排的通知", null, D(2025, 11, 4));

    public static readonly IReadOnlyList<HolidayYear> All = [Y2024, Y2025, Y2026];
}

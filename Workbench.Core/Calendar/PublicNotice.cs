namespace Workbench.Core.Calendar;

/// <summary>
/// 第八条(二)3、第十七条: 向社会公示. The Measures leave the period open; practice is 5 working days on the official calendar,
/// counted from the day of publication.
/// </summary>
public static class PublicNotice
{
    public const int DefaultWorkingDays = 5;

    /// <summary>第八条(二)3: the last day of a 公示 that starts on <paramref name="start"/>.</summary>
    public static Result<DateOnly> EndDate(OfficialCalendar calendar, DateOnly start, int workingDays = DefaultWorkingDays) =>
        calendar.NthWorkingDay(start, workingDays);

    /// <summary>第八条(二)3: whether the 公示 is still open on <paramref name="today"/> (objections accepted).</summary>
    public static Result<bool> IsOpen(OfficialCalendar calendar, DateOnly start, DateOnly today, int workingDays = DefaultWorkingDays)
    {
        var end = EndDate(calendar, start, workingDays);
        return end.Succeeded ? Result<bool>.Ok(today >= start && today <= end.Value) : Result<bool>.Fail(end.Check);
    }

    /// <summary>第八条(二)3: recognition may be confirmed only after the 公示 has ended.</summary>
    public static Check MayConclude(OfficialCalendar calendar, DateOnly start, DateOnly today, int workingDays = DefaultWorkingDays)
    {
        var end = EndDate(calendar, start, workingDays);
        if (!end.Succeeded)
            return end.Check;
        return today > end.Value
            ? Check.Ok
            : Check.Fail($"公示期至{end.Value:yyyy年M月d日}止（{workingDays}个工作日），公示期满后方可发布（第八条(二)3）。");
    }
}

namespace Workbench.Core.Evaluation;

/// <summary>第十五条: where a platform's annual summary for a year stands.</summary>
public enum SummaryStatus
{
    /// <summary>待提交 (deadline not yet passed)</summary>
    Pending,
    /// <summary>按时提交</summary>
    OnTime,
    /// <summary>逾期提交</summary>
    Late,
    /// <summary>逾期未提交</summary>
    Missing,
}

/// <summary>第十五条: 省资源平台需每年进行年度总结，并将总结报告与下一年度工作计划于次年2月底前报省科技厅。</summary>
public static class AnnualSummary
{
    /// <summary>第十五条: the last day of February of the year after <paramref name="year"/> (29 Feb in leap years).</summary>
    public static DateOnly Deadline(int year) => new(year + 1, 2, DateTime.DaysInMonth(year + 1, 2));

    /// <summary>第十五条: the status of the summary for <paramref name="year"/>, submitted on <paramref name="submittedOn"/> (null if not), as of <paramref name="today"/>.</summary>
    public static SummaryStatus Status(int year, DateOnly? submittedOn, DateOnly today)
    {
        var deadline = Deadline(year);
        if (submittedOn is { } s)
            return s <= deadline ? SummaryStatus.OnTime : SummaryStatus.Late;
        return today <= deadline ? SummaryStatus.Pending : SummaryStatus.Missing;
    }

    /// <summary>第十五条: a sentence for the status, with the deadline.</summary>
    public static string Describe(int year, DateOnly? submittedOn, DateOnly today)
    {
        var d = Deadline(year);
        return Status(year, submittedOn, today) switch
        {
            SummaryStatus.OnTime => $"{year}年度总结已按时提交（截止{d:yyyy年M月d日}，第十五条）。",
            SummaryStatus.Late => $"{year}年度总结于{submittedOn:yyyy年M月d日}提交，已逾期（截止{d:yyyy年M月d日}，第十五条）。",
            SummaryStatus.Missing => $"{year}年度总结及下一年度工作计划逾期未提交（截止{d:yyyy年M月d日}，第十五条）。",
            _ => $"请于{d:yyyy年M月d日}前提交{year}年度总结及{year + 1}年度工作计划（第十五条）。",
        };
    }

    public static string Label(this SummaryStatus s) => s switch
    {
        SummaryStatus.Pending => "待提交",
        SummaryStatus.OnTime => "按时提交",
        SummaryStatus.Late => "逾期提交",
        SummaryStatus.Missing => "逾期未提交",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };
}

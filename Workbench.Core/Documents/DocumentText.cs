namespace Workbench.Core.Documents;

/// <summary>Chinese text conventions shared by every generated document.</summary>
public static class DocumentText
{
    /// <summary>成文日期 in Arabic numerals as GB/T 9704-2012 7.3.5.1 requires: 2026年11月29日 (no leading zeros).</summary>
    public static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>“第 3 页 共 12 页”, the page footer of forms and reports.</summary>
    public static string PageOfTotal(int page, int total) => $"第 {page} 页 共 {total} 页";

    /// <summary>GB/T 9704-2012 7.5: the page number between two one-em dashes, “— 3 —”.</summary>
    public static string DashedPageNumber(int page) => $"— {page} —";
}

/// <summary>
/// 发文字号 (GB/T 9704-2012 7.2.4): 机关代字 + 年份 in hexagonal brackets 〔〕 + 发文顺序号 without leading zeros or 第,
/// e.g. 湘科发〔2026〕12号.
/// </summary>
public sealed record DocumentNumber(string AgencyCode, int Year, int Serial)
{
    public override string ToString() => $"{AgencyCode}〔{Year}〕{Serial}号";

    public Check Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(AgencyCode))
            problems.Add("请填写发文机关代字，例如“湘科发”。");
        if (Year is < 2000 or > 2100)
            problems.Add($"发文字号年份“{Year}”不正确，应为四位年份，例如 2026。");
        if (Serial <= 0)
            problems.Add("发文顺序号应为正整数，不编虚位，例如“12号”而不是“012号”。");
        return Check.Of(problems);
    }
}

/// <summary>A red round seal (印章) drawn on a document: the organisation's name runs around the arc above a star.</summary>
/// <param name="Organisation">text around the arc, e.g. 湖南省科学技术厅</param>
/// <param name="Purpose">optional text under the star, e.g. 专用章; empty for the official seal</param>
public sealed record SealModel(string Organisation, string Purpose = "");

/// <summary>A table in a document: header cells and rows of text, optional relative column widths.</summary>
public sealed record DocumentTable(
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<float>? ColumnWeights = null,
    string? Caption = null)
{
    public Check Validate()
    {
        if (Headers.Count == 0) return Check.Fail("表格至少需要一列。");
        var bad = Rows.Select((r, i) => (r, i)).Where(x => x.r.Count != Headers.Count)
            .Select(x => $"表格第{x.i + 1}行有{x.r.Count}个单元格，应为{Headers.Count}个。");
        var weights = ColumnWeights is not null && ColumnWeights.Count != Headers.Count
            ? [$"列宽设置有{ColumnWeights.Count}项，应为{Headers.Count}项。"]
            : Array.Empty<string>();
        return Check.Of(bad.Concat(weights));
    }
}

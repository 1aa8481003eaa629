using Microsoft.AspNetCore.WebUtilities;
using Workbench.App.Features.Platforms;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Documents;

/// <summary>The registry page's query-string keys (q, category, status, department, grade) ↔ <see cref="PlatformQuery"/>,
/// shared by the registry page, its Excel export and batch certificate printing.</summary>
public static class RegistryFilter
{
    public static PlatformQuery Parse(string? q, string? category, string? status, string? department, string? grade = null) => new(
        Search: string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
        Category: Enum.TryParse<ResourceCategory>(category, out var c) && Enum.IsDefined(c) ? c : null,
        Status: Enum.TryParse<PlatformStatus>(status, out var s) && Enum.IsDefined(s) ? s : null,
        DepartmentId: int.TryParse(department, out var d) ? d : null,
        Grade: Enum.TryParse<Grade>(grade, out var g) && Enum.IsDefined(g) ? g : null);

    public static PlatformQuery Parse(IQueryCollection query) =>
        Parse(query["q"], query["category"], query["status"], query["department"], query["grade"]);

    /// <summary>“path?q=…&amp;category=…” with only the filters that are set.</summary>
    public static string ToUrl(string path, PlatformQuery f)
    {
        var args = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(f.Search)) args["q"] = f.Search.Trim();
        if (f.Category is { } c) args["category"] = c.ToString();
        if (f.Status is { } s) args["status"] = s.ToString();
        if (f.DepartmentId is { } d) args["department"] = d.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (f.Grade is { } g) args["grade"] = g.ToString();
        return QueryHelpers.AddQueryString(path, args);
    }

    /// <summary>Chinese description of the filter for titles and job names, e.g. “生物种质和实验材料 · 已认定”.</summary>
    public static string Describe(PlatformQuery f, string? departmentName = null)
    {
        var parts = new List<string>();
        if (f.Category is { } c) parts.Add(c.Label());
        if (f.Status is { } s) parts.Add(s.Label());
        if (departmentName is not null) parts.Add(departmentName);
        if (f.Grade is { } g) parts.Add($"最近一次考核评估{g.Label()}");
        if (!string.IsNullOrWhiteSpace(f.Search)) parts.Add($"含“{f.Search.Trim()}”");
        return parts.Count == 0 ? "全部平台" : string.Join(" · ", parts);
    }
}

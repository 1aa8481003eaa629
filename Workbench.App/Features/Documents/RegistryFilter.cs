using Microsoft.AspNetCore.WebUtilities;
using Workbench.App.Features.Platforms;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Documents;

/// <summary>The registry page's query-string keys (q, category, status, department) ↔ <see cref="PlatformQuery"/>,
/// shared by the registry page, its Excel export and batch certificate printing.</summary>
public static class RegistryFilter
{
    public static PlatformQuery Parse(string? q, string? category, string? status, string? department) => new(
        Search: string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
        Category: Enum.TryParse<ResourceCategory>(category, out var c) && Enum.IsDefined(c) ? c : null,
        Status: Enum.TryParse<PlatformStatus>(status, out var s) && Enum.IsDefined(s) ? s : null,
        DepartmentId: int.TryParse(department, out var d) ? d : null);

    public static PlatformQuery Parse(IQueryCollection query) =>
        Parse(query["q"], query["category"], query["status"], query["department"]);

    /// <summary>“path?q=…&amp;category=…” with only the filters that are set.</summary>
    public static string ToUrl(string path, PlatformQuery f)
    {
        var args = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(f.Search)) args["q"] = f.Search.Trim();
        if (f.Category is { } c) args["category"] = c.ToString();
        if (f.Status is { } s) args["status"] = s.ToString();
        if (f.DepartmentId is { } d) args["department"] = d.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(path, args);
    }

    /// <summary>Chinese description of the filter for titles and job names, e.g. “生物种质和实验材料 · 已认定”.</summary>
    public static string Describe(PlatformQuery f, string? departmentName = null)
    {
        var parts = new List<string>();
        if (f.Category is { } c) parts.Add(c.Label());
        if (f.Status is { } s) parts.Add(s.Label());
        if (departmentName is not null) parts.Add(departmentName);
        if (!string.IsNullOrWhiteSpace(f.Search)) parts.Add($"含“{f.Search.Trim()}”");
        return parts.Count == 0 ? "全部平台" : string.Join(" · ", parts);
    }
}

namespace Workbench.Core.Platforms;

/// <summary>
/// 第九条: 省资源平台统一规范命名为“湖南省××平台”、“湖南省××中心”、“湖南省××资源库（馆）”，
/// 英文名称为 Hunan Provincial XX Platform / Center / Resource Center。
/// </summary>
public static class PlatformNaming
{
    public const string ChinesePrefix = "湖南省";
    public const string EnglishPrefix = "Hunan Provincial ";

    /// <summary>Chinese suffixes with their English counterparts; longer suffixes first so 资源库 wins over 库.</summary>
    public static readonly IReadOnlyList<(string Chinese, string English)> Suffixes =
    [
        ("资源库", "Resource Center"),
        ("资源馆", "Resource Center"),
        ("平台", "Platform"),
        ("中心", "Center"),
    ];

    /// <summary>第九条: the Chinese name is 湖南省 + at least two characters + 平台/中心/资源库/资源馆.</summary>
    public static Check ValidateChineseName(string? name)
    {
        var n = (name ?? "").Trim();
        if (n.Length == 0)
            return Check.Fail("请填写平台中文名称（第九条），例如“湖南省大型科学仪器共享服务平台”。");
        var problems = new List<string>();
        if (n.Any(char.IsWhiteSpace))
            problems.Add("平台中文名称中不应含有空格（第九条）。");
        if (!n.StartsWith(ChinesePrefix, StringComparison.Ordinal))
            problems.Add($"平台中文名称应以“湖南省”开头（第九条），例如“湖南省{Core(n)}{SuffixOf(n) ?? "平台"}”。");
        var suffix = SuffixOf(n);
        if (suffix is null)
            problems.Add($"平台中文名称应以“平台”“中心”“资源库”或“资源馆”结尾（第九条），例如“{ChinesePrefix}{Core(n)}平台”。");
        else if (n.StartsWith(ChinesePrefix, StringComparison.Ordinal) && n.Length - ChinesePrefix.Length - suffix.Length < 2)
            problems.Add($"“湖南省”与“{suffix}”之间应写明资源或领域名称，至少两个字（第九条），例如“湖南省种质{suffix}”。");
        return Check.Of(problems);
    }

    /// <summary>第九条: the English suffix that matches the Chinese one (资源库 and 资源馆 both give Resource Center).</summary>
    public static string? EnglishSuffixFor(string? chineseName) =>
        Suffixes.FirstOrDefault(s => (chineseName ?? "").Trim().EndsWith(s.Chinese, StringComparison.Ordinal)).English;

    /// <summary>第九条: the English name is “Hunan Provincial … Platform/Center/Resource Center”, suffix matching the Chinese name.</summary>
    public static Check ValidateEnglishName(string? englishName, string? chineseName)
    {
        var e = string.Join(' ', (englishName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var expected = EnglishSuffixFor(chineseName) ?? "Platform";
        var example = $"{EnglishPrefix}Large Scientific Instrument Sharing {expected}";
        if (e.Length == 0)
            return Check.Fail($"请填写平台英文名称（第九条），例如“{example}”。");
        var problems = new List<string>();
        if (e.Any(c => c > 0x7F))
            problems.Add($"英文名称只能使用英文字母（第九条），例如“{example}”。");
        if (!e.StartsWith(EnglishPrefix, StringComparison.Ordinal))
            problems.Add($"英文名称应以“Hunan Provincial”开头（第九条），例如“{example}”。");
        if (!e.EndsWith(" " + expected, StringComparison.Ordinal))
            problems.Add($"中文名称以“{SuffixOf(chineseName ?? "") ?? "平台"}”结尾，英文名称应以“{expected}”结尾（第九条），例如“{example}”。");
        else if (e.StartsWith(EnglishPrefix, StringComparison.Ordinal) && e.Length <= EnglishPrefix.Length + expected.Length)
            problems.Add($"“Hunan Provincial”与“{expected}”之间应写明资源或领域名称（第九条），例如“{example}”。");
        return Check.Of(problems);
    }

    private static string? SuffixOf(string name) =>
        Suffixes.FirstOrDefault(s => name.EndsWith(s.Chinese, StringComparison.Ordinal)).Chinese;

    private static string Core(string name)
    {
        var core = name.StartsWith(ChinesePrefix, StringComparison.Ordinal) ? name[ChinesePrefix.Length..] : name.TrimStart('省');
        var suffix = SuffixOf(core);
        core = suffix is null ? core : core[..^suffix.Length];
        return core.Length >= 2 ? core : "××";
    }
}

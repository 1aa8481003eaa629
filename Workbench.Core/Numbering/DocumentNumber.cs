using System.Text.RegularExpressions;

namespace Workbench.Core.Numbering;

/// <summary>
/// 发文字号 such as 湘科发〔2026〕12号 (GB/T 9704-2012 7.2.4: 年份用六角括号，序号不加“第”、不编虚位). The Measures themselves are
/// 湘科发〔2024〕130号.
/// </summary>
public sealed partial record DocumentNumber(string Prefix, int Year, int Sequence)
{
    /// <summary>The standard form, e.g. 湘科发〔2026〕12号.</summary>
    public string Format() => $"{Prefix}〔{Year}〕{Sequence}号";

    public override string ToString() => Format();

    /// <summary>Reads a 发文字号; half-width or other brackets are accepted and normalised, 虚位 and “第” are not.</summary>
    public static Result<DocumentNumber> Parse(string? text)
    {
        var t = (text ?? "").Trim();
        var m = Pattern().Match(t);
        if (!m.Success)
            return Result<DocumentNumber>.Fail($"“{t}”不是规范的发文字号，应形如“湘科发〔2026〕12号”（年份用六角括号“〔〕”，序号后加“号”）。");
        var seq = m.Groups["n"].Value;
        if (seq.StartsWith('0'))
            return Result<DocumentNumber>.Fail($"“{t}”的发文顺序号不应编虚位（1不编为01）。");
        return Result<DocumentNumber>.Ok(new(m.Groups["p"].Value, int.Parse(m.Groups["y"].Value), int.Parse(seq)));
    }

    /// <summary>The next number for a prefix and year: one more than the highest already issued (gaps are never reused).</summary>
    public static DocumentNumber Next(string prefix, int year, IEnumerable<DocumentNumber> issued) =>
        new(prefix, year, issued.Where(d => d.Prefix == prefix && d.Year == year).Select(d => d.Sequence).DefaultIfEmpty(0).Max() + 1);

    [GeneratedRegex(@"^(?<p>[\p{IsCJKUnifiedIdeographs}]+)[〔\[［【(（](?<y>\d{4})[〕\]］】)）](?<n>\d+)号$")]
    private static partial Regex Pattern();
}

/// <summary>第九条: 授牌 — the certificate (plaque) number, e.g. HNKJPT-2026-0001: prefix, year, 4-digit sequence per year.</summary>
public sealed partial record CertificateNumber(int Year, int Sequence, string Prefix = CertificateNumber.DefaultPrefix)
{
    public const string DefaultPrefix = "HNKJPT";

    public string Format() => $"{Prefix}-{Year}-{Sequence:D4}";

    public override string ToString() => Format();

    /// <summary>Reads a certificate number such as HNKJPT-2026-0001.</summary>
    public static Result<CertificateNumber> Parse(string? text)
    {
        var t = (text ?? "").Trim().ToUpperInvariant();
        var m = Pattern().Match(t);
        if (!m.Success || int.Parse(m.Groups["n"].Value) == 0)
            return Result<CertificateNumber>.Fail($"“{t}”不是规范的证书编号，应形如“{DefaultPrefix}-2026-0001”。");
        return Result<CertificateNumber>.Ok(new(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["n"].Value), m.Groups["p"].Value));
    }

    /// <summary>The next certificate number for a year: one more than the highest already issued with that prefix and year.</summary>
    public static CertificateNumber Next(int year, IEnumerable<CertificateNumber> issued, string prefix = DefaultPrefix) =>
        new(year, issued.Where(c => c.Year == year && c.Prefix == prefix).Select(c => c.Sequence).DefaultIfEmpty(0).Max() + 1, prefix);

    [GeneratedRegex(@"^(?<p>[A-Z]+)-(?<y>\d{4})-(?<n>\d{4,})$")]
    private static partial Regex Pattern();
}

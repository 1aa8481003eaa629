namespace Workbench.App.Documents;

/// <summary>
/// Configuration section "Documents". Font paths are absolute or relative to <see cref="AppContext.BaseDirectory"/>;
/// a path may end in "#n" to pick face n of a .ttc collection. An office can point these at licensed
/// 方正小标宋简体 / 仿宋_GB2312 / 黑体 / 楷体_GB2312 files.
/// </summary>
public sealed class DocumentsOptions
{
    public const string Section = "Documents";

    /// <summary>Body text (仿宋 role). Default: the bundled Workbench Serif SC Regular.</summary>
    public string RegularFont { get; set; } = "Fonts/WorkbenchSerifSC-Regular.ttf";

    /// <summary>Bold text. Default: the bundled Workbench Serif SC Bold.</summary>
    public string BoldFont { get; set; } = "Fonts/WorkbenchSerifSC-Bold.ttf";

    /// <summary>Titles and the red issuer mark (小标宋 role). Empty: <see cref="BoldFont"/>.</summary>
    public string? TitleFont { get; set; }

    /// <summary>Level-1 headings (黑体 role). Empty: <see cref="BoldFont"/>.</summary>
    public string? HeadingFont { get; set; }

    /// <summary>Level-2 headings (楷体 role). Empty: <see cref="RegularFont"/>.</summary>
    public string? KaiFont { get; set; }

    /// <summary>Tried in order, per character, when the role's font has no glyph. Missing files are skipped.</summary>
    public List<string> FallbackFonts { get; set; } =
    [
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc#2",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#2",
    ];

    /// <summary>Bold counterparts tried first for bold roles. Missing files are skipped.</summary>
    public List<string> BoldFallbackFonts { get; set; } =
    [
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc#2",
    ];

    /// <summary>Subset fonts per document with HarfBuzz (small files, correct text extraction). Leave on.</summary>
    public bool SubsetFonts { get; set; } = true;

    /// <summary>PNG preview resolution.</summary>
    public float PreviewDpi { get; set; } = 96;

    /// <summary>Base URL printed in certificate QR codes (…/verify/编号), e.g. https://kjpt.kjt.hunan.gov.cn.
    /// Empty: the base URL of the request that printed the certificate.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a batch job's result file (合并 PDF / ZIP) is kept for download.</summary>
    public int JobResultMinutes { get; set; } = 60;

    /// <summary>Written into PDF metadata as the creator.</summary>
    public string Creator { get; set; } = "湖南省科技资源共享服务平台管理系统";
}

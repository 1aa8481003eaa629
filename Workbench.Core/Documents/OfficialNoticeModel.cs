using System.Text.Json.Serialization;

namespace Workbench.Core.Documents;

/// <summary>Which page numbers a document carries.</summary>
public enum PageNumberStyle
{
    None,
    /// <summary>GB/T 9704-2012 7.5: “— 1 —”, odd pages right, even pages left.</summary>
    Dashed,
    /// <summary>“第 1 页 共 3 页”, centred, for forms and reports.</summary>
    PageOfTotal,
}

/// <summary>Chinese labels for <see cref="PageNumberStyle"/> (shown where an office chooses the page-number style).</summary>
public static class PageNumberStyleLabels
{
    public static string Label(this PageNumberStyle s) => s switch
    {
        PageNumberStyle.None => "不编页码",
        PageNumberStyle.Dashed => "公文页码（— 1 —）",
        PageNumberStyle.PageOfTotal => "第 X 页 共 Y 页",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };
}

/// <summary>One block of a notice body: a paragraph, a level-1/level-2 heading, or a list table. Serialisable as JSON
/// (with a “kind” discriminator) so an issued notice can be kept as a snapshot and reprinted identically.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(NoticeParagraph), "paragraph")]
[JsonDerivedType(typeof(NoticeHeading), "heading")]
[JsonDerivedType(typeof(NoticeTable), "table")]
public abstract record NoticeContent;

/// <summary>A body paragraph, first line indented two characters (GB/T 9704-2012 7.3.3).</summary>
public sealed record NoticeParagraph(string Text) : NoticeContent;

/// <summary>A heading inside the body: level 1 “一、” in 黑体, level 2 “（一）” in 楷体 (GB/T 9704-2012 7.3.3).</summary>
public sealed record NoticeHeading(string Text, int Level = 1) : NoticeContent;

/// <summary>A list table, e.g. 序号/平台名称/依托单位/主管部门.</summary>
public sealed record NoticeTable(DocumentTable Table) : NoticeContent;

/// <summary>
/// An official notice laid out per GB/T 9704-2012: red 版头 with 发文机关标志, 发文字号 and separator, title,
/// 主送机关, body, 附件说明, 发文机关署名, 成文日期 with seal, optional 版记 (抄送, 印发机关和印发日期).
/// </summary>
public sealed record OfficialNoticeModel(
    string IssuerMark,
    DocumentNumber Number,
    string Title,
    string Addressees,
    IReadOnlyList<NoticeContent> Body,
    IReadOnlyList<SealModel> Issuers,
    DateOnly Date,
    IReadOnlyList<string>? Attachments = null,
    string? CopyTo = null,
    string? PrintedBy = null,
    DateOnly? PrintedOn = null,
    PageNumberStyle PageNumbers = PageNumberStyle.Dashed)
{
    [JsonIgnore]
    public string DateText => DocumentText.ChineseDate(Date);

    /// <summary>附件说明: “附件：1. …” — numbered when there are several attachments (GB/T 9704-2012 7.3.4).</summary>
    [JsonIgnore]
    public IReadOnlyList<string> AttachmentLines
    {
        get
        {
            var a = Attachments ?? [];
            if (a.Count == 0) return [];
            if (a.Count == 1) return [$"附件：{a[0]}"];
            return a.Select((t, i) => (i == 0 ? "附件：" : "　　　") + $"{i + 1}. {t}").ToList();
        }
    }

    public Check Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(IssuerMark)) problems.Add("请填写发文机关标志，例如“湖南省科学技术厅文件”。");
        if (string.IsNullOrWhiteSpace(Title)) problems.Add("请填写公文标题。");
        if (Issuers.Count is 0 or > 4) problems.Add("发文机关署名应为1至4个机关。");
        var tables = Body.OfType<NoticeTable>().Select(t => t.Table.Validate()).Aggregate(Check.Ok, (a, b) => a.And(b));
        return Number.Validate().And(Check.Of(problems)).And(tables);
    }
}

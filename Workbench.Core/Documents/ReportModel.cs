namespace Workbench.Core.Documents;

/// <summary>A label and its value in a report's header block, e.g. 平台名称 / 湖南省××平台.</summary>
public sealed record MetaRow(string Label, string Value);

/// <summary>One piece of a report section.</summary>
public abstract record ReportContent;

public sealed record ReportParagraph(string Text) : ReportContent;

public sealed record ReportTable(DocumentTable Table) : ReportContent;

/// <summary>A section: a heading and its paragraphs and tables.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportContent> Content);

/// <summary>A signature at the end: who signs, an optional signature image (PNG bytes) and the date.</summary>
public sealed record SignatureBlock(string Label, byte[]? ImagePng, DateOnly? Date);

/// <summary>
/// The generic report (score sheet, inspection record, evaluation report, result notice, rectification or removal
/// notice): a title, key-value rows, sections of paragraphs and tables, signatures, “第 X 页 共 Y 页”.
/// </summary>
public sealed record ReportModel(
    string Title,
    IReadOnlyList<MetaRow> Meta,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<SignatureBlock>? Signatures = null,
    string? Subtitle = null,
    PageNumberStyle PageNumbers = PageNumberStyle.PageOfTotal)
{
    public Check Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Title)) problems.Add("请填写报告标题。");
        problems.AddRange(Meta.Where(m => string.IsNullOrWhiteSpace(m.Label)).Select(_ => "表头信息的项目名称不能为空。"));
        var tables = Sections.SelectMany(s => s.Content).OfType<ReportTable>()
            .Select(t => t.Table.Validate()).Aggregate(Check.Ok, (a, b) => a.And(b));
        return Check.Of(problems).And(tables);
    }
}

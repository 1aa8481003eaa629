using SkiaSharp;
using Workbench.App.Documents.Pdf;
using Workbench.Core.Documents;

namespace Workbench.App.Documents.Composers;

/// <summary>
/// The generic report (score sheet, inspection record, evaluation report, result and rectification notices): title,
/// key-value table, sections of paragraphs and tables, signatures with images, “第 X 页 共 Y 页”.
/// </summary>
public static class ReportComposer
{
    private static readonly PageSetup Page = PageSetup.A4Portrait(22);
    public static TextStyle Body { get; } = new(12, FontRole.Body, LineHeight: 1.7f);
    public static TextStyle Cell { get; } = new(10.5f, FontRole.Body, LineHeight: 1.45f);

    public static PdfDocument Compose(ReportModel m)
    {
        var blocks = new List<Block>
        {
            new Paragraph(m.Title, new TextStyle(20, FontRole.Title, LineHeight: 1.5f), TextAlign.Center, SpaceAfter: m.Subtitle is null ? 10 : 2, Balance: true),
        };
        if (m.Subtitle is not null)
            blocks.Add(new Paragraph(m.Subtitle, new TextStyle(12, FontRole.Body, new SKColor(0x44, 0x44, 0x44), LineHeight: 1.5f), TextAlign.Center, SpaceAfter: 10));
        if (m.Meta.Count > 0) blocks.Add(MetaTable(m.Meta));
        foreach (var s in m.Sections)
        {
            blocks.Add(new Paragraph(s.Heading, new TextStyle(14, FontRole.Heading, LineHeight: 1.6f), TextAlign.Left, SpaceBefore: 10, SpaceAfter: 2, KeepWithNext: true));
            foreach (var c in s.Content)
                blocks.Add(c switch
                {
                    ReportParagraph p => new Paragraph(p.Text, Body, TextAlign.Justify, FirstLineIndentChars: 2),
                    ReportTable t => TableBlocks.From(t.Table, Cell, spaceBefore: 4, spaceAfter: 6),
                    _ => throw new NotSupportedException(c.GetType().Name),
                });
        }
        foreach (var sig in m.Signatures ?? []) blocks.Add(Signature(sig));
        var footer = new PageFooter(m.PageNumbers, new TextStyle(10.5f, FontRole.Body, LineHeight: 1), 14);
        return new PdfDocument(Page, blocks, footer, null, m.Title, m.Subtitle);
    }

    /// <summary>Label/value pairs two to a row when values are short, one to a row otherwise.</summary>
    private static Table MetaTable(IReadOnlyList<MetaRow> meta)
    {
        var fill = TableBlocks.HeaderFill;
        var label = Cell with { Font = FontRole.Bold };
        TableCell L(string s) => new(s, TextAlign.Center, fill, label);
        TableCell V(string s) => new(s, TextAlign.Left);
        var wide = meta.Any(r => r.Value.Length > 12);
        List<TableRow> rows;
        List<TableColumn> cols;
        if (wide)
        {
            cols = [new(1.2f), new(4f, TextAlign.Left)];
            rows = meta.Select(r => new TableRow([L(r.Label), V(r.Value)])).ToList();
        }
        else
        {
            cols = [new(1.2f), new(2.3f, TextAlign.Left), new(1.2f), new(2.3f, TextAlign.Left)];
            rows = meta.Chunk(2).Select(p => new TableRow([L(p[0].Label), V(p[0].Value),
                p.Length > 1 ? L(p[1].Label) : new TableCell("", Fill: fill), p.Length > 1 ? V(p[1].Value) : V("")])).ToList();
        }
        return new Table(cols, [], rows, Cell, SpaceAfter: 6);
    }

    private static CanvasBlock Signature(SignatureBlock s)
    {
        var h = 56f;
        var style = new TextStyle(12, FontRole.Body, LineHeight: 1.5f);
        var w = Page.BodyWidth;
        var items = new List<Item>
        {
            new TextItem(SKRect.Create(w - 420, 0, 100, h), $"{s.Label}：", style, TextAlign.Right, CenterVertically: true),
        };
        if (s.ImagePng is { Length: > 0 } png) items.Add(new ImageItem(SKRect.Create(w - 316, 6, 120, h - 12), png, TextAlign.Left));
        if (s.Date is { } d)
            items.Add(new TextItem(SKRect.Create(w - 180, 0, 180, h), $"日期：{DocumentText.ChineseDate(d)}", style, TextAlign.Left, CenterVertically: true));
        return new CanvasBlock(h, items);
    }
}

using SkiaSharp;
using Workbench.App.Documents.Pdf;
using Workbench.Core.Documents;

namespace Workbench.App.Documents.Composers;

/// <summary>
/// GB/T 9704-2012 党政机关公文格式: A4, 版心 156 × 225 mm, 22 lines of 28 characters in 3号 (16 pt) body text,
/// red 版头, title in 2号 (22 pt), seal over 署名 and 成文日期, 版记 at the foot of the last page, “— 1 —” page numbers.
/// </summary>
public static class OfficialNoticeComposer
{
    private static readonly PageSetup Page = PageSetup.GbT9704;

    /// <summary>7.1: a line of the 22-line grid, 225 mm / 22.</summary>
    public static float LinePitch => Units.Mm(225) / 22;

    /// <summary>7.1: a character cell of the 28-character grid, 156 mm / 28.</summary>
    public static float CharPitch => Page.BodyWidth / 28;

    public static TextStyle Body { get; } = new(16, FontRole.Body, LetterSpacing: Page.BodyWidth / 28 - 16, ExactLineHeight: Units.Mm(225) / 22);

    public static PdfDocument Compose(OfficialNoticeModel m)
    {
        var blocks = new List<Block> { Header(m), new Spacer(2 * LinePitch) };
        blocks.Add(new Paragraph(m.Title, new TextStyle(22, FontRole.Title, ExactLineHeight: 36), TextAlign.Center, SpaceAfter: LinePitch, Balance: true));
        blocks.Add(new Paragraph(m.Addressees, Body, TextAlign.Justify));
        foreach (var content in m.Body) blocks.Add(Content(content));
        if (m.AttachmentLines.Count > 0)
        {
            blocks.Add(new Spacer(LinePitch));
            foreach (var line in m.AttachmentLines) blocks.Add(new Paragraph(line, Body, TextAlign.Left, LeftIndent: 2 * CharPitch));
        }
        blocks.Add(new Spacer(LinePitch * 0.5f));
        blocks.Add(Signature(m));
        if (m.CopyTo is not null || m.PrintedBy is not null) blocks.Add(Colophon(m));
        var footer = new PageFooter(m.PageNumbers, new TextStyle(14, FontRole.Body, LineHeight: 1), Units.Mm(7));
        return new PdfDocument(Page, blocks, footer, null, m.Title, m.Number.ToString());
    }

    private static Block Content(NoticeContent c) => c switch
    {
        NoticeParagraph p => new Paragraph(p.Text, Body, TextAlign.Justify, FirstLineIndentChars: 2),
        NoticeHeading { Level: 1 } h => new Paragraph(h.Text, Body with { Font = FontRole.Heading }, TextAlign.Justify, 2, KeepWithNext: true),
        NoticeHeading h => new Paragraph(h.Text, Body with { Font = FontRole.Kai }, TextAlign.Justify, 2, KeepWithNext: true),
        NoticeTable t => TableBlocks.From(t.Table, new TextStyle(12, FontRole.Body, LineHeight: 1.4f), spaceBefore: 6, spaceAfter: LinePitch / 2),
        _ => throw new NotSupportedException(c.GetType().Name),
    };

    /// <summary>7.2: 发文机关标志 35 mm below the top of the 版心, 发文字号 two lines under it, red rule 4 mm under that.</summary>
    private static CanvasBlock Header(OfficialNoticeModel m)
    {
        var w = Page.BodyWidth;
        var n = Math.Max(m.IssuerMark.Length, 1);
        var size = Math.Min(42f, w / n * 0.98f);
        var markTop = Units.Mm(35);
        var markPitch = size * 1.15f;
        var numberTop = markTop + markPitch + 2 * LinePitch - (LinePitch - 16) / 2;
        var ruleY = numberTop + (LinePitch + 16) / 2 + Units.Mm(4);
        var red = TextLayouter.Red;
        return new CanvasBlock(ruleY + 2, [
            new TextItem(SKRect.Create(0, markTop, w, markPitch), m.IssuerMark, new TextStyle(size, FontRole.Title, red, LineHeight: 1.15f), TextAlign.Center),
            new TextItem(SKRect.Create(0, numberTop, w, LinePitch), m.Number.ToString(), Body with { LetterSpacing = 0 }, TextAlign.Center),
            new LineItem(new SKPoint(0, ruleY), new SKPoint(w, ruleY), 1.5f, red),
        ]);
    }

    /// <summary>7.3.5.1: 成文日期 right-indented four characters, 署名 centred over it, seals pressed over both.</summary>
    private static CanvasBlock Signature(OfficialNoticeModel m)
    {
        var r = Units.Mm(21);
        var pitch = LinePitch;
        var nameTop = r - 0.75f * pitch;
        var dateStyle = Body with { LetterSpacing = 0 };
        var dateRight = Page.BodyWidth - 4 * CharPitch;
        var dateWidth = m.DateText.Length * 16 - 5 * 8;       // digits are half width
        var lastX = dateRight - dateWidth / 2;
        var step = 2 * r + Units.Mm(6);
        var items = new List<Item>
        {
            new TextItem(SKRect.Create(0, nameTop + pitch, dateRight, pitch), m.DateText, dateStyle, TextAlign.Right),
        };
        var count = m.Issuers.Count;
        for (var i = 0; i < count; i++)
        {
            var cx = lastX - (count - 1 - i) * step;
            items.Add(new TextItem(SKRect.Create(cx - step / 2, nameTop, step, pitch), m.Issuers[i].Organisation, dateStyle, TextAlign.Center));
        }
        for (var i = 0; i < count; i++)
            items.Add(new SealItem(new SKPoint(lastX - (count - 1 - i) * step, nameTop + 0.75f * pitch), r, m.Issuers[i]));
        return new CanvasBlock(2 * r + 4, items);
    }

    /// <summary>7.4: 版记 at the foot of the last page: 抄送 and 印发机关/印发日期 between rules (first and last thick).</summary>
    private static Group Colophon(OfficialNoticeModel m)
    {
        var style = new TextStyle(14, FontRole.Body, LineHeight: 1.9f);
        var w = Page.BodyWidth;
        var blocks = new List<Block> { new Rule(1.0f, SKColors.Black) };
        if (m.CopyTo is not null)
        {
            blocks.Add(new Paragraph($"抄送：{m.CopyTo}", style, TextAlign.Justify, LeftIndent: 14, RightIndent: 14));
            blocks.Add(new Rule(0.7f, SKColors.Black));
        }
        var printedOn = m.PrintedOn is { } d ? $"{DocumentText.ChineseDate(d)}印发" : "";
        blocks.Add(new CanvasBlock(style.LinePitch, [
            new TextItem(SKRect.Create(14, 0, w - 28, style.LinePitch), m.PrintedBy ?? "", style),
            new TextItem(SKRect.Create(14, 0, w - 28, style.LinePitch), printedOn, style, TextAlign.Right),
        ]));
        blocks.Add(new Rule(1.0f, SKColors.Black));
        return new Group(blocks, AlignBottom: true);
    }
}

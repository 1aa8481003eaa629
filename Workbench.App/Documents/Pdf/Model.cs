using SkiaSharp;
using Workbench.Core.Documents;

namespace Workbench.App.Documents.Pdf;

/// <summary>Lengths are PDF points (1/72 inch); <see cref="Mm"/> converts.</summary>
public static class Units
{
    public const float PointsPerMm = 72f / 25.4f;
    public static float Mm(float mm) => mm * PointsPerMm;
}

public enum TextAlign { Left, Center, Right, Justify }

/// <summary>Font, size, colour, letter spacing and line height (a multiple of the size, or exact points).</summary>
public sealed record TextStyle(
    float Size = 12,
    FontRole Font = FontRole.Body,
    SKColor? Color = null,
    float LetterSpacing = 0,
    float LineHeight = 1.5f,
    float? ExactLineHeight = null)
{
    public SKColor Colour => Color ?? SKColors.Black;
    public float LinePitch => ExactLineHeight ?? Size * LineHeight;
}

/// <summary>Page size and margins; the text block is what the margins leave.</summary>
public sealed record PageSetup(float Width, float Height, float MarginTop, float MarginRight, float MarginBottom, float MarginLeft)
{
    public static PageSetup A4Portrait(float marginMm = 25) =>
        new(Units.Mm(210), Units.Mm(297), Units.Mm(marginMm), Units.Mm(marginMm), Units.Mm(marginMm), Units.Mm(marginMm));

    public static PageSetup A4Landscape(float marginMm = 15) =>
        new(Units.Mm(297), Units.Mm(210), Units.Mm(marginMm), Units.Mm(marginMm), Units.Mm(marginMm), Units.Mm(marginMm));

    /// <summary>GB/T 9704-2012 5.2.1: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm.</summary>
    public static PageSetup GbT9704 { get; } =
        new(Units.Mm(210), Units.Mm(297), Units.Mm(37), Units.Mm(210 - 28 - 156), Units.Mm(297 - 37 - 225), Units.Mm(28));

    public float BodyWidth => Width - MarginLeft - MarginRight;
    public float BodyBottom => Height - MarginBottom;
}

/// <summary>Page numbers drawn after layout, when the total is known.</summary>
/// <param name="Style">none, “— 1 —” (odd right, even left, one character in) or “第 1 页 共 3 页” centred</param>
/// <param name="Text">font and size of the number</param>
/// <param name="Gap">distance from the text block's bottom edge to the top of the number (GB/T 9704: 7 mm)</param>
public sealed record PageFooter(PageNumberStyle Style, TextStyle Text, float Gap)
{
    public static PageFooter None { get; } = new(PageNumberStyle.None, new TextStyle(), 0);
}

/// <summary>A document to lay out: pages, flowing blocks, and items drawn on every page (borders, watermarks).</summary>
public sealed record PdfDocument(
    PageSetup Page,
    IReadOnlyList<Block> Blocks,
    PageFooter? Footer = null,
    IReadOnlyList<Item>? Background = null,
    string? Title = null,
    string? Subject = null);

/// <summary>Something that flows down the text block.</summary>
public abstract record Block;

/// <summary>A paragraph: wrapped with Chinese line-breaking rules, aligned, first line indented by characters.</summary>
public sealed record Paragraph(
    string Text,
    TextStyle Style,
    TextAlign Align = TextAlign.Justify,
    float FirstLineIndentChars = 0,
    float SpaceBefore = 0,
    float SpaceAfter = 0,
    float LeftIndent = 0,
    float RightIndent = 0,
    bool KeepWithNext = false,
    bool Balance = false) : Block;

public sealed record Spacer(float Height) : Block;

public sealed record PageBreak : Block;

/// <summary>A horizontal rule across the text block (the red separator under the 版头, 版记 lines).</summary>
public sealed record Rule(float Thickness, SKColor Color, float SpaceBefore = 0, float SpaceAfter = 0) : Block;

/// <summary>A block of fixed height whose items are placed relative to its top-left corner (x from the text block's left).</summary>
/// <param name="Height">height taken in the flow</param>
/// <param name="Items">what is drawn, relative to the block</param>
/// <param name="FillPage">take all the height left on the page (certificates)</param>
public sealed record CanvasBlock(float Height, IReadOnlyList<Item> Items, bool FillPage = false) : Block;

/// <summary>Blocks kept on one page; <paramref name="AlignBottom"/> pushes them to the bottom of the text block (版记).</summary>
public sealed record Group(IReadOnlyList<Block> Blocks, bool AlignBottom = false) : Block;

public sealed record TableColumn(float Weight, TextAlign Align = TextAlign.Center);

public sealed record TableCell(string Text, TextAlign? Align = null, SKColor? Fill = null, TextStyle? Style = null);

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    public static TableRow Of(params string[] cells) => new(cells.Select(c => new TableCell(c)).ToList());
    public static TableRow Of(IEnumerable<string> cells) => new(cells.Select(c => new TableCell(c)).ToList());
}

/// <summary>A table: column weights share the text block width; header rows repeat on each page; rows move to the
/// next page whole when they fit there, and split between lines when taller than a page.</summary>
public sealed record Table(
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> HeaderRows,
    IReadOnlyList<TableRow> Rows,
    TextStyle Text,
    TextStyle? HeaderText = null,
    SKColor? HeaderFill = null,
    float Padding = 4,
    float BorderWidth = 0.6f,
    float SpaceBefore = 0,
    float SpaceAfter = 0) : Block;

/// <summary>Something placed at a position: inside a <see cref="CanvasBlock"/> or on every page.</summary>
public abstract record Item;

/// <summary>Text wrapped inside a box, top-aligned (or vertically centred).</summary>
public sealed record TextItem(SKRect Box, string Text, TextStyle Style, TextAlign Align = TextAlign.Left, bool CenterVertically = false, bool Balance = false) : Item;

/// <summary>A PNG/JPEG image fitted inside a box, aspect kept.</summary>
public sealed record ImageItem(SKRect Box, byte[] Encoded, TextAlign Align = TextAlign.Center) : Item;

/// <summary>A QR code (QRCoder module matrix drawn as rectangles) filling a square box.</summary>
public sealed record QrItem(SKRect Box, string Content, SKColor? Color = null) : Item;

/// <summary>A red round seal centred on a point.</summary>
public sealed record SealItem(SKPoint Center, float Radius, SealModel Seal, SKColor? Color = null) : Item;

public sealed record LineItem(SKPoint From, SKPoint To, float Width, SKColor Color) : Item;

public sealed record RectItem(SKRect Rect, float StrokeWidth, SKColor? Stroke, SKColor? Fill = null) : Item;

/// <summary>The ornamental double border of certificates, with corner and edge ornaments.</summary>
public sealed record OrnamentBorderItem(SKRect Rect, SKColor Color, SKColor Accent) : Item;

using SkiaSharp;

namespace Workbench.App.Documents.Pdf;

/// <summary>A positioned drawing instruction on a laid-out page (absolute page coordinates, y down).</summary>
internal abstract record DrawOp
{
    public abstract DrawOp Offset(float dx, float dy);
}

/// <summary>Glyphs of one face: code points with their x positions (plus <paramref name="Dx"/>) on one baseline.
/// Offsetting moves <c>Dx</c> and shares the arrays, so a laid-out line can be placed many times without copying.</summary>
internal sealed record GlyphRunOp(int Face, float Size, SKColor Color, float Baseline, int[] CodePoints, float[] Xs, float Dx = 0) : DrawOp
{
    public override DrawOp Offset(float dx, float dy) => this with { Baseline = Baseline + dy, Dx = Dx + dx };

    /// <summary>Absolute x of glyph <paramref name="k"/>.</summary>
    public float X(int k) => Xs[k] + Dx;
}

/// <summary>One glyph rotated about its baseline centre (seal text).</summary>
internal sealed record RotatedGlyphOp(int Face, float Size, SKColor Color, int CodePoint, float X, float Y, float Degrees, float Advance, float ScaleX = 1) : DrawOp
{
    public override DrawOp Offset(float dx, float dy) => this with { X = X + dx, Y = Y + dy };
}

internal sealed record LineOp(SKPoint From, SKPoint To, float Width, SKColor Color) : DrawOp
{
    public override DrawOp Offset(float dx, float dy) => this with { From = From + new SKPoint(dx, dy), To = To + new SKPoint(dx, dy) };
}

internal sealed record RectOp(SKRect Rect, float StrokeWidth, SKColor? Stroke, SKColor? Fill) : DrawOp
{
    public override DrawOp Offset(float dx, float dy) => this with { Rect = SKRect.Create(Rect.Left + dx, Rect.Top + dy, Rect.Width, Rect.Height) };
}

internal sealed record CircleOp(SKPoint Center, float Radius, float StrokeWidth, SKColor Color) : DrawOp
{
    public override DrawOp Offset(float dx, float dy) => this with { Center = Center + new SKPoint(dx, dy) };
}

internal sealed record PolygonOp(SKPoint[] Points, SKColor Color) : DrawOp
{
    public override DrawOp Offset(float dx, float dy) => this with { Points = Points.Select(p => p + new SKPoint(dx, dy)).ToArray() };
}

internal sealed record ImageOp(SKRect Rect, byte[] Encoded) : DrawOp
{
    public override DrawOp Offset(float dx, float dy) => this with { Rect = SKRect.Create(Rect.Left + dx, Rect.Top + dy, Rect.Width, Rect.Height) };
}

/// <summary>Dark QR modules covered by rectangles (they may overlap, never cover a light module), in a square of
/// <c>Size</c> modules (at most 177, so each rectangle packs into four bytes: row, column, width, height).</summary>
internal sealed record QrOp(SKRect Rect, int Size, byte[] Packed, SKColor Color) : DrawOp
{
    public override DrawOp Offset(float dx, float dy) => this with { Rect = SKRect.Create(Rect.Left + dx, Rect.Top + dy, Rect.Width, Rect.Height) };

    public int Count => Packed.Length / 4;

    public (int Row, int Col, int Width, int Height) Block(int k) => (Packed[4 * k], Packed[4 * k + 1], Packed[4 * k + 2], Packed[4 * k + 3]);
}

internal sealed class LaidOutPage(float width, float height, int capacity = 0)
{
    public float Width { get; } = width;
    public float Height { get; } = height;
    public List<DrawOp> Ops { get; } = new(capacity);

    /// <summary>The document background (shared by every page, the same list object) that makes up the first
    /// <c>Background.Count</c> entries of <see cref="Ops"/>; null when the document has none.</summary>
    public IReadOnlyList<DrawOp>? Background { get; set; }
}

/// <summary>The result of layout: pages of draw ops and the characters no font could draw.</summary>
internal sealed record LaidOutDocument(IReadOnlyList<LaidOutPage> Pages, IReadOnlySet<int> Missing);

using SkiaSharp;

namespace Workbench.App.Documents.Pdf;

/// <summary>
/// Draws laid-out pages onto a canvas for one rendering (PDF or preview). Everything that does not change between
/// pages lives here for the whole document: one <see cref="SKFont"/> per face and size, code point → glyph id per face,
/// one text-blob builder, one paint, decoded images (so the PDF embeds each image once). Not thread-safe: one per render.
/// </summary>
internal sealed class PageDrawer(IReadOnlyDictionary<int, SKTypeface> faces) : IDisposable
{
    private readonly Dictionary<(int Face, float Size, float ScaleX), SKFont> _fonts = [];
    private readonly Dictionary<int, Dictionary<int, ushort>> _glyphs = [];
    private readonly Dictionary<byte[], SKImage?> _images = new(ReferenceEqualityComparer.Instance);
    private readonly SKTextBlobBuilder _blobs = new();
    private readonly SKPathBuilder _path = new();
    private readonly SKPaint _paint = new() { IsAntialias = true };
    private ushort[] _glyphBuffer = new ushort[64];
    private float[] _xBuffer = new float[64];

    public void Draw(SKCanvas canvas, LaidOutPage page) => DrawOps(canvas, page.Ops, 0, page.Ops.Count);

    /// <summary>As <see cref="Draw(SKCanvas, LaidOutPage)"/>, the page's background replaced by the shared raster
    /// when <paramref name="background"/> stands for it.</summary>
    public void Draw(SKCanvas canvas, LaidOutPage page, SharedBackground? background)
    {
        if (background is null || !ReferenceEquals(page.Background, background.Ops)) { Draw(canvas, page); return; }
        foreach (var (image, dest) in background.Tiles) canvas.DrawImage(image, dest, new SKSamplingOptions(SKFilterMode.Linear), null);
        DrawOps(canvas, page.Ops, background.Ops.Count, page.Ops.Count);
    }

    /// <summary>Draws <paramref name="ops"/>[<paramref name="from"/>..<paramref name="to"/>).</summary>
    public void DrawOps(SKCanvas canvas, IReadOnlyList<DrawOp> ops, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            switch (ops[i])
            {
                case GlyphRunOp g: DrawRun(canvas, g); break;
                case RotatedGlyphOp r: DrawRotated(canvas, r); break;
                case LineOp l:
                    Stroke(l.Color, l.Width);
                    canvas.DrawLine(l.From, l.To, _paint);
                    break;
                case RectOp r:
                    if (r.Fill is { } fill) { Fill(fill); canvas.DrawRect(r.Rect, _paint); }
                    if (r.Stroke is { } s && r.StrokeWidth > 0) { Stroke(s, r.StrokeWidth); canvas.DrawRect(r.Rect, _paint); }
                    break;
                case CircleOp c: DrawCircle(canvas, c); break;
                case PolygonOp p: i = DrawPolygons(canvas, ops, i, to, p) - 1; break;
                case ImageOp im: DrawImage(canvas, im); break;
                case QrOp q: DrawQr(canvas, q); break;
            }
        }
    }

    private void Fill(SKColor color)
    {
        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = color;
    }

    private void Stroke(SKColor color, float width)
    {
        _paint.Style = SKPaintStyle.Stroke;
        _paint.Color = color;
        _paint.StrokeWidth = width;
    }

    private SKFont Font(int face, float size, float scaleX, bool positioned)
    {
        if (_fonts.TryGetValue((face, size, scaleX), out var font)) return font;
        font = positioned
            ? new SKFont(faces[face], size) { Subpixel = true, LinearMetrics = true }
            : new SKFont(faces[face], size, scaleX);
        _fonts[(face, size, scaleX)] = font;
        return font;
    }

    /// <summary>Glyph id of a code point in the drawing face (subset fonts renumber glyphs), looked up once per document.</summary>
    private ushort Glyph(int face, SKFont font, int cp)
    {
        if (!_glyphs.TryGetValue(face, out var map)) _glyphs[face] = map = [];
        if (!map.TryGetValue(cp, out var gid)) map[cp] = gid = font.GetGlyph(cp);
        return gid;
    }

    private void DrawRun(SKCanvas canvas, GlyphRunOp g)
    {
        // Scale 0 marks the positioned (body text) font, distinct from seal fonts created with a horizontal scale.
        var font = Font(g.Face, g.Size, 0, positioned: true);
        var n = g.CodePoints.Length;
        if (_glyphBuffer.Length < n) { _glyphBuffer = new ushort[n * 2]; _xBuffer = new float[n * 2]; }
        for (var k = 0; k < n; k++)
        {
            _glyphBuffer[k] = Glyph(g.Face, font, g.CodePoints[k]);
            _xBuffer[k] = g.X(k);
        }
        _blobs.AddHorizontalRun(_glyphBuffer.AsSpan(0, n), font, _xBuffer.AsSpan(0, n), 0);
        using var blob = _blobs.Build();
        if (blob is null) return;
        Fill(g.Color);
        canvas.DrawText(blob, 0, g.Baseline, _paint);
    }

    private void DrawRotated(SKCanvas canvas, RotatedGlyphOp r)
    {
        var font = Font(r.Face, r.Size, r.ScaleX, positioned: false);
        _glyphBuffer[0] = Glyph(r.Face, font, r.CodePoint);
        _blobs.AddRun(_glyphBuffer.AsSpan(0, 1), font, new SKPoint(-r.Advance / 2, 0));
        using var blob = _blobs.Build();
        if (blob is null) return;
        canvas.Save();
        canvas.Translate(r.X, r.Y);
        canvas.RotateDegrees(r.Degrees);
        Fill(r.Color);
        canvas.DrawText(blob, 0, 0, _paint);
        canvas.Restore();
    }

    /// <summary>Consecutive opaque polygons of one colour and one winding (the border's diamonds) filled as one path;
    /// they do not overlap, so this looks exactly like filling each. Returns the index after the last one drawn.</summary>
    private int DrawPolygons(SKCanvas canvas, IReadOnlyList<DrawOp> ops, int start, int to, PolygonOp first)
    {
        var sign = Math.Sign(SignedArea(first.Points));
        var end = start + 1;
        if (first.Color.Alpha == 255 && sign != 0)
            while (end < to && ops[end] is PolygonOp p && p.Color == first.Color && Math.Sign(SignedArea(p.Points)) == sign) end++;
        for (var k = start; k < end; k++) _path.AddPoly(((PolygonOp)ops[k]).Points, true);
        using var path = _path.Detach();
        Fill(first.Color);
        canvas.DrawPath(path, _paint);
        return end;
    }

    /// <summary>A circle as four cubic Béziers (radial error below 0.03 %): Skia's PDF backend writes DrawCircle as
    /// 64 curve segments, which made the two seal rings a fifth of a certificate page's content stream.</summary>
    private void DrawCircle(SKCanvas canvas, CircleOp c)
    {
        const float K = 0.55228475f;
        float x = c.Center.X, y = c.Center.Y, r = c.Radius, k = r * K;
        _path.MoveTo(x + r, y);
        _path.CubicTo(x + r, y + k, x + k, y + r, x, y + r);
        _path.CubicTo(x - k, y + r, x - r, y + k, x - r, y);
        _path.CubicTo(x - r, y - k, x - k, y - r, x, y - r);
        _path.CubicTo(x + k, y - r, x + r, y - k, x + r, y);
        _path.Close();
        using var path = _path.Detach();
        Stroke(c.Color, c.StrokeWidth);
        canvas.DrawPath(path, _paint);
    }

    private static float SignedArea(SKPoint[] pts)
    {
        var a = 0f;
        for (var k = 0; k < pts.Length; k++)
        {
            var p = pts[k];
            var q = pts[(k + 1) % pts.Length];
            a += p.X * q.Y - q.X * p.Y;
        }
        return a;
    }

    private void DrawImage(SKCanvas canvas, ImageOp i)
    {
        if (!_images.TryGetValue(i.Encoded, out var image)) _images[i.Encoded] = image = SKImage.FromEncodedData(i.Encoded);
        if (image is null) return;
        canvas.DrawImage(image, i.Rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), null);
    }

    /// <summary>The QR code's rectangles in module units under one scale (Skia writes the matrix once and each
    /// rectangle as small numbers: "12 4 2.0625 2.0625 re"). Module size and origin are snapped to 1/16 pt (finer than
    /// a 600 dpi printer's dot); rectangles reach 1/16 module further right and down so no seam shows between them.</summary>
    private void DrawQr(SKCanvas canvas, QrOp q)
    {
        const float Grid = 16, Overlap = 1 / 16f;
        var m = MathF.Floor(q.Rect.Width / q.Size * Grid) / Grid;
        var inset = (q.Rect.Width - m * q.Size) / 2;
        Fill(q.Color);
        _paint.IsAntialias = false;
        canvas.Save();
        canvas.Translate(MathF.Round((q.Rect.Left + inset) * Grid) / Grid, MathF.Round((q.Rect.Top + inset) * Grid) / Grid);
        canvas.Scale(m);
        for (var k = 0; k < q.Count; k++)
        {
            var (row, col, width, height) = q.Block(k);
            canvas.DrawRect(SKRect.Create(col, row, width + Overlap, height + Overlap), _paint);
        }
        canvas.Restore();
        _paint.IsAntialias = true;
    }

    public void Dispose()
    {
        foreach (var f in _fonts.Values) f.Dispose();
        foreach (var im in _images.Values) im?.Dispose();
        _blobs.Dispose();
        _path.Dispose();
        _paint.Dispose();
    }
}

using SkiaSharp;

namespace Workbench.App.Documents.Pdf;

/// <summary>
/// Lays out a <see cref="PdfDocument"/> and draws it into a PDF (fonts subset per document) or into PNG pages for
/// in-browser preview. Thread-safe; register as a singleton.
/// </summary>
public sealed class PdfRenderer(FontSet fonts, TimeProvider clock, ILogger<PdfRenderer> logger)
{
    /// <summary>Writes the PDF to <paramref name="output"/>; returns the page count.</summary>
    public int RenderPdf(PdfDocument document, Stream output) => RenderPdf(document, output, null, CancellationToken.None);

    /// <summary>As above, calling <paramref name="pageDone"/> after each page (batch progress) and checking
    /// <paramref name="ct"/> between pages (batch cancel).</summary>
    public int RenderPdf(PdfDocument document, Stream output, Action<int>? pageDone, CancellationToken ct)
    {
        var laid = Layout(document);
        var faces = fonts.Options.SubsetFonts ? SubsetFaces(laid) : OriginalFaces(laid);
        try
        {
            var now = clock.GetLocalNow().DateTime;
            var meta = new SKDocumentPdfMetadata
            {
                Title = document.Title ?? "",
                Subject = document.Subject ?? "",
                Creator = fonts.Options.Creator,
                Producer = "Workbench (SkiaSharp)",
                Creation = now,
                Modified = now,
                RasterDpi = 300,
            };
            using var wstream = new SKManagedWStream(output);
            using var pdf = SKDocument.CreatePdf(wstream, meta);
            var done = 0;
            foreach (var page in laid.Pages)
            {
                ct.ThrowIfCancellationRequested();
                var canvas = pdf.BeginPage(page.Width, page.Height);
                Draw(canvas, page, faces);
                pdf.EndPage();
                pageDone?.Invoke(++done);
            }
            pdf.Close();
            return laid.Pages.Count;
        }
        finally
        {
            foreach (var f in faces.Values) if (f.Owned) f.Typeface.Dispose();
        }
    }

    public byte[] RenderPdf(PdfDocument document)
    {
        using var ms = new MemoryStream();
        RenderPdf(document, ms);
        return ms.ToArray();
    }

    /// <summary>Each page as a PNG at <paramref name="dpi"/> (default from options), white background.</summary>
    public IReadOnlyList<byte[]> RenderPreviewPngs(PdfDocument document, float? dpi = null, int maxPages = int.MaxValue)
    {
        var laid = Layout(document);
        var faces = OriginalFaces(laid);
        var scale = (dpi ?? fonts.Options.PreviewDpi) / 72f;
        var result = new List<byte[]>();
        foreach (var page in laid.Pages.Take(maxPages))
        {
            var info = new SKImageInfo((int)Math.Ceiling(page.Width * scale), (int)Math.Ceiling(page.Height * scale));
            using var surface = SKSurface.Create(info);
            var canvas = surface.Canvas;
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            Draw(canvas, page, faces);
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 90);
            result.Add(data.ToArray());
        }
        return result;
    }

    /// <summary>Page count and characters no font could draw, without rendering.</summary>
    public (int Pages, IReadOnlySet<int> MissingCharacters) Measure(PdfDocument document)
    {
        var laid = Paginator.Layout(document, fonts);
        return (laid.Pages.Count, laid.Missing);
    }

    private LaidOutDocument Layout(PdfDocument document)
    {
        var laid = Paginator.Layout(document, fonts);
        if (laid.Missing.Count > 0)
            logger.LogWarning("文档《{Title}》中有 {Count} 个字符在所有字体中都没有字形，将显示为方框：{Chars} ({CodePoints})",
                document.Title, laid.Missing.Count, string.Concat(laid.Missing.Select(char.ConvertFromUtf32)),
                string.Join(" ", laid.Missing.Select(c => $"U+{c:X4}")));
        return laid;
    }

    private sealed record DrawFace(SKTypeface Typeface, bool Owned);

    private Dictionary<int, DrawFace> OriginalFaces(LaidOutDocument laid) =>
        UsedCodePoints(laid).Keys.ToDictionary(f => f, f => new DrawFace(fonts.Faces[f].Typeface, false));

    /// <summary>A subset font per used face holding just the characters this document draws.</summary>
    private Dictionary<int, DrawFace> SubsetFaces(LaidOutDocument laid)
    {
        var result = new Dictionary<int, DrawFace>();
        foreach (var (face, cps) in UsedCodePoints(laid))
        {
            var bytes = fonts.Faces[face].HarfBuzz.Subset(cps);
            var tf = bytes is null ? null : SKTypeface.FromData(SKData.CreateCopy(bytes), 0);
            if (tf is null)
            {
                logger.LogWarning("字体子集化失败，将嵌入完整字体：{Path}", fonts.Faces[face].Path);
                result[face] = new DrawFace(fonts.Faces[face].Typeface, false);
            }
            else result[face] = new DrawFace(tf, true);
        }
        return result;
    }

    private static Dictionary<int, HashSet<int>> UsedCodePoints(LaidOutDocument laid)
    {
        var used = new Dictionary<int, HashSet<int>>();
        HashSet<int> Of(int f) => used.TryGetValue(f, out var s) ? s : used[f] = [];
        foreach (var op in laid.Pages.SelectMany(p => p.Ops))
        {
            if (op is GlyphRunOp g) Of(g.Face).UnionWith(g.CodePoints);
            else if (op is RotatedGlyphOp r) Of(r.Face).Add(r.CodePoint);
        }
        return used;
    }

    private static void Draw(SKCanvas canvas, LaidOutPage page, Dictionary<int, DrawFace> faces)
    {
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var op in page.Ops)
        {
            switch (op)
            {
                case GlyphRunOp g: DrawRun(canvas, g, faces[g.Face].Typeface, paint); break;
                case RotatedGlyphOp r: DrawRotated(canvas, r, faces[r.Face].Typeface, paint); break;
                case LineOp l:
                    Stroke(paint, l.Color, l.Width);
                    canvas.DrawLine(l.From, l.To, paint);
                    break;
                case RectOp r:
                    if (r.Fill is { } fill) { Fill(paint, fill); canvas.DrawRect(r.Rect, paint); }
                    if (r.Stroke is { } s && r.StrokeWidth > 0) { Stroke(paint, s, r.StrokeWidth); canvas.DrawRect(r.Rect, paint); }
                    break;
                case CircleOp c:
                    Stroke(paint, c.Color, c.StrokeWidth);
                    canvas.DrawCircle(c.Center, c.Radius, paint);
                    break;
                case PolygonOp p: DrawPolygon(canvas, p, paint); break;
                case ImageOp i: DrawImage(canvas, i); break;
                case QrOp q: DrawQr(canvas, q, paint); break;
            }
        }
    }

    private static void Fill(SKPaint paint, SKColor color)
    {
        paint.Style = SKPaintStyle.Fill;
        paint.Color = color;
    }

    private static void Stroke(SKPaint paint, SKColor color, float width)
    {
        paint.Style = SKPaintStyle.Stroke;
        paint.Color = color;
        paint.StrokeWidth = width;
    }

    private static void DrawRun(SKCanvas canvas, GlyphRunOp g, SKTypeface tf, SKPaint paint)
    {
        using var font = new SKFont(tf, g.Size) { Subpixel = true, LinearMetrics = true };
        var glyphs = new ushort[g.CodePoints.Length];
        var pos = new SKPoint[g.CodePoints.Length];
        for (var k = 0; k < glyphs.Length; k++)
        {
            glyphs[k] = font.GetGlyph(g.CodePoints[k]);
            pos[k] = new SKPoint(g.Xs[k], 0);
        }
        using var builder = new SKTextBlobBuilder();
        builder.AddPositionedRun(glyphs, font, pos);
        using var blob = builder.Build();
        if (blob is null) return;
        Fill(paint, g.Color);
        canvas.DrawText(blob, 0, g.Baseline, paint);
    }

    private static void DrawRotated(SKCanvas canvas, RotatedGlyphOp r, SKTypeface tf, SKPaint paint)
    {
        using var font = new SKFont(tf, r.Size, r.ScaleX);
        using var builder = new SKTextBlobBuilder();
        builder.AddRun([font.GetGlyph(r.CodePoint)], font, new SKPoint(-r.Advance / 2, 0));
        using var blob = builder.Build();
        if (blob is null) return;
        canvas.Save();
        canvas.Translate(r.X, r.Y);
        canvas.RotateDegrees(r.Degrees);
        Fill(paint, r.Color);
        canvas.DrawText(blob, 0, 0, paint);
        canvas.Restore();
    }

    private static void DrawPolygon(SKCanvas canvas, PolygonOp p, SKPaint paint)
    {
        using var builder = new SKPathBuilder();
        builder.AddPoly(p.Points, true);
        using var path = builder.Detach();
        Fill(paint, p.Color);
        canvas.DrawPath(path, paint);
    }

    private static void DrawImage(SKCanvas canvas, ImageOp i)
    {
        using var image = SKImage.FromEncodedData(i.Encoded);
        if (image is null) return;
        canvas.DrawImage(image, i.Rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), null);
    }

    private static void DrawQr(SKCanvas canvas, QrOp q, SKPaint paint)
    {
        var m = q.Rect.Width / q.Size;
        Fill(paint, q.Color);
        paint.IsAntialias = false;
        foreach (var (row, col, len) in q.Runs)
            canvas.DrawRect(SKRect.Create(q.Rect.Left + col * m, q.Rect.Top + row * m, len * m + 0.02f, m + 0.02f), paint);
        paint.IsAntialias = true;
    }
}

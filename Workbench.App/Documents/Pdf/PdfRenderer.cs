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
                EncodingQuality = 101,   // lossless images (a struct default of 0 would mean JPEG at quality 0)
            };
            using var wstream = new SKManagedWStream(output);
            using var pdf = SKDocument.CreatePdf(wstream, meta);
            using var drawer = new PageDrawer(faces.ToDictionary(f => f.Key, f => f.Value.Typeface));
            using var background = SharedBackground.TryCreate(laid, drawer);
            var done = 0;
            foreach (var page in laid.Pages)
            {
                ct.ThrowIfCancellationRequested();
                var canvas = pdf.BeginPage(page.Width, page.Height);
                drawer.Draw(canvas, page, background);
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
        using var drawer = new PageDrawer(faces.ToDictionary(f => f.Key, f => f.Value.Typeface));
        foreach (var page in laid.Pages.Take(maxPages))
        {
            var info = new SKImageInfo((int)Math.Ceiling(page.Width * scale), (int)Math.Ceiling(page.Height * scale));
            using var surface = SKSurface.Create(info);
            var canvas = surface.Canvas;
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            drawer.Draw(canvas, page);
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
        var seen = new HashSet<int[]>(ReferenceEqualityComparer.Instance);   // runs placed many times share their arrays
        HashSet<int> Of(int f) => used.TryGetValue(f, out var s) ? s : used[f] = [];
        foreach (var page in laid.Pages)
            foreach (var op in page.Ops)
            {
                if (op is GlyphRunOp g) { if (seen.Add(g.CodePoints)) Of(g.Face).UnionWith(g.CodePoints); }
                else if (op is RotatedGlyphOp r) Of(r.Face).Add(r.CodePoint);
            }
        return used;
    }
}

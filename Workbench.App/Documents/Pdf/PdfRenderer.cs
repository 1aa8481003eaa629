using System.Collections.Concurrent;
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
        if (!Paginator.NeedsTotal(document)) return RenderPdfStreaming(document, output, pageDone, ct);
        var laid = Layout(document);
        var faces = Faces(UsedCodePoints(laid));
        try
        {
            using var wstream = new SKManagedWStream(output);
            using var pdf = SKDocument.CreatePdf(wstream, Metadata(document));
            using var drawer = new PageDrawer(faces.ToDictionary(f => f.Key, f => f.Value.Typeface));
            using var background = SharedBackground.TryCreate(laid, drawer);
            var done = 0;
            foreach (var page in laid.Pages)
            {
                ct.ThrowIfCancellationRequested();
                DrawPage(pdf, drawer, page, background);
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

    /// <summary>
    /// Documents whose page numbers do not need the total (certificates, GB/T 9704 notices) are laid out on a second
    /// thread while this one draws: the subset comes from the document's text (<see cref="DocumentCharacters"/>),
    /// pages pass through a small bounded queue and are dropped once drawn, so a batch of 1000 certificates is
    /// neither held in memory nor laid out before the first page is written.
    /// </summary>
    private int RenderPdfStreaming(PdfDocument document, Stream output, Action<int>? pageDone, CancellationToken ct)
    {
        var chars = DocumentCharacters.Scan(document, fonts);
        LogMissing(document, chars.Missing);
        var background = Paginator.LayoutBackground(document, fonts);
        var faces = Faces(chars.ByFace);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var queue = new BlockingCollection<LaidOutPage>(QueuedPages);
        var layout = Task.Factory.StartNew(() =>
        {
            try
            {
                Paginator.Stream(document, fonts, background, page =>
                {
                    if (!chars.Covers(page, out var cp))
                        throw new InvalidOperationException($"排版用到了字符扫描之外的字符 U+{cp:X4}（DocumentCharacters 漏扫）");
                    queue.Add(page, stop.Token);
                });
            }
            finally { queue.CompleteAdding(); }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            using var wstream = new SKManagedWStream(output);
            using var pdf = SKDocument.CreatePdf(wstream, Metadata(document));
            using var drawer = new PageDrawer(faces.ToDictionary(f => f.Key, f => f.Value.Typeface));
            // A page break starts a page, so this many breaks mean at least this many pages sharing the background.
            using var shared = background is not null && document.Blocks.Count(b => b is PageBreak) + 1 >= SharedBackground.MinPages
                ? SharedBackground.TryCreate(background, document.Page.Width, document.Page.Height, drawer)
                : null;
            var done = 0;
            try
            {
                foreach (var page in queue.GetConsumingEnumerable(stop.Token))
                {
                    DrawPage(pdf, drawer, page, shared);
                    pageDone?.Invoke(++done);
                }
                layout.GetAwaiter().GetResult();   // a layout error surfaces here, not as a short document
                ct.ThrowIfCancellationRequested();
            }
            catch
            {
                pdf.Abort();   // no trailer: what was written is not a readable PDF pretending to be complete
                throw;
            }
            pdf.Close();
            return done;
        }
        finally
        {
            stop.Cancel();
            try { layout.Wait(CancellationToken.None); } catch (AggregateException) { /* reported above or cancelled */ }
            foreach (var f in faces.Values) if (f.Owned) f.Typeface.Dispose();
        }
    }

    /// <summary>Pages laid out ahead of drawing: enough to keep both threads busy, few enough to hold little.</summary>
    private const int QueuedPages = 16;

    private static void DrawPage(SKDocument pdf, PageDrawer drawer, LaidOutPage page, SharedBackground? background)
    {
        var canvas = pdf.BeginPage(page.Width, page.Height);
        drawer.Draw(canvas, page, background);
        pdf.EndPage();
        background?.Embedded();
    }

    private SKDocumentPdfMetadata Metadata(PdfDocument document)
    {
        var now = clock.GetLocalNow().DateTime;
        return new SKDocumentPdfMetadata
        {
            Title = document.Title ?? "",
            Subject = document.Subject ?? "",
            Creator = fonts.Options.Creator,
            Producer = "Workbench (SkiaSharp)",
            Creation = now,
            Modified = now,
            // Only for what PDF cannot express (perspective, some filters), which no document draws. Above 72 Skia
            // wraps each page in a scale and writes every coordinate through it (140.81 came out as 140.812943).
            RasterDpi = 72,
            EncodingQuality = 101,   // lossless images (a struct default of 0 would mean JPEG at quality 0)
        };
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
        LogMissing(document, laid.Missing);
        return laid;
    }

    private void LogMissing(PdfDocument document, IReadOnlySet<int> missing)
    {
        if (missing.Count > 0)
            logger.LogWarning("文档《{Title}》中有 {Count} 个字符在所有字体中都没有字形，将显示为方框：{Chars} ({CodePoints})",
                document.Title, missing.Count, string.Concat(missing.Select(char.ConvertFromUtf32)),
                string.Join(" ", missing.Select(c => $"U+{c:X4}")));
    }

    private sealed record DrawFace(SKTypeface Typeface, bool Owned);

    private Dictionary<int, DrawFace> OriginalFaces(LaidOutDocument laid) => OriginalFaces(UsedCodePoints(laid));

    private Dictionary<int, DrawFace> OriginalFaces(Dictionary<int, HashSet<int>> used) =>
        used.Keys.ToDictionary(f => f, f => new DrawFace(fonts.Faces[f].Typeface, false));

    private Dictionary<int, DrawFace> Faces(Dictionary<int, HashSet<int>> used) =>
        fonts.Options.SubsetFonts ? SubsetFaces(used) : OriginalFaces(used);

    /// <summary>A subset font per used face holding just the characters this document draws.</summary>
    private Dictionary<int, DrawFace> SubsetFaces(Dictionary<int, HashSet<int>> used)
    {
        var result = new Dictionary<int, DrawFace>();
        foreach (var (face, cps) in used)
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

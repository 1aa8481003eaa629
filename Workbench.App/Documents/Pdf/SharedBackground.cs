using SkiaSharp;

namespace Workbench.App.Documents.Pdf;

/// <summary>
/// The page background shared by every page of a long document (the certificate's ornamental border), rasterised
/// once at <see cref="Dpi"/> onto white and placed on each page as images, so Skia embeds the pixels once and each
/// page's content stream holds a few <c>Do</c> operators instead of ~140 path operations to deflate again. Skia's
/// PDF backend cannot emit a shared vector form XObject (<c>DrawPicture</c> is replayed inline), hence the raster.
/// Only pure decoration qualifies: a background holding text or images stays vector. The empty middle of the page
/// is left out: the raster is cut into four strips around the largest white rectangle at the centre (strips overlap
/// by a couple of pixels so no seam shows); the middle is found on a coarse rendering so no full-page bitmap is
/// ever held.
/// </summary>
internal sealed class SharedBackground : IDisposable
{
    public const float Dpi = 300;

    /// <summary>Below this many pages the vector background is cheaper than rasterising and embedding it once.</summary>
    public const int MinPages = 8;

    private readonly List<(SKImage Image, SKRect Dest)> _tiles = [];

    private SharedBackground(IReadOnlyList<DrawOp> ops) => Ops = ops;

    /// <summary>The background ops this raster stands for (the list object all pages share).</summary>
    public IReadOnlyList<DrawOp> Ops { get; }

    public IReadOnlyList<(SKImage Image, SKRect Dest)> Tiles => _tiles;

    private bool _embedded;

    /// <summary>Call after a PDF page that drew the tiles is finished. The strips are rasterised when the first page
    /// embeds them; later pages refer to the embedded images by id, so Skia's cached pixels (≈ 11 MB) can go.</summary>
    public void Embedded()
    {
        if (_embedded) return;
        _embedded = true;
        SKGraphics.PurgeResourceCache();
    }

    /// <summary>A raster of the background when every page shares it and there are at least <paramref name="minPages"/>
    /// pages; otherwise null (draw the vector ops).</summary>
    public static SharedBackground? TryCreate(LaidOutDocument laid, PageDrawer drawer, int minPages = MinPages)
    {
        if (laid.Pages.Count < minPages) return null;
        var first = laid.Pages[0];
        if (first.Background is not { Count: > 0 } bg) return null;
        foreach (var p in laid.Pages)
            if (!ReferenceEquals(p.Background, bg) || p.Width != first.Width || p.Height != first.Height) return null;
        return TryCreate(bg, first.Width, first.Height, drawer);
    }

    /// <summary>A raster of <paramref name="bg"/> for pages of the given size, or null when it holds text or images
    /// (the caller has checked that enough pages share it).</summary>
    public static SharedBackground? TryCreate(IReadOnlyList<DrawOp> bg, float width, float height, PageDrawer drawer)
    {
        foreach (var op in bg)
            if (op is GlyphRunOp or RotatedGlyphOp or ImageOp) return null;   // text stays vector and extractable

        // Find the white middle on a coarse rendering (a couple of MB), then draw only the strips around it at
        // print resolution: a full 300 dpi A4 bitmap alone is 35 MB.
        const int coarse = 4;
        var scale = Dpi / 72f;
        int w = (int)Math.Ceiling(width * scale), h = (int)Math.Ceiling(height * scale);
        SKRectI? hole;
        using (var lo = new SKBitmap(new SKImageInfo((w + coarse - 1) / coarse, (h + coarse - 1) / coarse, SKColorType.Rgba8888, SKAlphaType.Opaque)))
        {
            using (var canvas = new SKCanvas(lo))
            {
                canvas.Clear(SKColors.White);
                canvas.Scale(scale / coarse);
                drawer.DrawOps(canvas, bg, 0, bg.Count);
            }
            using var pixmap = lo.PeekPixels();
            hole = FindHole(pixmap.GetPixelSpan<uint>(), lo.Width, lo.Height);
        }
        var result = new SharedBackground(bg);
        if (hole is { } c)
        {
            // One more coarse pixel of margin, in print pixels.
            var hi = new SKRectI((c.Left + 1) * coarse, (c.Top + 1) * coarse, (c.Right - 1) * coarse, (c.Bottom - 1) * coarse);
            const int overlap = 2;
            result.Add(drawer, bg, new SKRectI(0, 0, w, hi.Top + overlap), scale);
            result.Add(drawer, bg, new SKRectI(0, hi.Bottom - overlap, w, h), scale);
            result.Add(drawer, bg, new SKRectI(0, hi.Top, hi.Left + overlap, hi.Bottom), scale);
            result.Add(drawer, bg, new SKRectI(hi.Right - overlap, hi.Top, w, hi.Bottom), scale);
        }
        else result.Add(drawer, bg, new SKRectI(0, 0, w, h), scale);
        return result;
    }

    /// <summary>The background's <paramref name="area"/> (print pixels) as an image of its own. The image is backed by
    /// a recording of the vector ops, not by pixels: Skia rasterises it once, when the first page embeds it, and
    /// every later page refers to that embedded image by its id, so the strips' pixels (~11 MB at 300 dpi) are not
    /// held while the rest of the document is written.</summary>
    private void Add(PageDrawer drawer, IReadOnlyList<DrawOp> bg, SKRectI area, float scale)
    {
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(SKRect.Create(area.Width, area.Height));
        canvas.Clear(SKColors.White);
        canvas.Translate(-area.Left, -area.Top);
        canvas.Scale(scale);
        drawer.DrawOps(canvas, bg, 0, bg.Count);
        using var picture = recorder.EndRecording();
        var image = SKImage.FromPicture(picture, new SKSizeI(area.Width, area.Height))
            ?? throw new InvalidOperationException("背景栅格化失败");
        _tiles.Add((image, new SKRect(area.Left / scale, area.Top / scale, area.Right / scale, area.Bottom / scale)));
    }

    /// <summary>The white rectangle grown from the page centre until it meets ink, verified white throughout;
    /// null when the centre is not white or the rectangle is small.</summary>
    private static SKRectI? FindHole(ReadOnlySpan<uint> px, int w, int h)
    {
        const uint White = 0xFFFFFFFF;
        int cx = w / 2, cy = h / 2;
        if (px[cy * w + cx] != White) return null;
        int l = cx, r = cx, t = cy, b = cy;
        while (l > 0 && px[cy * w + l - 1] == White) l--;
        while (r < w - 1 && px[cy * w + r + 1] == White) r++;
        while (t > 0 && px[(t - 1) * w + cx] == White) t--;
        while (b < h - 1 && px[(b + 1) * w + cx] == White) b++;
        // Keep a margin of white inside the strips; move any edge that crosses ink (corner ornaments) inwards
        // until all four edges are white, then check the whole rectangle really is white.
        int left = l + 4, top = t + 4, right = r - 3, bottom = b - 3;
        bool RowWhite(ReadOnlySpan<uint> px, int y) => px.Slice(y * w + left, right - left).IndexOfAnyExcept(White) < 0;
        bool ColWhite(ReadOnlySpan<uint> px, int x)
        {
            for (var y = top; y < bottom; y++) if (px[y * w + x] != White) return false;
            return true;
        }
        for (var changed = true; changed && right - left >= w / 4 && bottom - top >= h / 4;)
        {
            changed = false;
            if (!RowWhite(px, top)) { top++; changed = true; }
            if (!RowWhite(px, bottom - 1)) { bottom--; changed = true; }
            if (!ColWhite(px, left)) { left++; changed = true; }
            if (!ColWhite(px, right - 1)) { right--; changed = true; }
        }
        if (right - left < w / 4 || bottom - top < h / 4) return null;
        for (var y = top; y < bottom; y++)
            if (!RowWhite(px, y)) return null;
        // Two more pixels of white margin so the strips' edges lie in white.
        return new SKRectI(left + 2, top + 2, right - 2, bottom - 2);
    }

    public void Dispose()
    {
        foreach (var (image, _) in _tiles) image.Dispose();
    }
}

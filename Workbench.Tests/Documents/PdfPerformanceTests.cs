using SkiaSharp;
using Workbench.App.Documents.Composers;
using Workbench.App.Documents.Pdf;

namespace Workbench.Tests.Documents;

/// <summary>The speed-ups of the PDF layer must not change what is drawn: merged QR rectangles, shared laid-out text,
/// offsets that no longer copy glyph positions, one background for all pages.</summary>
[Collection(DocumentCollection.Name)]
public class PdfPerformanceTests(DocumentFixture fx)
{
    [Fact]
    public void QrCode_Rectangles_DarkExactlyWhereQrCoderPutsModules()
    {
        const string content = "https://kjzy.hunan.gov.cn/verify/湘科资享认字〔2026〕第007号";
        var op = ItemLayout.Qr(new QrItem(SKRect.Create(0, 0, 290, 290), content));
        using var data = new QRCoder.QRCodeGenerator().CreateQrCode(content, QRCoder.QRCodeGenerator.ECCLevel.M);
        var dark = new bool[op.Size, op.Size];
        for (var k = 0; k < op.Count; k++)
        {
            var (row, col, w, h) = op.Block(k);
            for (var r = row; r < row + h; r++) for (var c = col; c < col + w; c++) dark[r, c] = true;
        }
        var modules = 0;
        for (var r = 0; r < op.Size; r++)
            for (var c = 0; c < op.Size; c++)
            {
                Assert.Equal(data.ModuleMatrix[r][c], dark[r, c]);
                if (dark[r, c]) modules++;
            }
        Assert.True(op.Count < modules / 2, $"{op.Count} 个矩形覆盖 {modules} 个深色模块");
        var page = new LaidOutPage(290, 290);
        page.Ops.Add(op);
        using var bitmap = new SKBitmap(290, 290);
        using (var canvas = new SKCanvas(bitmap))
        using (var drawer = new PageDrawer(new Dictionary<int, SKTypeface>()))
        {
            canvas.Clear(SKColors.White);
            drawer.Draw(canvas, page);
        }
        var m = 290f / op.Size;
        for (var r = 0; r < op.Size; r++)
            for (var c = 0; c < op.Size; c++)
            {
                var px = bitmap.GetPixel((int)((c + 0.5f) * m), (int)((r + 0.5f) * m));
                Assert.True(dark[r, c] == (px.Red < 128), $"模块 ({r},{c}) 应为{(dark[r, c] ? "深" : "浅")}色");
            }
    }

    [Fact]
    public void QrCover_RandomPatterns_EveryDarkCoveredNoLightTouched()
    {
        var random = new Random(2026);
        for (var k = 0; k < 200; k++)
        {
            var n = random.Next(1, 30);
            var dark = new bool[n * n];
            for (var i = 0; i < dark.Length; i++) dark[i] = random.NextDouble() < 0.5;
            var covered = new bool[n * n];
            var packed = ItemLayout.Cover(dark, n);
            foreach (var (row, col, w, h) in packed.Chunk(4).Select(b => ((int)b[0], (int)b[1], (int)b[2], (int)b[3])))
                for (var r = row; r < row + h; r++)
                    for (var c = col; c < col + w; c++)
                    {
                        Assert.True(dark[r * n + c], $"矩形覆盖了浅色模块 ({r},{c})");
                        covered[r * n + c] = true;
                    }
            Assert.Equal(dark, covered);
        }
    }

    [Fact]
    public void GlyphRun_Offset_MovesWithoutCopyingPositions()
    {
        var run = new GlyphRunOp(0, 12, SKColors.Black, 10, [0x6E56, 0x5357], [0, 12]);
        var moved = (GlyphRunOp)run.Offset(100, 5).Offset(20, 1);
        Assert.Same(run.Xs, moved.Xs);
        Assert.Equal(120f, moved.X(0));
        Assert.Equal(132f, moved.X(1));
        Assert.Equal(16f, moved.Baseline);
    }

    [Fact]
    public void ManyCertificates_SameLayoutAsOneEach_AndSharedBackground()
    {
        var models = Enumerable.Range(1, 3).Select(Samples.Certificate).ToList();
        var batch = Paginator.Layout(CertificateComposer.ComposeMany(models), fx.Fonts);
        Assert.Equal(3, batch.Pages.Count);
        for (var i = 0; i < models.Count; i++)
        {
            var single = Paginator.Layout(CertificateComposer.Compose(models[i]), fx.Fonts).Pages[0];
            Assert.Equal(Describe(single), Describe(batch.Pages[i]));
        }
        // The ornamental border is laid out once: page 2 draws the very same op objects as page 1.
        Assert.Same(batch.Pages[0].Ops[0], batch.Pages[1].Ops[0]);
    }

    [Fact]
    public void ManyCertificates_TextExtractsPerPage_AfterCaching()
    {
        var pdf = fx.Renderer.RenderPdf(CertificateComposer.ComposeMany(Enumerable.Range(1, 4).Select(Samples.Certificate)));
        var pages = DocumentFixture.PageTexts(pdf).Select(t => new string(t.Where(c => !char.IsWhiteSpace(c)).ToArray())).ToList();
        for (var i = 0; i < 4; i++)
        {
            Assert.Contains($"第{i + 1:000}号", pages[i]);
            Assert.Contains("认定证书", pages[i]);
            Assert.Contains("特发此证", pages[i]);
        }
    }

    [Fact]
    public void SharedBackground_StripsAroundEmptyMiddle_SamePixelsAsVector()
    {
        var laid = Paginator.Layout(CertificateComposer.ComposeMany(Enumerable.Range(1, SharedBackground.MinPages).Select(Samples.Certificate)), fx.Fonts);
        using var drawer = new PageDrawer(new Dictionary<int, SKTypeface>());
        using var shared = SharedBackground.TryCreate(laid, drawer);
        Assert.NotNull(shared);
        Assert.Same(laid.Pages[0].Background, shared.Ops);
        Assert.Equal(4, shared.Tiles.Count);   // the white middle of the page is left out
        var scale = SharedBackground.Dpi / 72f;
        var info = new SKImageInfo((int)Math.Ceiling(laid.Pages[0].Width * scale), (int)Math.Ceiling(laid.Pages[0].Height * scale), SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var vector = new SKBitmap(info);
        using var tiled = new SKBitmap(info);
        using (var canvas = new SKCanvas(vector)) { canvas.Clear(SKColors.White); canvas.Scale(scale); drawer.DrawOps(canvas, shared.Ops, 0, shared.Ops.Count); }
        using (var canvas = new SKCanvas(tiled))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            foreach (var (image, dest) in shared.Tiles) canvas.DrawImage(image, dest, new SKSamplingOptions(SKFilterMode.Nearest), null);
        }
        // Strips are drawn at whole-pixel offsets: the same pixels as the vector border, up to anti-aliasing rounding.
        var va = vector.GetPixelSpan();
        var ta = tiled.GetPixelSpan();
        var off = 0;
        for (var k = 0; k < va.Length; k++) if (Math.Abs(va[k] - ta[k]) > 16) off++;
        // Drawing a strip at a pixel offset shifts Skia's anti-aliasing a hair: 3 of 35 million channel values differ by more than 16.
        Assert.True(off <= 32, $"拼接的背景图块应与矢量绘制一致，{off} 个通道值相差超过 16");
        // Below the threshold, and for a single certificate, the border stays vector.
        Assert.Null(SharedBackground.TryCreate(Paginator.Layout(CertificateComposer.Compose(Samples.Certificate(1)), fx.Fonts), drawer));
    }

    [Fact]
    public void ManyCertificates_RasterBorder_TextStillExtracts()
    {
        var n = SharedBackground.MinPages + 2;
        var pdf = fx.Renderer.RenderPdf(CertificateComposer.ComposeMany(Enumerable.Range(1, n).Select(Samples.Certificate)));
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Equal(n, doc.NumberOfPages);
        var last = doc.GetPage(n);
        Assert.Equal(4, last.GetImages().Count());
        var text = new string(last.Text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        Assert.Contains($"第{n:000}号", text);
        Assert.Contains("特发此证", text);
    }

    private static List<string> Describe(LaidOutPage page) => page.Ops.Select(op => op switch
    {
        GlyphRunOp g => $"run {g.Face} {g.Size} {g.Baseline:F2} {string.Concat(g.CodePoints.Select(char.ConvertFromUtf32))} " +
                        string.Join(",", Enumerable.Range(0, g.Xs.Length).Select(k => g.X(k).ToString("F2"))),
        QrOp q => $"qr {q.Rect} {q.Size} {q.Count}",
        _ => op.ToString(),
    }).ToList();
}

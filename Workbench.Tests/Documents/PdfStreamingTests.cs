using Workbench.App.Documents.Composers;
using Workbench.App.Documents.Pdf;

namespace Workbench.Tests.Documents;

/// <summary>Documents without “共 N 页” are laid out on a second thread while pages are drawn, the font subset taken
/// from the document's text beforehand: the scan must hold every glyph layout draws, and errors and cancellation must
/// reach the caller instead of leaving a short PDF or a thread behind.</summary>
[Collection(DocumentCollection.Name)]
public class PdfStreamingTests(DocumentFixture fx)
{
    public static TheoryData<string> Kinds => ["certificates", "notice", "report"];

    private static PdfDocument Sample(string kind) => kind switch
    {
        "certificates" => CertificateComposer.ComposeMany(Enumerable.Range(1, 12).Select(Samples.Certificate)),
        "notice" => OfficialNoticeComposer.Compose(Samples.Notice(40)),
        _ => ReportComposer.Compose(Samples.Report(80)),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void CharacterScan_HoldsEveryGlyphLayoutDraws(string kind)
    {
        var doc = Sample(kind);
        var scan = DocumentCharacters.Scan(doc, fx.Fonts);
        var laid = Paginator.Layout(doc, fx.Fonts);
        Assert.True(laid.Pages.Count >= 2);
        foreach (var page in laid.Pages)
            Assert.True(scan.Covers(page, out var cp), $"{kind}：排版用到的字符 U+{cp:X4} 不在字符扫描结果中");
        Assert.Equal(laid.Missing.Order(), scan.Missing.Order());
    }

    [Fact]
    public void CharacterScan_CharacterOutsideTheScan_IsCaught()
    {
        var doc = CertificateComposer.Compose(Samples.Certificate(1));
        var scan = DocumentCharacters.Scan(doc, fx.Fonts);
        var page = new LaidOutPage(100, 100);
        page.Ops.Add(new GlyphRunOp(0, 12, SkiaSharp.SKColors.Black, 10, ['鑫'], [0]));
        Assert.False(scan.Covers(page, out var cp));
        Assert.Equal('鑫', cp);
    }

    [Fact]
    public void Streaming_Certificates_EveryPageDrawnInOrder()
    {
        var models = Enumerable.Range(1, 30).Select(Samples.Certificate).ToList();
        var progress = new List<int>();
        using var ms = new MemoryStream();
        var pages = fx.Renderer.RenderPdf(CertificateComposer.ComposeMany(models), ms, progress.Add, CancellationToken.None);
        Assert.Equal(30, pages);
        Assert.Equal(Enumerable.Range(1, 30), progress);
        var texts = DocumentFixture.PageTexts(ms.ToArray());
        Assert.Equal(30, texts.Count);
        for (var i = 0; i < 30; i++) Assert.Contains(models[i].CertificateNumber, texts[i]);
    }

    [Fact]
    public void Streaming_CancelledMidway_ThrowsAndLayoutStops()
    {
        using var cts = new CancellationTokenSource();
        var doc = CertificateComposer.ComposeMany(Enumerable.Range(1, 200).Select(Samples.Certificate));
        var drawn = 0;
        void PageDone(int n)
        {
            drawn = n;
            if (n == 5) cts.Cancel();
        }
        Assert.ThrowsAny<OperationCanceledException>(() => fx.Renderer.RenderPdf(doc, Stream.Null, PageDone, cts.Token));
        Assert.Equal(5, drawn);
    }

    private sealed record UnknownBlock : Block;

    [Fact]
    public void Streaming_LayoutFailsAfterSomePages_ErrorReachesCaller()
    {
        var blocks = new List<Block>();
        for (var i = 0; i < 10; i++) blocks.AddRange([new Paragraph($"第{i + 1}页", new TextStyle(14)), new PageBreak()]);
        blocks.Add(new UnknownBlock());
        var doc = new PdfDocument(PageSetup.A4Portrait(), blocks, PageFooter.None);
        var ex = Assert.Throws<NotSupportedException>(() => fx.Renderer.RenderPdf(doc, new MemoryStream(), null, CancellationToken.None));
        Assert.Contains(nameof(UnknownBlock), ex.Message);
    }

    [Fact]
    public void FullWidthCharacters_AdvanceExactlyOneEm_SoRunsAreWrittenAsOneString()
    {
        foreach (var ch in "湖南省科技资源共享服务平台，。")
            Assert.Equal(1f, fx.Fonts.Resolve(FontRole.Body, ch).AdvanceEm);
    }
}

/// <summary>The QR code as printed: the PDF rasterised by poppler (what a viewer or printer sees), then read by ZXing.</summary>
[Collection(DocumentCollection.Name)]
public class QrPrintTests(DocumentFixture fx)
{
    [Fact]
    public void CertificateBatch_QrOnEveryPage_DecodesToItsVerifyUrl()
    {
        var models = Enumerable.Range(1, 10).Select(Samples.Certificate).ToList();
        var pdf = DocumentFixture.Save("qr-batch.pdf", fx.Renderer.RenderPdf(CertificateComposer.ComposeMany(models)));
        foreach (var page in new[] { 1, 10 })   // the first page and one drawn with the shared border strips
        {
            var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, $"qr-batch-{page}");
            using (var p = System.Diagnostics.Process.Start("pdftoppm", $"-gray -r 150 -f {page} -l {page} -singlefile \"{pdf}\" \"{prefix}\""))
            {
                p.WaitForExit();
                Assert.Equal(0, p.ExitCode);
            }
            var (w, h, pixels) = ReadPgm(prefix + ".pgm");
            var source = new ZXing.RGBLuminanceSource(pixels, w, h, ZXing.RGBLuminanceSource.BitmapFormat.Gray8);
            var result = new ZXing.QrCode.QRCodeReader().decode(new ZXing.BinaryBitmap(new ZXing.Common.HybridBinarizer(source)),
                new Dictionary<ZXing.DecodeHintType, object> { [ZXing.DecodeHintType.TRY_HARDER] = true });
            Assert.NotNull(result);
            Assert.Equal(models[page - 1].VerifyUrl, result.Text);
        }
    }

    private static (int W, int H, byte[] Pixels) ReadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var pos = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[pos])) pos++;
            var start = pos;
            while (!char.IsWhiteSpace((char)bytes[pos])) pos++;
            return System.Text.Encoding.ASCII.GetString(bytes, start, pos - start);
        }
        Assert.Equal("P5", Token());
        int w = int.Parse(Token()), h = int.Parse(Token());
        Token();   // max value
        pos++;
        return (w, h, bytes[pos..(pos + w * h)]);
    }
}

using Workbench.App.Documents.Composers;
using Workbench.App.Documents.Pdf;
using Workbench.Core.Documents;

namespace Workbench.Tests.Documents;

[Collection(DocumentCollection.Name)]
public class PdfDocumentTests(DocumentFixture fx)
{
    private static string Flat(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    [Fact]
    public void Certificate_RendersOnePageWithExtractableChineseText()
    {
        var model = Samples.Certificate(7);
        var pdf = fx.Renderer.RenderPdf(CertificateComposer.Compose(model));
        DocumentFixture.Save("certificate.pdf", pdf);
        var pages = DocumentFixture.PageTexts(pdf);
        Assert.Single(pages);
        var text = Flat(pages[0]);
        Assert.Contains("湖南省科技资源共享服务平台", text);
        Assert.Contains("湖南省大型科学仪器共享服务平台", text);
        Assert.Contains("HunanProvincialLargeScientificInstrumentSharingPlatform", text);
        Assert.Contains("依托单位：中南大学", text);
        Assert.Contains("证书编号：湘科资享认字〔2026〕第007号", text);
        Assert.Contains("2026年11月29日", text);
        Assert.Contains("湖南省财政厅", text);
        Assert.True(pdf.Length < 200_000, $"certificate is {pdf.Length} bytes: fonts not subset?");
    }

    [Fact]
    public void Certificates_ManyInOnePdf_OnePageEach()
    {
        var pdf = fx.Renderer.RenderPdf(CertificateComposer.ComposeMany(Enumerable.Range(1, 5).Select(Samples.Certificate)));
        var pages = DocumentFixture.PageTexts(pdf);
        Assert.Equal(5, pages.Count);
        Assert.Contains("第005号", Flat(pages[4]));
    }

    [Fact]
    public void Notice_LongTable_FlowsOverPagesWithRepeatedHeaderAndDashedNumbers()
    {
        var pdf = fx.Renderer.RenderPdf(OfficialNoticeComposer.Compose(Samples.Notice(40)));
        DocumentFixture.Save("notice.pdf", pdf);
        var pages = DocumentFixture.PageTexts(pdf).Select(Flat).ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.Contains("湖南省科学技术厅文件", pages[0]);
        Assert.Contains("湘科发〔2026〕12号", pages[0]);
        Assert.Contains("各市州科技局、财政局", pages[0]);
        for (var i = 0; i < pages.Count; i++) Assert.Contains($"—{i + 1}—", pages[i]);
        var tablePages = pages.Where(p => p.Contains("第3号科学数据") || p.Contains("第30号科学数据")).ToList();
        Assert.All(tablePages, p => Assert.Contains("序号平台名称依托单位主管部门", p));
        Assert.Contains("附件：2026年度湖南省科技资源共享服务平台名单", pages[^1]);
        Assert.Contains("湖南省科学技术厅办公室", pages[^1]);
        Assert.Contains("2026年11月29日印发", pages[^1]);
    }

    [Fact]
    public void Report_MultiPageTable_HasPageOfTotalAndHeaderOnEveryPage()
    {
        var pdf = fx.Renderer.RenderPdf(ReportComposer.Compose(Samples.Report(70)));
        DocumentFixture.Save("report.pdf", pdf);
        var pages = DocumentFixture.PageTexts(pdf).Select(Flat).ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"第{i + 1}页共{pages.Count}页", pages[i]);
            Assert.DoesNotContain("⻚", pages[i]);
        }
        Assert.All(pages.Take(pages.Count - 1), p => Assert.Contains("序号一级指标二级指标分值得分", p));
        Assert.Contains("专家签名：", pages[^1]);
    }

    [Fact]
    public void Text_NotInBundledFont_FallsBackToSystemFont()
    {
        // 镕 and 堃 are outside GB2312, so only the Noto fallback has them.
        var doc = new PdfDocument(PageSetup.A4Portrait(), [new Paragraph("朱镕基 王堃 页码", new TextStyle(14))], Title: "fallback");
        Assert.Empty(fx.Renderer.Measure(doc).MissingCharacters);
        var text = Flat(DocumentFixture.PageTexts(fx.Renderer.RenderPdf(doc))[0]);
        Assert.Equal("朱镕基王堃页码", text);
    }

    [Fact]
    public void Text_MissingEverywhere_IsReportedAndLogged()
    {
        var doc = new PdfDocument(PageSetup.A4Portrait(), [new Paragraph("平台\U0001F600", new TextStyle(14))], Title: "缺字测试");
        Assert.Equal([0x1F600], fx.Renderer.Measure(doc).MissingCharacters);
        fx.Renderer.RenderPdf(doc);
        Assert.Contains(fx.Log.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains("U+1F600") && e.Message.Contains("缺字测试"));
    }

    [Fact]
    public void Preview_RendersOnePngPerPage()
    {
        var doc = ReportComposer.Compose(Samples.Report(70));
        var pngs = fx.Renderer.RenderPreviewPngs(doc, 40);
        Assert.Equal(fx.Renderer.Measure(doc).Pages, pngs.Count);
        Assert.All(pngs, p => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], p.Take(4).ToArray()));
        DocumentFixture.Save("report-preview-1.png", pngs[0]);
    }

    [Fact]
    public void Table_RowTallerThanPage_IsSplitAcrossPages()
    {
        var longCell = string.Concat(Enumerable.Repeat("资源目录完整，开放共享制度健全，服务记录完整可查。", 60));
        var table = new Table([new TableColumn(1), new TableColumn(4, TextAlign.Justify)], [TableRow.Of("序号", "说明")],
            [TableRow.Of("1", longCell), TableRow.Of("2", "末行")], new TextStyle(12));
        var doc = new PdfDocument(PageSetup.A4Portrait(), [table], new PageFooter(PageNumberStyle.PageOfTotal, new TextStyle(10), 12));
        var pdf = fx.Renderer.RenderPdf(doc);
        DocumentFixture.Save("split-row.pdf", pdf);
        var pages = DocumentFixture.PageTexts(pdf).Select(Flat).ToList();
        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.StartsWith("序号说明", p));
        Assert.Contains("末行", pages[^1]);
    }
}

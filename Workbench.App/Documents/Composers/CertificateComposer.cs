using SkiaSharp;
using Workbench.App.Documents.Pdf;
using Workbench.Core.Documents;

namespace Workbench.App.Documents.Composers;

/// <summary>第八条(二): the recognition certificate, A4 landscape, one page per platform.</summary>
public static class CertificateComposer
{
    private static readonly SKColor Frame = new(0xA8, 0x16, 0x1C);
    private static readonly SKColor Gold = new(0xC9, 0x9A, 0x2E);
    private static readonly PageSetup Page = new(Units.Mm(297), Units.Mm(210), 0, 0, 0, 0);

    public static PdfDocument Compose(CertificateModel model) => ComposeMany([model]);

    /// <summary>Many certificates in one PDF (batch printing), one page each.</summary>
    public static PdfDocument ComposeMany(IEnumerable<CertificateModel> models)
    {
        var blocks = new List<Block>();
        string? title = null;
        foreach (var m in models)
        {
            if (blocks.Count > 0) blocks.Add(new PageBreak());
            blocks.Add(new CanvasBlock(Page.Height, Items(m), FillPage: true));
            title ??= $"认定证书 {m.CertificateNumber}";
        }
        var border = new OrnamentBorderItem(SKRect.Create(Units.Mm(10), Units.Mm(10), Page.Width - Units.Mm(20), Page.Height - Units.Mm(20)), Frame, Gold);
        return new PdfDocument(Page, blocks, PageFooter.None, [border], title ?? "认定证书", CertificateModel.Heading);
    }

    public static IReadOnlyList<Item> Items(CertificateModel m)
    {
        float w = Page.Width, h = Page.Height;
        var left = Units.Mm(32);
        var width = w - 2 * left;
        var red = TextLayouter.Red;
        var items = new List<Item>
        {
            new TextItem(SKRect.Create(left, Units.Mm(34), width, 44), CertificateModel.Heading,
                new TextStyle(32, FontRole.Title, red, LetterSpacing: 6, LineHeight: 1.3f), TextAlign.Center),
            new TextItem(SKRect.Create(left, Units.Mm(51), width, 30), "认定证书",
                new TextStyle(20, FontRole.Bold, Frame, LetterSpacing: 18, LineHeight: 1.3f), TextAlign.Center),
            new LineItem(new(w / 2 - 150, Units.Mm(63)), new(w / 2 + 150, Units.Mm(63)), 0.8f, Gold),
            new TextItem(SKRect.Create(left + 40, Units.Mm(74), width - 80, 80), m.PlatformName,
                new TextStyle(28, FontRole.Bold, LineHeight: 1.35f), TextAlign.Center, Balance: true),
            new TextItem(SKRect.Create(left + 40, Units.Mm(92), width - 80, 40), m.PlatformEnglishName,
                new TextStyle(14, FontRole.Body, new SKColor(0x33, 0x33, 0x33), LineHeight: 1.3f), TextAlign.Center),
            new TextItem(SKRect.Create(left + 40, Units.Mm(108), width - 80, 30), $"依托单位：{m.HostUnit}",
                new TextStyle(17, FontRole.Body, LineHeight: 1.4f), TextAlign.Center),
            new TextItem(SKRect.Create(left, Units.Mm(120), width, 30),
                "经专家论证、现场考察核实和公示，认定为湖南省科技资源共享服务平台，特发此证。",
                new TextStyle(15, FontRole.Body, LineHeight: 1.5f), TextAlign.Center),
        };
        // Bottom left: QR code to the verify page, number beside it.
        var qr = SKRect.Create(Units.Mm(30), h - Units.Mm(62), Units.Mm(28), Units.Mm(28));
        items.Add(new QrItem(qr, m.VerifyUrl));
        items.Add(new TextItem(SKRect.Create(qr.Left - 10, qr.Bottom + 1, qr.Width + 20, 14), "扫码核验", new TextStyle(9, LineHeight: 1.2f), TextAlign.Center));
        items.Add(new TextItem(SKRect.Create(qr.Right + 10, qr.Bottom - 40, 260, 20), $"证书编号：{m.CertificateNumber}", new TextStyle(12, LineHeight: 1.4f)));
        items.Add(new TextItem(SKRect.Create(qr.Right + 10, qr.Bottom - 20, 260, 20), $"发证日期：{m.DateText}", new TextStyle(12, LineHeight: 1.4f)));
        // Bottom right: issuers with their seals pressed over the names, date under the last one.
        var issuers = m.IssuingOrganisations;
        var r = Units.Mm(17);
        var nameStyle = new TextStyle(15, FontRole.Body, LineHeight: 1.4f);
        var pitch = Math.Max(2 * r + Units.Mm(8), issuers.Max(s => s.Organisation.Length) * 15 + 16);
        var lastX = w - Units.Mm(30) - r - 10;
        var nameY = h - Units.Mm(58);
        for (var i = 0; i < issuers.Count; i++)
        {
            var cx = lastX - (issuers.Count - 1 - i) * pitch;
            items.Add(new TextItem(SKRect.Create(cx - pitch / 2, nameY, pitch, 24), issuers[i].Organisation, nameStyle, TextAlign.Center));
        }
        var mid = (lastX + lastX - (issuers.Count - 1) * pitch) / 2;
        items.Add(new TextItem(SKRect.Create(mid - 120, nameY + 26, 240, 24), m.DateText, new TextStyle(15, FontRole.Body, LineHeight: 1.4f), TextAlign.Center));
        for (var i = 0; i < issuers.Count; i++)
            items.Add(new SealItem(new SKPoint(lastX - (issuers.Count - 1 - i) * pitch, nameY + 10), r, issuers[i]));
        return items;
    }
}

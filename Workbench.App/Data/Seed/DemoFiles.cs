using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Workbench.App.Data.Seed;

/// <summary>
/// Small real files behind the demo attachments, so every seeded download opens: a one-page PDF (Chinese text in the
/// viewer's built-in Song typeface, Adobe-GB1, nothing embedded) and a PNG standing in for an on-site photo.
/// </summary>
public static class DemoFiles
{
    /// <summary>A valid one-page A4 PDF with a title and lines of text.</summary>
    public static byte[] Pdf(string title, IReadOnlyList<string> lines)
    {
        var content = new StringBuilder("BT\n/F1 18 Tf\n72 770 Td\n").Append(Hex(title)).Append(" Tj\n/F1 12 Tf\n0 -36 Td\n");
        foreach (var line in lines) content.Append(Hex(line)).Append(" Tj\n0 -22 Td\n");
        content.Append("ET\n");
        var stream = content.ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>",
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 6 0 R /DW 1000 >>",
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}endstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length); // ASCII only, so characters = bytes
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string Hex(string text) =>
        "<" + string.Concat(text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture))) + ">";

    /// <summary>A 480×320 PNG: a plain drawing of a lab building, standing in for an on-site photo.</summary>
    public static byte[] Png()
    {
        using var surface = SKSurface.Create(new SKImageInfo(480, 320));
        var c = surface.Canvas;
        c.Clear(new SKColor(0xDD, 0xEB, 0xF7));
        using var fill = new SKPaint { IsAntialias = true };
        fill.Color = new SKColor(0x8F, 0xB9, 0x6A);
        c.DrawRect(0, 250, 480, 70, fill);
        fill.Color = new SKColor(0xB0, 0xB7, 0xC3);
        c.DrawRect(110, 90, 260, 160, fill);
        fill.Color = new SKColor(0x5B, 0x7D, 0xA8);
        for (var row = 0; row < 3; row++)
            for (var col = 0; col < 5; col++)
                c.DrawRect(130 + col * 48, 110 + row * 42, 30, 26, fill);
        fill.Color = new SKColor(0x7A, 0x4E, 0x2D);
        c.DrawRect(222, 205, 36, 45, fill);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }
}

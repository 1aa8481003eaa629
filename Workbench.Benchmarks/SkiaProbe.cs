using System.Diagnostics;
using SkiaSharp;

namespace Workbench.Benchmarks;

/// <summary>Temporary: what Skia's PDF backend costs per drawing call.</summary>
public static class SkiaProbe
{
    public static void Run()
    {
        void Time(string name, Action<SKCanvas> draw)
        {
            for (var rep = 0; rep < 2; rep++)
            {
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                using var ms = new MemoryStream();
                using (var w = new SKManagedWStream(ms))
                using (var pdf = SKDocument.CreatePdf(w))
                {
                    for (var p = 0; p < 200; p++) { draw(pdf.BeginPage(842, 595)); pdf.EndPage(); }
                    pdf.Close();
                }
                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds;
                if (rep == 1) Console.WriteLine($"{name}: cpu {cpu / 200:F3} ms/page, {ms.Length / 200} B/page");
            }
        }
        using var paint = new SKPaint { IsAntialias = true, Color = SKColors.Black };
        Time("empty", _ => { });
        Time("300 DrawRect", c => { for (var i = 0; i < 300; i++) c.DrawRect(SKRect.Create(10 + i % 30 * 3.1f, 10 + i / 30 * 3.1f, 3, 3), paint); });
        Time("300 DrawRect no-AA", c => { paint.IsAntialias = false; for (var i = 0; i < 300; i++) c.DrawRect(SKRect.Create(10 + i % 30 * 3.1f, 10 + i / 30 * 3.1f, 3, 3), paint); paint.IsAntialias = true; });
        Time("1 path of 300 rects", c =>
        {
            using var b = new SKPathBuilder();
            for (var i = 0; i < 300; i++) b.AddRect(SKRect.Create(10 + i % 30 * 3.1f, 10 + i / 30 * 3.1f, 3, 3));
            using var path = b.Detach();
            c.DrawPath(path, paint);
        });
        SKPoint[] D(float x, float y) => [new(x, y - 4), new(x + 4, y), new(x, y + 4), new(x - 4, y)];
        Time("120 polygon paths", c =>
        {
            using var b = new SKPathBuilder();
            for (var i = 0; i < 120; i++) { b.AddPoly(D(30 + i * 6, 20), true); using var p = b.Detach(); c.DrawPath(p, paint); }
        });
        Time("1 path of 120 polygons", c =>
        {
            using var b = new SKPathBuilder();
            for (var i = 0; i < 120; i++) b.AddPoly(D(30 + i * 6, 20), true);
            using var p = b.Detach(); c.DrawPath(p, paint);
        });
        using var picRec = new SKPictureRecorder();
        var pc = picRec.BeginRecording(new SKRect(0, 0, 842, 595));
        using (var b = new SKPathBuilder()) { for (var i = 0; i < 120; i++) b.AddPoly(D(30 + i * 6, 20), true); using var p = b.Detach(); pc.DrawPath(p, paint); }
        using var pic = picRec.EndRecording();
        Time("picture of 1 path of 120 polygons", c => c.DrawPicture(pic));
        Time("260 runs as DrawPoints lines", c =>
        {
            paint.Style = SKPaintStyle.Stroke; paint.StrokeWidth = 3; paint.StrokeCap = SKStrokeCap.Butt;
            var pts = new SKPoint[520];
            for (var i = 0; i < 260; i++) { pts[2 * i] = new(10 + i % 10 * 9.3f, 10 + i / 10 * 3.1f); pts[2 * i + 1] = new(16 + i % 10 * 9.3f, 10 + i / 10 * 3.1f); }
            c.DrawPoints(SKPointMode.Lines, pts, paint);
            paint.Style = SKPaintStyle.Fill;
        });
        Time("260 DrawRect", c => { for (var i = 0; i < 260; i++) c.DrawRect(SKRect.Create(10 + i % 10 * 9.3f, 10 + i / 10 * 3.1f, 6, 3), paint); });
        var font = new SKFont(SKTypeface.FromFile("Workbench.App/bin/Release/net10.0/Fonts/WorkbenchSerifSC-Regular.ttf"), 15) { Subpixel = true, LinearMetrics = true };
        using var bb = new SKTextBlobBuilder();
        var glyphs = Enumerable.Range(0, 12).Select(i => font.GetGlyph("湖南省大型科学仪器共享服务"[i])).ToArray();
        var xs = Enumerable.Range(0, 12).Select(i => i * 15.5f).ToArray();
        Time("15 text runs of 12 glyphs", c =>
        {
            for (var r = 0; r < 15; r++)
            {
                bb.AddHorizontalRun(glyphs, font, xs, 0);
                using var blob = bb.Build();
                c.DrawText(blob, 50, 50 + r * 20, paint);
            }
        });
        using var f2 = new SKFont(font.Typeface, 10, 0.78f);
        Time("20 rotated glyphs", c =>
        {
            for (var r = 0; r < 20; r++)
            {
                bb.AddRun(glyphs.AsSpan(r % 12, 1), f2, new SKPoint(-3, 0));
                using var blob = bb.Build();
                c.Save(); c.Translate(300 + r, 300); c.RotateDegrees(r * 10); c.DrawText(blob, 0, 0, paint); c.Restore();
            }
        });
    }
}

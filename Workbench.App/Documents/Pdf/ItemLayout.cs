using QRCoder;
using SkiaSharp;

namespace Workbench.App.Documents.Pdf;

/// <summary>Turns positioned items (text boxes, images, QR codes, seals, borders) into draw ops.</summary>
internal sealed class ItemLayout(FontSet fonts, TextLayouter text)
{
    public void Add(Item item, float dx, float dy, List<DrawOp> ops)
    {
        switch (item)
        {
            case TextItem t: AddText(t, dx, dy, ops); break;
            case ImageItem i: ops.Add(new ImageOp(FitImage(i), i.Encoded).Offset(dx, dy)); break;
            case QrItem q: ops.Add(Qr(q).Offset(dx, dy)); break;
            case SealItem s: AddSealCached(s, dx, dy, ops); break;
            case LineItem l: ops.Add(new LineOp(l.From, l.To, l.Width, l.Color).Offset(dx, dy)); break;
            case RectItem r: ops.Add(new RectOp(r.Rect, r.StrokeWidth, r.Stroke, r.Fill).Offset(dx, dy)); break;
            case OrnamentBorderItem b: AddBorder(b, dx, dy, ops); break;
            default: throw new NotSupportedException(item.GetType().Name);
        }
    }

    private void AddText(TextItem t, float dx, float dy, List<DrawOp> ops)
    {
        var lines = text.Layout(t.Text, t.Style, t.Box.Width, t.Align, 0, t.Balance);
        var y = t.Box.Top;
        if (t.CenterVertically) y += (t.Box.Height - lines.Sum(l => l.Height)) / 2;
        foreach (var line in lines)
        {
            foreach (var op in line.Ops) ops.Add(op.Offset(t.Box.Left + dx, y + dy));
            y += line.Height;
        }
    }

    private static SKRect FitImage(ImageItem i)
    {
        using var codec = SKCodec.Create(new MemoryStream(i.Encoded));
        if (codec is null) return i.Box;
        var scale = Math.Min(i.Box.Width / codec.Info.Width, i.Box.Height / codec.Info.Height);
        var w = codec.Info.Width * scale;
        var h = codec.Info.Height * scale;
        var left = i.Align switch
        {
            TextAlign.Left => i.Box.Left,
            TextAlign.Right => i.Box.Right - w,
            _ => i.Box.MidX - w / 2,
        };
        return SKRect.Create(left, i.Box.MidY - h / 2, w, h);
    }

    internal static QrOp Qr(QrItem q)
    {
        using var gen = new QRCodeGenerator();
        using var data = gen.CreateQrCode(q.Content, QRCodeGenerator.ECCLevel.M);
        var m = data.ModuleMatrix;
        var n = m.Count;
        Span<bool> dark = n * n <= 4096 ? stackalloc bool[n * n] : new bool[n * n];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++) dark[r * n + c] = m[r][c];
        var side = Math.Min(q.Box.Width, q.Box.Height);
        var rect = SKRect.Create(q.Box.MidX - side / 2, q.Box.MidY - side / 2, side, side);
        return new QrOp(rect, n, Cover(dark, n), q.Color ?? SKColors.Black);
    }

    [ThreadStatic] private static List<byte>? _blocks;

    /// <summary>
    /// Rectangles covering exactly the dark modules of an <paramref name="n"/> × <paramref name="n"/> matrix (row
    /// major), few of them (each is one <c>re f</c> on every certificate page): from each dark module not yet covered,
    /// the larger of the rectangle grown rightwards then down and the one grown downwards then right. Rectangles may
    /// overlap each other (one opaque colour) but never a light module. Allocates only the result, four bytes per
    /// rectangle (see <see cref="QrOp.Block"/>).
    /// </summary>
    internal static byte[] Cover(ReadOnlySpan<bool> dark, int n)
    {
        if (n > byte.MaxValue) throw new ArgumentOutOfRangeException(nameof(n), n, "二维码最多 177 个模块");
        Span<bool> covered = n * n <= 4096 ? stackalloc bool[n * n] : new bool[n * n];
        covered.Clear();
        var result = _blocks ??= new List<byte>(1024);
        result.Clear();
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++)
            {
                if (!dark[r * n + c] || covered[r * n + c]) continue;
                int w1 = 1, h1 = 1, w2 = 1, h2 = 1;
                while (c + w1 < n && dark[r * n + c + w1]) w1++;
                while (r + h1 < n && !dark.Slice((r + h1) * n + c, w1).Contains(false)) h1++;
                while (r + h2 < n && dark[(r + h2) * n + c]) h2++;
                while (c + w2 < n && ColumnDark(dark, n, r, c + w2, h2)) w2++;
                var (w, h) = w1 * h1 >= w2 * h2 ? (w1, h1) : (w2, h2);
                for (var y = r; y < r + h; y++) covered.Slice(y * n + c, w).Fill(true);
                result.Add((byte)r); result.Add((byte)c); result.Add((byte)w); result.Add((byte)h);
            }
        return result.ToArray();
    }

    private static bool ColumnDark(ReadOnlySpan<bool> dark, int n, int row, int col, int height)
    {
        for (var k = row; k < row + height; k++) if (!dark[k * n + col]) return false;
        return true;
    }

    /// <summary>Seals laid out in this document, by item and position: a batch of certificates presses the same seals
    /// at the same place on every page (≈ 25 ops each), so they are laid out once and the (immutable) ops shared.</summary>
    private readonly Dictionary<(SealItem, float, float), DrawOp[]> _seals = [];

    private void AddSealCached(SealItem s, float dx, float dy, List<DrawOp> ops)
    {
        if (!_seals.TryGetValue((s, dx, dy), out var laid))
        {
            var fresh = new List<DrawOp>();
            AddSeal(s, dx, dy, fresh);
            _seals[(s, dx, dy)] = laid = fresh.ToArray();
        }
        ops.AddRange(laid);
    }

    /// <summary>Circle, five-pointed star, organisation name around the upper arc, purpose under the star.</summary>
    private void AddSeal(SealItem s, float dx, float dy, List<DrawOp> ops)
    {
        var color = s.Color ?? TextLayouter.Red.WithAlpha(220);
        var c = new SKPoint(s.Center.X + dx, s.Center.Y + dy);
        var r = s.Radius;
        var stroke = r * 0.055f;
        ops.Add(new CircleOp(c, r - stroke / 2, stroke, color));
        ops.Add(new PolygonOp(Star(c, r * 0.30f), color));
        var cps = TextLayouter.CodePoints(s.Seal.Organisation);
        var n = cps.Length;
        if (n > 0)
        {
            const float scaleX = 0.78f;                    // seal characters are condensed
            var size = Math.Clamp(r * 2.6f / Math.Max(n, 6), r * 0.2f, r * 0.3f);
            var baseR = r - stroke * 1.9f - size * 0.86f;
            var step = Math.Min(size * scaleX * 1.3f / baseR, (float)(Math.PI * 250 / 180) / Math.Max(n - 1, 1));
            var span = step * (n - 1);
            for (var i = 0; i < n; i++)
            {
                var theta = -Math.PI / 2 - span / 2 + step * i;
                var (face, em, _) = fonts.Resolve(FontRole.Bold, cps[i]);
                var x = c.X + baseR * (float)Math.Cos(theta);
                var y = c.Y + baseR * (float)Math.Sin(theta);
                ops.Add(new RotatedGlyphOp(face, size, color, cps[i], x, y, (float)(theta * 180 / Math.PI) + 90, em * size * scaleX, scaleX));
            }
        }
        if (!string.IsNullOrEmpty(s.Seal.Purpose))
        {
            var style = new TextStyle(r * 0.2f, FontRole.Bold, color, LineHeight: 1);
            var box = SKRect.Create(c.X - r * 0.7f, c.Y + r * 0.38f, r * 1.4f, r * 0.3f);
            AddText(new TextItem(box, s.Seal.Purpose, style, TextAlign.Center), 0, 0, ops);
        }
    }

    private static SKPoint[] Star(SKPoint c, float outer)
    {
        var inner = outer * 0.382f;
        var pts = new SKPoint[10];
        for (var k = 0; k < 10; k++)
        {
            var rad = k % 2 == 0 ? outer : inner;
            var a = -Math.PI / 2 + k * Math.PI / 5;
            pts[k] = new SKPoint(c.X + rad * (float)Math.Cos(a), c.Y + rad * (float)Math.Sin(a));
        }
        return pts;
    }

    /// <summary>Thick outer frame, thin inner frame, a band of small diamonds between, square corner ornaments.</summary>
    private static void AddBorder(OrnamentBorderItem b, float dx, float dy, List<DrawOp> ops)
    {
        var o = SKRect.Create(b.Rect.Left + dx, b.Rect.Top + dy, b.Rect.Width, b.Rect.Height);
        var band = Units.Mm(6);
        var inner = SKRect.Inflate(o, -band, -band);
        ops.Add(new RectOp(o, 3f, b.Color, null));
        ops.Add(new RectOp(SKRect.Inflate(o, -4.5f, -4.5f), 0.8f, b.Color, null));
        ops.Add(new RectOp(inner, 0.8f, b.Color, null));
        ops.Add(new RectOp(SKRect.Inflate(inner, 3f, 3f), 1.6f, b.Color, null));
        var mid = band / 2 + 1;
        var d = Units.Mm(1.4f);
        void Diamond(float x, float y) => ops.Add(new PolygonOp([new(x, y - d), new(x + d, y), new(x, y + d), new(x - d, y)], b.Accent));
        var pitch = Units.Mm(7);
        for (var x = o.Left + band * 2; x <= o.Right - band * 2 + 0.1f; x += pitch) { Diamond(x, o.Top + mid); Diamond(x, o.Bottom - mid); }
        for (var y = o.Top + band * 2; y <= o.Bottom - band * 2 + 0.1f; y += pitch) { Diamond(o.Left + mid, y); Diamond(o.Right - mid, y); }
        foreach (var (cx, cy) in new[] { (o.Left, o.Top), (o.Right, o.Top), (o.Left, o.Bottom), (o.Right, o.Bottom) })
        {
            var sx = cx == o.Left ? 1 : -1;
            var sy = cy == o.Top ? 1 : -1;
            var sq = SKRect.Create(cx + (sx > 0 ? 0 : -band * 1.6f), cy + (sy > 0 ? 0 : -band * 1.6f), band * 1.6f, band * 1.6f);
            ops.Add(new RectOp(sq, 0, null, b.Color));
            ops.Add(new RectOp(SKRect.Inflate(sq, -2.5f, -2.5f), 0.8f, SKColors.White, null));
            var cc = new SKPoint(sq.MidX, sq.MidY);
            var k = band * 0.45f;
            ops.Add(new PolygonOp([new(cc.X, cc.Y - k), new(cc.X + k, cc.Y), new(cc.X, cc.Y + k), new(cc.X - k, cc.Y)], b.Accent));
        }
    }
}

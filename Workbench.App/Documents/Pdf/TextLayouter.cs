using SkiaSharp;

namespace Workbench.App.Documents.Pdf;

/// <summary>A laid-out line: its glyph runs relative to the line's top-left, and its height.</summary>
internal sealed record TextLine(List<DrawOp> Ops, float Height, float Width);

/// <summary>Turns text into lines of positioned glyph runs: per-character font fallback, line breaking, alignment, spacing.</summary>
internal sealed class TextLayouter(FontSet fonts, HashSet<int> missing)
{
    /// <summary>Ascent of the ideographic em box used to place the baseline inside a line.</summary>
    private const float EmAscent = 0.88f;

    private readonly record struct Key(string Text, TextStyle Style, float Width, TextAlign Align, float Indent, bool Balance);

    /// <summary>Laid-out text of this document by request: the fixed wording of 1000 certificates in one batch is laid
    /// out once. Lines and their ops are immutable once built; callers place them with <see cref="DrawOp.Offset"/>.</summary>
    private readonly Dictionary<Key, List<TextLine>> _cache = [];

    public List<TextLine> Layout(string text, TextStyle style, float width, TextAlign align, float firstIndentChars = 0, bool balance = false)
    {
        var key = new Key(text, style, width, align, firstIndentChars, balance);
        if (_cache.TryGetValue(key, out var hit)) return hit;
        var lines = LayoutUncached(text, style, width, align, firstIndentChars, balance);
        _cache[key] = lines;
        return lines;
    }

    private List<TextLine> LayoutUncached(string text, TextStyle style, float width, TextAlign align, float firstIndentChars, bool balance)
    {
        var lines = LayoutAt(text, style, width, align, firstIndentChars);
        if (!balance || lines.Count < 2) return lines;
        // Titles: the narrowest width that keeps the line count, so a last line is never a lone character.
        float lo = width / 2, hi = width;
        for (var k = 0; k < 12; k++)
        {
            var mid = (lo + hi) / 2;
            if (LayoutAt(text, style, mid, align, firstIndentChars).Count > lines.Count) lo = mid; else hi = mid;
        }
        var shift = (width - hi) / 2;
        return LayoutAt(text, style, hi, align, firstIndentChars)
            .Select(l => l with { Ops = l.Ops.Select(o => o.Offset(shift, 0)).ToList() }).ToList();
    }

    private List<TextLine> LayoutAt(string text, TextStyle style, float width, TextAlign align, float firstIndentChars)
    {
        var cps = CodePoints(text);
        var faces = new int[cps.Length];
        var adv = new float[cps.Length];
        for (var k = 0; k < cps.Length; k++)
        {
            var (face, em, found) = fonts.Resolve(style.Font, cps[k]);
            if (!found && !IsControl(cps[k])) lock (missing) missing.Add(cps[k]);
            faces[k] = face;
            adv[k] = cps[k] == '\n' ? 0 : em * style.Size + style.LetterSpacing;
        }
        var indent = firstIndentChars * (style.Size + style.LetterSpacing);
        var spans = LineBreaker.Break(cps, adv, style.LetterSpacing, Math.Max(1, width - indent), Math.Max(1, width));
        var lines = new List<TextLine>(spans.Count);
        for (var li = 0; li < spans.Count; li++)
        {
            var s = spans[li];
            var x0 = li == 0 ? indent : 0;
            var avail = width - x0;
            lines.Add(BuildLine(cps, faces, adv, s, style, x0, avail, align));
        }
        return lines;
    }

    private static TextLine BuildLine(int[] cps, int[] faces, float[] adv, LineSpan s, TextStyle style, float x0, float avail, TextAlign align)
    {
        var end = s.End;
        while (end > s.Start && (LineBreaker.IsSpace(cps[end - 1]) || cps[end - 1] == '\n')) end--;
        var xs = new float[Math.Max(0, end - s.Start)];
        float extra = 0, start = x0;
        var slack = avail - s.Width;
        var justify = align == TextAlign.Justify && !s.EndsParagraph && slack > 0;
        if (justify)
        {
            var gaps = 0;
            for (var k = s.Start + 1; k < end; k++) if (LineBreaker.IsStretchableGap(cps, k)) gaps++;
            extra = gaps > 0 ? slack / gaps : 0;
        }
        else if (align == TextAlign.Center) start += slack / 2;
        else if (align == TextAlign.Right) start += slack;
        var x = start;
        for (var k = s.Start; k < end; k++)
        {
            if (k > s.Start && justify && LineBreaker.IsStretchableGap(cps, k)) x += extra;
            xs[k - s.Start] = x;
            x += adv[k];
        }
        var pitch = style.LinePitch;
        var baseline = (pitch - style.Size) / 2 + EmAscent * style.Size;
        var ops = new List<DrawOp>();
        var runStart = s.Start;
        for (var k = s.Start; k <= end; k++)
        {
            var boundary = k == end || faces[k] != faces[runStart] || LineBreaker.IsSpace(cps[k]);
            if (!boundary) continue;
            if (k > runStart)
                ops.Add(new GlyphRunOp(faces[runStart], style.Size, style.Colour, baseline,
                    cps[runStart..k], xs[(runStart - s.Start)..(k - s.Start)]));
            runStart = k < end && LineBreaker.IsSpace(cps[k]) ? k + 1 : k;
        }
        return new TextLine(ops, pitch, x - start - (end > s.Start ? style.LetterSpacing : 0));
    }

    /// <summary>Natural width of a single line of text (no wrapping).</summary>
    public float Measure(string text, TextStyle style)
    {
        var w = 0f;
        var n = 0;
        foreach (var cp in CodePoints(text)) { w += fonts.Resolve(style.Font, cp).AdvanceEm * style.Size + style.LetterSpacing; n++; }
        return n > 0 ? w - style.LetterSpacing : 0;
    }

    /// <summary>A control character (line break, tab): laid out as space, never drawn, never reported missing.</summary>
    public static bool IsControl(int cp) => cp < 0x10000 && char.IsControl((char)cp);

    public static int[] CodePoints(string text)
    {
        var list = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r') continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                list.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else list.Add(text[i]);
        }
        return list.ToArray();
    }

    /// <summary>Baseline offset inside a line box of a style, for callers that place single lines.</summary>
    public static float BaselineIn(TextStyle style) => (style.LinePitch - style.Size) / 2 + EmAscent * style.Size;

    public static SKColor Red { get; } = new(0xE6, 0x00, 0x12);
}

namespace Workbench.App.Documents.Pdf;

/// <summary>A line: code point indices [Start, End), its natural width, and whether a paragraph or hard break ends it.</summary>
public readonly record struct LineSpan(int Start, int End, float Width, bool EndsParagraph);

/// <summary>
/// Greedy line breaking with the Chinese rules (GB/T 15834 标点符号用法, 禁则): no line starts with closing
/// punctuation such as ，。、；：？！）》”, no line ends with opening punctuation such as （《“; Latin words and numbers
/// are not split unless a word is wider than the line; “——” and “……” stay together. When the next character cannot
/// start a line, the previous character moves down with it (push-out).
/// </summary>
public static class LineBreaker
{
    private const string NoStart = "，。、；：？！）》”’〕】」』〉〗｝…—·%‰℃,.;:?!)]}>'\"％";
    private const string NoEnd = "（《“‘〔【「『〈〖｛([{<";

    public static bool CannotStartLine(int cp) => cp < 0x10000 && NoStart.Contains((char)cp);

    public static bool CannotEndLine(int cp) => cp < 0x10000 && NoEnd.Contains((char)cp);

    /// <summary>Characters that join into unbreakable words: Latin letters, digits and ASCII symbols.</summary>
    public static bool IsWordChar(int cp) => cp is > 0x20 and < 0x2000 && !CannotStartLine(cp) && !CannotEndLine(cp)
        || cp is '.' or ',' or '%' or ':' or '/' or '-' or '(' or ')';

    public static bool IsSpace(int cp) => cp is ' ' or '\u00a0' or '\t';

    /// <summary>May a line break fall between cps[i-1] and cps[i]?</summary>
    public static bool CanBreakBefore(ReadOnlySpan<int> cps, int i)
    {
        if (i <= 0 || i >= cps.Length) return true;
        int prev = cps[i - 1], next = cps[i];
        if (IsSpace(next)) return false;                 // break after the spaces, which hang at the line end
        if (IsSpace(prev)) return true;
        if (CannotStartLine(next) || CannotEndLine(prev)) return false;
        if (IsWordChar(prev) && IsWordChar(next)) return false;
        return true;
    }

    /// <summary>Breaks text into lines.</summary>
    /// <param name="cps">code points</param>
    /// <param name="advances">advance of each code point including letter spacing</param>
    /// <param name="letterSpacing">the spacing included in each advance (not counted after a line's last character)</param>
    /// <param name="firstWidth">width available to the first line (after the first-line indent)</param>
    /// <param name="width">width available to the other lines</param>
    public static List<LineSpan> Break(ReadOnlySpan<int> cps, ReadOnlySpan<float> advances, float letterSpacing, float firstWidth, float width)
    {
        var lines = new List<LineSpan>();
        var n = cps.Length;
        var i = 0;
        while (i < n || lines.Count == 0)
        {
            var avail = lines.Count == 0 ? firstWidth : width;
            if (lines.Count > 0 && !lines[^1].EndsParagraph)
                while (i < n && IsSpace(cps[i])) i++;          // a soft-wrapped line does not start with spaces
            var j = i;
            var w = 0f;
            while (j < n && cps[j] != '\n')
            {
                if (j > i && !IsSpace(cps[j]) && w + advances[j] - letterSpacing > avail + 0.01f) break;
                w += advances[j];
                j++;
            }
            if (j >= n || cps[j] == '\n')
            {
                lines.Add(new LineSpan(i, j, Measure(cps, advances, letterSpacing, i, j), true));
                i = j + 1;
                if (j >= n) break;
                if (i >= n) { lines.Add(new LineSpan(n, n, 0, true)); break; }
                continue;
            }
            var b = j;
            while (b > i && !CanBreakBefore(cps, b)) b--;
            if (b == i) b = ForcedBreak(cps, i, j);
            lines.Add(new LineSpan(i, b, Measure(cps, advances, letterSpacing, i, b), false));
            i = b;
        }
        return lines;
    }

    /// <summary>No legal break inside [i, j]: break at j, but keep closing punctuation off the next line's start.</summary>
    private static int ForcedBreak(ReadOnlySpan<int> cps, int i, int j)
    {
        var b = j;
        while (b > i + 1 && CannotStartLine(cps[b])) b--;
        return Math.Max(b, i + 1);
    }

    /// <summary>Width of [start, end) without trailing spaces and without the last character's letter spacing.</summary>
    public static float Measure(ReadOnlySpan<int> cps, ReadOnlySpan<float> advances, float letterSpacing, int start, int end)
    {
        while (end > start && IsSpace(cps[end - 1])) end--;
        var w = 0f;
        for (var k = start; k < end; k++) w += advances[k];
        return end > start ? w - letterSpacing : 0;
    }

    /// <summary>Extra space may go between cps[k-1] and cps[k] when justifying (not inside Latin words).</summary>
    public static bool IsStretchableGap(ReadOnlySpan<int> cps, int k) =>
        IsSpace(cps[k - 1]) || !(IsWordChar(cps[k - 1]) && IsWordChar(cps[k]));
}

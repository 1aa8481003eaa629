using System.Collections.Concurrent;
using SkiaSharp;

namespace Workbench.App.Documents.Pdf;

/// <summary>The typeface roles of Chinese official documents.</summary>
public enum FontRole
{
    /// <summary>正文 (仿宋 in GB/T 9704)</summary>
    Body,
    Bold,
    /// <summary>标题、发文机关标志 (小标宋)</summary>
    Title,
    /// <summary>一级标题 (黑体)</summary>
    Heading,
    /// <summary>二级标题 (楷体)</summary>
    Kai,
}

/// <summary>
/// The loaded fonts: one face per role plus system fallbacks, per-character resolution with fallback, advance widths
/// cached per code point, and HarfBuzz faces for subsetting. Thread-safe; register as a singleton.
/// </summary>
public sealed class FontSet : IDisposable
{
    /// <summary>A loaded face. Skia and HarfBuzz both map the font file into memory rather than copying it, so the
    /// fallback collections (20–27 MB each) cost address space, not working set, until a glyph in them is used.</summary>
    internal sealed class Face(string path, int index, SKTypeface typeface, float unitsPerEm)
    {
        public string Path { get; } = path;
        public int Index { get; } = index;
        public SKTypeface Typeface { get; } = typeface;
        public float UnitsPerEm { get; } = unitsPerEm;
        public readonly ConcurrentDictionary<int, (ushort Glyph, float Advance)> Glyphs = new();
        private HarfBuzzFace? _hb;
        public HarfBuzzFace HarfBuzz => LazyInitializer.EnsureInitialized(ref _hb, () => new HarfBuzzFace(Path, Index));
        public void DisposeHarfBuzz() => _hb?.Dispose();
    }

    private readonly List<Face> _faces = [];
    private readonly Dictionary<FontRole, int> _primary = [];
    private readonly List<int> _fallbacks = [];
    private readonly List<int> _boldFallbacks = [];
    private readonly ConcurrentDictionary<(FontRole, int), (int Face, float Advance)> _resolved = new();
    private readonly ILogger _logger;

    public DocumentsOptions Options { get; }

    public FontSet(DocumentsOptions options, ILogger<FontSet> logger)
    {
        Options = options;
        _logger = logger;
        var regular = Load(options.RegularFont) ?? throw new FileNotFoundException($"文档正文字体不存在：{options.RegularFont}");
        var bold = Load(options.BoldFont) ?? regular;
        _primary[FontRole.Body] = regular;
        _primary[FontRole.Bold] = bold;
        _primary[FontRole.Title] = Load(options.TitleFont) ?? bold;
        _primary[FontRole.Heading] = Load(options.HeadingFont) ?? bold;
        _primary[FontRole.Kai] = Load(options.KaiFont) ?? regular;
        _boldFallbacks.AddRange(options.BoldFallbackFonts.Select(Load).OfType<int>());
        _fallbacks.AddRange(options.FallbackFonts.Select(Load).OfType<int>());
        if (_fallbacks.Count == 0)
            _logger.LogWarning("没有可用的后备字体（{Fonts}）：内置字体缺少的字符将无法显示", string.Join("; ", options.FallbackFonts));
    }

    internal IReadOnlyList<Face> Faces => _faces;

    /// <summary>The face that draws <paramref name="codePoint"/> in <paramref name="role"/>, its advance per em, and whether any font has it.</summary>
    internal (int Face, float AdvanceEm, bool Found) Resolve(FontRole role, int codePoint)
    {
        if (!_resolved.TryGetValue((role, codePoint), out var hit))
            _resolved[(role, codePoint)] = hit = Find(role, codePoint);
        return hit.Face >= 0 ? (hit.Face, hit.Advance, true) : (_primary[role], hit.Advance, false);
    }

    private (int Face, float Advance) Find(FontRole role, int cp)
    {
        if (cp is '\n' or '\r' or '\t') return (_primary[role], 0);
        var bold = role is FontRole.Bold or FontRole.Title or FontRole.Heading;
        var chain = new[] { _primary[role] }.Concat(bold ? _boldFallbacks : []).Concat(_fallbacks);
        foreach (var f in chain)
        {
            var g = Glyph(f, cp);
            if (g.Glyph != 0) return (f, g.Advance);
        }
        // Nothing has it: the caller draws .notdef from the primary face and reports the character.
        return (-1, Glyph(_primary[role], cp).Advance is > 0 and var a ? a : 1f);
    }

    /// <summary>Glyph id and advance per em of a code point in a face (0 when the face lacks it).</summary>
    internal (ushort Glyph, float Advance) Glyph(int face, int cp)
    {
        var f = _faces[face];
        return f.Glyphs.GetOrAdd(cp, static (c, ff) =>
        {
            using var font = new SKFont(ff.Typeface, ff.UnitsPerEm);
            var gid = font.GetGlyph(c);
            if (gid == 0) return (0, 0);
            Span<float> w = stackalloc float[1];
            font.GetGlyphWidths([gid], w, Span<SKRect>.Empty);
            // At size = units per em the width is the hmtx advance, a whole number of font units; Skia returns it
            // with float noise (999.99994). Whole units keep full-width glyphs at exactly 1 em, so a run's positions
            // are exact multiples of the size and Skia's PDF backend writes the run as one string instead of one
            // positioning operator per glyph (a third of a notice page's content stream).
            return (gid, MathF.Round(w[0]) / ff.UnitsPerEm);
        }, f);
    }

    private int? Load(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec)) return null;
        var (path, index) = ParseSpec(spec);
        var existing = _faces.FindIndex(f => f.Path == path && f.Index == index);
        if (existing >= 0) return existing;
        if (!File.Exists(path))
        {
            _logger.LogInformation("字体文件不存在，跳过：{Path}", path);
            return null;
        }
        var tf = SKTypeface.FromFile(path, index);
        if (tf is null)
        {
            _logger.LogWarning("无法读取字体文件：{Path}#{Index}", path, index);
            return null;
        }
        _faces.Add(new Face(path, index, tf, tf.UnitsPerEm > 0 ? tf.UnitsPerEm : 1000));
        return _faces.Count - 1;
    }

    internal static (string Path, int Index) ParseSpec(string spec)
    {
        var hash = spec.LastIndexOf('#');
        var index = 0;
        if (hash > 0 && int.TryParse(spec[(hash + 1)..], out var i)) { index = i; spec = spec[..hash]; }
        var path = Path.IsPathRooted(spec) ? spec : Path.Combine(AppContext.BaseDirectory, spec);
        return (path, index);
    }

    public void Dispose()
    {
        foreach (var f in _faces) { f.DisposeHarfBuzz(); f.Typeface.Dispose(); }
    }
}

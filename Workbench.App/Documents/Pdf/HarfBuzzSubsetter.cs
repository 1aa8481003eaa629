using System.Runtime.InteropServices;

namespace Workbench.App.Documents.Pdf;

/// <summary>
/// Per-document font subsetting with HarfBuzz's hb-subset, which libHarfBuzzSharp exports but HarfBuzzSharp does not
/// wrap. Skia embeds TrueType fonts whole (5 MB per PDF) and turns CFF fonts into Type 3 whose text extracts as
/// Kangxi radicals (页→⻚); a subset that holds only the characters used fixes both.
/// </summary>
internal sealed class HarfBuzzFace : IDisposable
{
    private const string Lib = "libHarfBuzzSharp";
    private GCHandle _pin;
    private IntPtr _blob;
    private IntPtr _face;

    /// <summary>The face <paramref name="index"/> of a font file, memory-mapped by HarfBuzz (read into memory only
    /// where mapping is not possible).</summary>
    public HarfBuzzFace(string path, int index)
    {
        _blob = hb_blob_create_from_file(path);
        if (_blob == IntPtr.Zero || hb_blob_get_length(_blob) == 0)
        {
            if (_blob != IntPtr.Zero) hb_blob_destroy(_blob);
            var bytes = File.ReadAllBytes(path);
            _pin = GCHandle.Alloc(bytes, GCHandleType.Pinned);
            _blob = hb_blob_create(_pin.AddrOfPinnedObject(), (uint)bytes.Length, 1 /* READONLY */, IntPtr.Zero, IntPtr.Zero);
        }
        _face = hb_face_create(_blob, (uint)index);
    }

    /// <summary>A standalone font file holding just <paramref name="codePoints"/> (glyph ids renumbered), or null on failure.</summary>
    public byte[]? Subset(IEnumerable<int> codePoints)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) return null;
        try
        {
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints) hb_set_add(unicodes, (uint)cp);
            var drop = hb_subset_input_set(input, 3 /* HB_SUBSET_SETS_DROP_TABLE_TAG */);
            foreach (var tag in DroppedTables) hb_set_add(drop, Tag(tag));
            hb_set_clear(hb_subset_input_set(input, 6 /* HB_SUBSET_SETS_LAYOUT_FEATURE_TAG */));
            // NO_HINTING | NOTDEF_OUTLINE | NO_LAYOUT_CLOSURE
            hb_subset_input_set_flags(input, 0x1 | 0x40 | 0x200);
            var subset = hb_subset_or_fail(_face, input);
            if (subset == IntPtr.Zero) return null;
            var blob = hb_face_reference_blob(subset);
            try
            {
                var data = hb_blob_get_data(blob, out var length);
                if (data == IntPtr.Zero || length == 0) return null;
                var bytes = new byte[length];
                Marshal.Copy(data, bytes, 0, (int)length);
                return bytes;
            }
            finally
            {
                hb_blob_destroy(blob);
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG", "DSIG"];

    private static uint Tag(string t) => (uint)(t[0] << 24 | t[1] << 16 | t[2] << 8 | t[3]);

    public void Dispose()
    {
        if (_face != IntPtr.Zero) { hb_face_destroy(_face); _face = IntPtr.Zero; }
        if (_blob != IntPtr.Zero) { hb_blob_destroy(_blob); _blob = IntPtr.Zero; }
        if (_pin.IsAllocated) _pin.Free();
    }

    [DllImport(Lib)] private static extern IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [DllImport(Lib)] private static extern void hb_blob_destroy(IntPtr blob);
    [DllImport(Lib, CharSet = CharSet.Ansi, BestFitMapping = false)] private static extern IntPtr hb_blob_create_from_file(string path);
    [DllImport(Lib)] private static extern uint hb_blob_get_length(IntPtr blob);
    [DllImport(Lib)] private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [DllImport(Lib)] private static extern IntPtr hb_face_create(IntPtr blob, uint index);
    [DllImport(Lib)] private static extern void hb_face_destroy(IntPtr face);
    [DllImport(Lib)] private static extern IntPtr hb_face_reference_blob(IntPtr face);
    [DllImport(Lib)] private static extern IntPtr hb_subset_input_create_or_fail();
    [DllImport(Lib)] private static extern void hb_subset_input_destroy(IntPtr input);
    [DllImport(Lib)] private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);
    [DllImport(Lib)] private static extern IntPtr hb_subset_input_set(IntPtr input, int setType);
    [DllImport(Lib)] private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);
    [DllImport(Lib)] private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [DllImport(Lib)] private static extern void hb_set_add(IntPtr set, uint codepoint);
    [DllImport(Lib)] private static extern void hb_set_clear(IntPtr set);
}

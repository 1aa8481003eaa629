using Workbench.Core.Documents;

namespace Workbench.App.Documents.Pdf;

/// <summary>
/// The characters a document draws, per face, read from its text without laying it out: what the font subset must
/// hold before the first page is drawn when pages are laid out while earlier ones are being written. Every string
/// that layout can draw is visited (paragraphs, table cells with their styles, canvas items, seals, the page
/// background, and every digit a page number can show); each character goes to the face <see cref="FontSet.Resolve"/>
/// gives it, as layout does. Layout adds no characters of its own (no hyphens, no ellipses), so this is a superset
/// of what is drawn; <see cref="Covers"/> checks that on each laid-out page.
/// </summary>
internal sealed class DocumentCharacters
{
    private readonly FontSet _fonts;
    private readonly HashSet<int[]> _checked = new(ReferenceEqualityComparer.Instance);

    private DocumentCharacters(FontSet fonts) => _fonts = fonts;

    /// <summary>Code points per face index.</summary>
    public Dictionary<int, HashSet<int>> ByFace { get; } = [];

    /// <summary>Characters no font has (drawn as .notdef, reported).</summary>
    public HashSet<int> Missing { get; } = [];

    public static DocumentCharacters Scan(PdfDocument doc, FontSet fonts)
    {
        var s = new DocumentCharacters(fonts);
        s.Blocks(doc.Blocks);
        foreach (var item in doc.Background ?? []) s.Item(item);
        if (doc.Footer is { Style: not PageNumberStyle.None } f)
        {
            // Every digit, whatever the page number turns out to be.
            var sample = f.Style == PageNumberStyle.Dashed
                ? DocumentText.DashedPageNumber(1234567890)
                : DocumentText.PageOfTotal(1234567890, 1234567890);
            s.Text(sample, f.Text);
        }
        return s;
    }

    /// <summary>Whether every glyph on <paramref name="page"/> is in the scan (runs shared between pages are
    /// checked once). Not thread-safe: one caller.</summary>
    public bool Covers(LaidOutPage page, out int missingCodePoint)
    {
        foreach (var op in page.Ops)
        {
            if (op is GlyphRunOp g)
            {
                if (!_checked.Add(g.CodePoints)) continue;
                foreach (var cp in g.CodePoints)
                    if (!Has(g.Face, cp)) { missingCodePoint = cp; return false; }
            }
            else if (op is RotatedGlyphOp r && !Has(r.Face, r.CodePoint)) { missingCodePoint = r.CodePoint; return false; }
        }
        missingCodePoint = 0;
        return true;
    }

    private bool Has(int face, int cp) => ByFace.TryGetValue(face, out var set) && set.Contains(cp);

    private void Blocks(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p: Text(p.Text, p.Style); break;
                case CanvasBlock c: foreach (var item in c.Items) Item(item); break;
                case Group g: Blocks(g.Blocks); break;
                case Table t:
                    foreach (var row in t.HeaderRows)
                        foreach (var cell in row.Cells) Text(cell.Text, cell.Style ?? t.HeaderText ?? t.Text);
                    foreach (var row in t.Rows)
                        foreach (var cell in row.Cells) Text(cell.Text, cell.Style ?? t.Text);
                    break;
            }
        }
    }

    private void Item(Item item)
    {
        switch (item)
        {
            case TextItem t: Text(t.Text, t.Style); break;
            case SealItem s:
                Text(s.Seal.Organisation, FontRole.Bold);
                if (!string.IsNullOrEmpty(s.Seal.Purpose)) Text(s.Seal.Purpose, FontRole.Bold);
                break;
        }
    }

    private void Text(string? text, TextStyle style) => Text(text, style.Font);

    private void Text(string? text, FontRole role)
    {
        if (string.IsNullOrEmpty(text)) return;
        foreach (var cp in TextLayouter.CodePoints(text))
        {
            if (TextLayouter.IsControl(cp)) continue;
            var (face, _, found) = _fonts.Resolve(role, cp);
            if (!found) Missing.Add(cp);
            if (!ByFace.TryGetValue(face, out var set)) ByFace[face] = set = [];
            set.Add(cp);
        }
    }
}

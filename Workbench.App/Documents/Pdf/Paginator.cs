using SkiaSharp;
using Workbench.Core.Documents;

namespace Workbench.App.Documents.Pdf;

/// <summary>
/// Flows blocks down the text block and breaks pages, then (second pass, total known) adds page numbers and the
/// per-page background.
/// </summary>
internal sealed class Paginator
{
    private readonly PdfDocument _doc;
    private readonly FontSet _fonts;
    private readonly TextLayouter _text;
    private readonly ItemLayout _items;
    private readonly HashSet<int> _missing;
    private readonly List<LaidOutPage> _pages = [];
    private readonly float _left, _width, _top, _bottom;
    private LaidOutPage? _page;
    private float _y;

    /// <summary>Streaming mode (<see cref="Stream"/>): finished pages go here instead of into <see cref="_pages"/>.</summary>
    private Action<LaidOutPage>? _emit;
    private List<DrawOp>? _background;
    private int _emitted;

    private Paginator(PdfDocument doc, FontSet fonts, HashSet<int> missing, float top, float bottom)
    {
        _doc = doc;
        _fonts = fonts;
        _missing = missing;
        _text = new TextLayouter(fonts, missing);
        _items = new ItemLayout(fonts, _text);
        _left = doc.Page.MarginLeft;
        _width = doc.Page.BodyWidth;
        _top = top;
        _bottom = bottom;
    }

    public static LaidOutDocument Layout(PdfDocument doc, FontSet fonts)
    {
        var missing = new HashSet<int>();
        var p = new Paginator(doc, fonts, missing, doc.Page.MarginTop, doc.Page.BodyBottom);
        p.Flow(doc.Blocks);
        if (p._pages.Count == 0) p.NewPage();
        p.Finish();
        return new LaidOutDocument(p._pages, missing);
    }

    private bool AtPageTop => _page is null || _y <= _top + 0.01f;
    private float Remaining => _bottom - _y;
    private LaidOutPage Page => _page ?? NewPage();

    /// <summary>
    /// Lays the document out page by page, handing each finished page (background and page number included) to
    /// <paramref name="emit"/> as soon as the next one starts, so a caller can draw page N while page N + 1 is laid
    /// out and no page is held after it is drawn. Only for footers that do not need the total (<see cref="NeedsTotal"/>).
    /// <paramref name="background"/> is the document's background laid out by <see cref="LayoutBackground(PdfDocument, FontSet)"/>: every
    /// page shares that list object.
    /// </summary>
    public static void Stream(PdfDocument doc, FontSet fonts, List<DrawOp>? background, Action<LaidOutPage> emit)
    {
        if (NeedsTotal(doc)) throw new InvalidOperationException("页脚需要总页数的文档不能逐页排版");
        var p = new Paginator(doc, fonts, new HashSet<int>(), doc.Page.MarginTop, doc.Page.BodyBottom)
        {
            _emit = emit,
            _background = background,
        };
        p.Flow(doc.Blocks);
        p.Complete(p.Page);
    }

    /// <summary>Whether the page numbers say “共 N 页”, so no page can be finished before the last is laid out.</summary>
    public static bool NeedsTotal(PdfDocument doc) => doc.Footer?.Style == PageNumberStyle.PageOfTotal;

    /// <summary>The background items of every page laid out once (null when there are none).</summary>
    public static List<DrawOp>? LayoutBackground(PdfDocument doc, FontSet fonts) =>
        LayoutBackground(doc, new ItemLayout(fonts, new TextLayouter(fonts, new HashSet<int>())));

    private static List<DrawOp>? LayoutBackground(PdfDocument doc, ItemLayout items)
    {
        if (doc.Background is not { Count: > 0 } bg) return null;
        var ops = new List<DrawOp>();
        foreach (var item in bg) items.Add(item, 0, 0, ops);
        return ops;
    }

    private LaidOutPage NewPage()
    {
        // Streaming: a page is usually like the one before (a batch of certificates), so its op list starts that size.
        var capacity = 0;
        if (_emit is not null && _page is not null) { Complete(_page); capacity = _page.Ops.Count; }
        _page = new LaidOutPage(_doc.Page.Width, _doc.Page.Height, capacity);
        if (_emit is null) _pages.Add(_page);
        _y = _top;
        return _page;
    }

    /// <summary>Streaming: the page's background and number, then out it goes.</summary>
    private void Complete(LaidOutPage page)
    {
        _emitted++;
        if (_background is not null) { page.Ops.InsertRange(0, _background); page.Background = _background; }
        AddFooter(page, _emitted, 0);
        _emit!(page);
    }

    private void Flow(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case Paragraph p: PlaceParagraph(p, i + 1 < blocks.Count ? blocks[i + 1] : null); break;
                case Spacer s: if (!AtPageTop) { if (s.Height > Remaining) NewPage(); else _y += s.Height; } break;
                case PageBreak: NewPage(); break;
                case Rule r: PlaceRule(r); break;
                case CanvasBlock c: PlaceCanvas(c); break;
                case Group g: PlaceGroup(g); break;
                case Table t: new TablePlacer(this, t).Place(); break;
                default: throw new NotSupportedException(blocks[i].GetType().Name);
            }
        }
    }

    private void PlaceParagraph(Paragraph p, Block? next)
    {
        var width = _width - p.LeftIndent - p.RightIndent;
        var lines = _text.Layout(p.Text, p.Style, width, p.Align, p.FirstLineIndentChars, p.Balance);
        if (!AtPageTop) _y += p.SpaceBefore;
        if (p.KeepWithNext && !AtPageTop)
        {
            var need = lines.Sum(l => l.Height) + p.SpaceAfter + FirstLineHeight(next);
            if (need > Remaining) NewPage();
        }
        foreach (var line in lines)
        {
            if (line.Height > Remaining + 0.01f && !AtPageTop) NewPage();
            var page = Page;
            foreach (var op in line.Ops) page.Ops.Add(op.Offset(_left + p.LeftIndent, _y));
            _y += line.Height;
        }
        _y += p.SpaceAfter;
    }

    private static float FirstLineHeight(Block? b) => b switch
    {
        Paragraph p => p.SpaceBefore + p.Style.LinePitch,
        Table t => t.SpaceBefore + (t.HeaderRows.Count + 1) * (t.Text.LinePitch + 2 * t.Padding),
        _ => 0,
    };

    private void PlaceRule(Rule r)
    {
        if (r.SpaceBefore + r.Thickness > Remaining) NewPage();
        var page = Page;
        if (!AtPageTop) _y += r.SpaceBefore;
        var y = _y + r.Thickness / 2;
        page.Ops.Add(new LineOp(new SKPoint(_left, y), new SKPoint(_left + _width, y), r.Thickness, r.Color));
        _y += r.Thickness + r.SpaceAfter;
    }

    private void PlaceCanvas(CanvasBlock c)
    {
        if (!c.FillPage && c.Height > Remaining && !AtPageTop) NewPage();
        var page = Page;
        foreach (var item in c.Items) _items.Add(item, _left, _y, page.Ops);
        _y += c.FillPage ? Remaining : c.Height;
    }

    private void PlaceGroup(Group g)
    {
        var measure = new Paginator(_doc, _fonts, _missing, 0, float.MaxValue / 4);
        measure.Flow(g.Blocks);
        var height = measure._pages.Count == 0 ? 0 : measure._y;
        if (height > Remaining && !AtPageTop) NewPage();
        var page = Page;
        var top = g.AlignBottom ? Math.Max(_y, _bottom - height) : _y;
        foreach (var pg in measure._pages) foreach (var op in pg.Ops) page.Ops.Add(op.Offset(0, top));
        _y = top + height;
    }

    /// <summary>Second pass: backgrounds under each page, then page numbers now that the total is known.</summary>
    private void Finish()
    {
        var total = _pages.Count;
        // The background is the same on every page: lay it out once; pages share the (immutable) ops.
        var background = LayoutBackground(_doc, _items);
        for (var i = 0; i < total; i++)
        {
            var page = _pages[i];
            if (background is not null) { page.Ops.InsertRange(0, background); page.Background = background; }
            AddFooter(page, i + 1, total);
        }
    }

    private void AddFooter(LaidOutPage page, int number, int total)
    {
        var f = _doc.Footer;
        if (f is null || f.Style == PageNumberStyle.None) return;
        var text = f.Style == PageNumberStyle.Dashed ? DocumentText.DashedPageNumber(number) : DocumentText.PageOfTotal(number, total);
        TextAlign align;
        float left = _left, width = _width;
        if (f.Style == PageNumberStyle.Dashed)
        {
            // GB/T 9704-2012 7.5: odd pages right, even pages left, one character in from the edge.
            align = number % 2 == 1 ? TextAlign.Right : TextAlign.Left;
            left += f.Text.Size;
            width -= 2 * f.Text.Size;
        }
        else align = TextAlign.Center;
        var lines = _text.Layout(text, f.Text, width, align);
        var y = _doc.Page.BodyBottom + f.Gap - (f.Text.LinePitch - f.Text.Size) / 2;
        foreach (var op in lines[0].Ops) page.Ops.Add(op.Offset(left, y));
    }

    /// <summary>Places one table: header rows at the top of every page it touches, rows moved or split at page ends.</summary>
    private sealed class TablePlacer(Paginator p, Table t)
    {
        private readonly float[] _colX = ColumnEdges(p, t);
        private List<CellLines[]>? _header;

        private sealed record CellLines(List<TextLine> Lines, TableCell Cell, TextStyle Style);

        public void Place()
        {
            _header = t.HeaderRows.Select(r => LayoutRow(r, header: true)).ToList();
            if (!p.AtPageTop) p._y += t.SpaceBefore;
            var headerHeight = _header.Sum(RowHeight);
            var firstRow = t.Rows.Count > 0 ? RowHeight(LayoutRow(t.Rows[0], false)) : 0;
            if (headerHeight + Math.Min(firstRow, 3 * t.Text.LinePitch) > p.Remaining && !p.AtPageTop) p.NewPage();
            DrawHeader();
            foreach (var row in t.Rows) PlaceRow(LayoutRow(row, header: false));
            p._y += t.SpaceAfter;
        }

        private void DrawHeader()
        {
            foreach (var h in _header!) DrawRow(h, RowHeight(h));
        }

        private void PlaceRow(CellLines[] cells)
        {
            var height = RowHeight(cells);
            var headerHeight = _header!.Sum(RowHeight);
            var fresh = p._bottom - p._top - headerHeight;
            if (height <= p.Remaining + 0.01f) { DrawRow(cells, height); return; }
            if (height <= fresh) { NextPage(); DrawRow(cells, height); return; }
            // Taller than a page: split between lines, continuing under the repeated header.
            while (true)
            {
                var fit = LinesThatFit(cells, p.Remaining);
                if (fit <= 0 && !OnFreshPage(headerHeight)) { NextPage(); continue; }
                fit = Math.Max(fit, 1);
                var slice = cells.Select(c => c with { Lines = c.Lines.Take(fit).ToList() }).ToArray();
                DrawRow(slice, RowHeight(slice));
                cells = cells.Select(c => c with { Lines = c.Lines.Skip(fit).ToList() }).ToArray();
                if (cells.All(c => c.Lines.Count == 0)) return;
                NextPage();
            }
        }

        private bool OnFreshPage(float headerHeight) => p._y <= p._top + headerHeight + 0.01f;

        private int LinesThatFit(CellLines[] cells, float space)
        {
            var pitch = cells.Max(c => c.Style.LinePitch);
            return (int)Math.Floor((space - 2 * t.Padding) / pitch);
        }

        private void NextPage()
        {
            p.NewPage();
            DrawHeader();
        }

        private CellLines[] LayoutRow(TableRow row, bool header)
        {
            var cells = new CellLines[t.Columns.Count];
            for (var c = 0; c < t.Columns.Count; c++)
            {
                var cell = c < row.Cells.Count ? row.Cells[c] : new TableCell("");
                var style = cell.Style ?? (header ? t.HeaderText ?? t.Text : t.Text);
                var align = cell.Align ?? (header ? TextAlign.Center : t.Columns[c].Align);
                var w = _colX[c + 1] - _colX[c] - 2 * t.Padding;
                cells[c] = new CellLines(p._text.Layout(cell.Text, style, w, align), cell, style);
            }
            return cells;
        }

        private float RowHeight(CellLines[] cells) => cells.Max(c => c.Lines.Sum(l => l.Height)) + 2 * t.Padding;

        private void DrawRow(CellLines[] cells, float height)
        {
            var page = p.Page;
            var y = p._y;
            for (var c = 0; c < cells.Length; c++)
            {
                var rect = new SKRect(_colX[c], y, _colX[c + 1], y + height);
                var fill = cells[c].Cell.Fill ?? (IsHeader(cells) ? t.HeaderFill : null);
                if (fill is not null) page.Ops.Add(new RectOp(rect, 0, null, fill));
                var content = cells[c].Lines.Sum(l => l.Height);
                var ly = y + (height - content) / 2;        // centred vertically, as Chinese forms are
                foreach (var line in cells[c].Lines)
                {
                    foreach (var op in line.Ops) page.Ops.Add(op.Offset(_colX[c] + t.Padding, ly));
                    ly += line.Height;
                }
                page.Ops.Add(new RectOp(rect, t.BorderWidth, SKColors.Black, null));
            }
            p._y += height;
        }

        private bool IsHeader(CellLines[] cells) => _header!.Any(h => ReferenceEquals(h, cells));

        private static float[] ColumnEdges(Paginator p, Table t)
        {
            var total = t.Columns.Sum(c => c.Weight);
            var edges = new float[t.Columns.Count + 1];
            edges[0] = p._left;
            for (var c = 0; c < t.Columns.Count; c++) edges[c + 1] = edges[c] + p._width * t.Columns[c].Weight / total;
            return edges;
        }
    }
}

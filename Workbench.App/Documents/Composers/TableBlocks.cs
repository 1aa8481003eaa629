using SkiaSharp;
using Workbench.App.Documents.Pdf;
using Workbench.Core.Documents;

namespace Workbench.App.Documents.Composers;

/// <summary>Turns a Core <see cref="DocumentTable"/> into a layout <see cref="Table"/>.</summary>
public static class TableBlocks
{
    public static readonly SKColor HeaderFill = new(0xEE, 0xEE, 0xEE);

    public static Table From(DocumentTable t, TextStyle text, float spaceBefore = 0, float spaceAfter = 0)
    {
        var weights = t.ColumnWeights ?? t.Headers.Select((h, i) => AutoWeight(t, i)).ToList();
        var columns = weights.Select((w, i) => new TableColumn(w, ShortColumn(t, i) ? TextAlign.Center : TextAlign.Left)).ToList();
        return new Table(columns, [TableRow.Of(t.Headers)], t.Rows.Select(TableRow.Of).ToList(), text,
            text with { Font = FontRole.Bold }, HeaderFill, SpaceBefore: spaceBefore, SpaceAfter: spaceAfter);
    }

    /// <summary>Width share from the longest of header and cells (hanzi 2, others 1), between 4 and 30.</summary>
    private static float AutoWeight(DocumentTable t, int col) =>
        Math.Clamp(t.Rows.Select(r => Width(r[col])).Append(Width(t.Headers[col])).Max(), 4, 30);

    private static bool ShortColumn(DocumentTable t, int col) => t.Rows.All(r => Width(r[col]) <= 8);

    private static int Width(string s) => s.Sum(c => c > 0x2E80 ? 2 : 1);
}

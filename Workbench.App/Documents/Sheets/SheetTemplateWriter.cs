using SpreadCheetah;
using SpreadCheetah.Validations;
using SpreadCheetah.Worksheets;

namespace Workbench.App.Documents.Sheets;

/// <summary>A template column: header, kind, width, dropdown choices or numeric range, and a hint shown on entry.</summary>
public sealed record TemplateColumn(string Header, ColumnKind Kind = ColumnKind.Text, double? Width = null,
    IReadOnlyList<string>? Choices = null, double? Min = null, double? Max = null, string? Hint = null)
{
    public ImportColumn ToImportColumn(bool required = true, bool isKey = false) => new(Header, Kind, required, Min, Max, isKey);
}

/// <summary>
/// Writes an import template: merged title, header row, example rows, and data validation on the next
/// <see cref="ValidatedRows"/> rows (dropdowns for choices, ranges for numbers, dates).
/// </summary>
public sealed class SheetTemplateWriter
{
    public const int ValidatedRows = 1000;

    public async Task WriteAsync(Stream output, string title, IReadOnlyList<TemplateColumn> columns,
        IEnumerable<SheetRow>? examples = null, CancellationToken ct = default)
    {
        var spec = new SheetSpec(title, columns.Select(c => new SheetColumn(c.Header, c.Kind, c.Width)).ToList(), "导入模板");
        var sample = (examples ?? []).ToList();
        await using var book = await Spreadsheet.CreateNewAsync(output, SheetExporter.Options(), ct);
        var styles = new SheetStyles(book, spec.Columns);
        var widths = SheetExporter.Widths(spec, sample).Select((w, i) => Math.Max(w, columns[i].Choices is { } ch ? ch.Max(SheetText.DisplayWidth) + 4 : 0)).ToArray();
        await SheetExporter.StartAsync(book, spec, widths, ct);
        await SheetExporter.WriteTitleAndHeaderAsync(book, spec, styles, ct);
        foreach (var row in sample)
        {
            var cells = spec.Columns.Select((c, i) => new Cell(SheetExporter.ToData(i < row.Values.Count ? row.Values[i] : null, c.Kind), styles.Data(i, CellFill.None))).ToArray();
            await book.AddRowAsync(cells, ct);
        }
        for (var i = 0; i < columns.Count; i++)
        {
            var v = Validation(columns[i]);
            if (v is null) continue;
            var col = SpreadsheetUtility.GetColumnName(i + 1);
            book.AddDataValidation($"{col}3:{col}{ValidatedRows + 2}", v);
        }
        await book.FinishAsync(ct);
    }

    private static DataValidation? Validation(TemplateColumn c)
    {
        DataValidation? v = c switch
        {
            { Choices: { Count: > 0 } choices } => DataValidation.ListValues(choices, showDropdown: true),
            { Kind: ColumnKind.Int } => DataValidation.IntegerBetween((int)(c.Min ?? int.MinValue), (int)(c.Max ?? int.MaxValue)),
            { Kind: ColumnKind.Decimal } => DataValidation.DecimalBetween(c.Min ?? -1e15, c.Max ?? 1e15),
            { Kind: ColumnKind.Date } => DataValidation.DateTimeBetween(new DateTime(1990, 1, 1), new DateTime(2100, 12, 31)),
            _ => null,
        };
        if (v is null) return null;
        v.ErrorTitle = "输入有误";
        v.ErrorMessage = c switch
        {
            { Choices: { Count: > 0 } } => "请从下拉列表中选择。",
            { Kind: ColumnKind.Int } => $"请输入{Range(c)}的整数。",
            { Kind: ColumnKind.Decimal } => $"请输入{Range(c)}的数字。",
            _ => "请输入日期，例如 2026-11-29。",
        };
        if (c.Hint is not null) { v.InputTitle = c.Header; v.InputMessage = c.Hint; }
        return v;
    }

    private static string Range(TemplateColumn c) => (c.Min, c.Max) switch
    {
        ({ } a, { } b) => $"{a}到{b}之间",
        ({ } a, null) => $"不小于{a}",
        (null, { } b) => $"不大于{b}",
        _ => "",
    };
}

using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace Workbench.App.Documents.Sheets;

/// <summary>An expected import column: header text as in the template, kind, required, numeric range, part of the
/// duplicate key.</summary>
public sealed record ImportColumn(string Header, ColumnKind Kind = ColumnKind.Text, bool Required = true,
    double? Min = null, double? Max = null, bool IsKey = false);

/// <summary>A parsed data row: its Excel row number and typed values by header (text, long, decimal, DateOnly or null).</summary>
public sealed record ImportRow(int RowNumber, IReadOnlyDictionary<string, object?> Values)
{
    public string Text(string header) => Values.GetValueOrDefault(header) as string ?? "";
    public long? Int(string header) => Values.GetValueOrDefault(header) as long?;
    public decimal? Decimal(string header) => Values.GetValueOrDefault(header) as decimal?;
    public DateOnly? Date(string header) => Values.GetValueOrDefault(header) as DateOnly?;
}

/// <summary>What a per-row validator returns: the mapped value, or problems in Chinese (without the row prefix).</summary>
public sealed record RowResult<T>(T? Value, IReadOnlyList<string> Problems)
{
    public static RowResult<T> Ok(T value) => new(value, []);
    public static RowResult<T> Fail(params string[] problems) => new(default, problems);
}

/// <summary>Rows that passed and every problem as “第N行：…” (N is the Excel row number).</summary>
public sealed record ImportResult<T>(IReadOnlyList<T> Rows, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Reads .xlsx and .xls (detected by content, not by extension) with ExcelDataReader: finds the header row in the
/// first rows, checks columns, parses typed cells, checks ranges and duplicate keys, then runs the caller's validator.
/// </summary>
public sealed class SheetImporter
{
    public const int HeaderSearchRows = 10;

    static SheetImporter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public ImportResult<T> Import<T>(Stream input, IReadOnlyList<ImportColumn> columns, Func<ImportRow, RowResult<T>> validate)
    {
        var (rows, errors) = ReadRows(input, columns);
        var values = new List<T>();
        foreach (var row in rows)
        {
            var r = validate(row);
            if (r.Problems.Count > 0) errors.AddRange(r.Problems.Select(p => $"第{row.RowNumber}行：{p}"));
            else if (r.Value is not null) values.Add(r.Value);
        }
        return new ImportResult<T>(values, errors);
    }

    /// <summary>Typed rows that passed column checks, and the problems found so far.</summary>
    public (List<ImportRow> Rows, List<string> Errors) ReadRows(Stream input, IReadOnlyList<ImportColumn> columns)
    {
        var errors = new List<string>();
        var rows = new List<ImportRow>();
        var seekable = Seekable(input);
        if (seekable.Length == 0) return (rows, ["文件为空，请使用下载的模板填写后上传。"]);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateReader(seekable);
        }
        catch (ExcelDataReader.Exceptions.InvalidPasswordException)
        {
            return (rows, ["文件已加密，请取消密码保护后重新上传。"]);
        }
        catch (Exception)
        {
            return (rows, ["文件不是有效的 Excel 文件（.xlsx 或 .xls），无法读取。请使用下载的模板填写后上传，不要修改文件类型。"]);
        }
        using (reader)
        {
            try
            {
                Read(reader, columns, rows, errors);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                errors.Add("文件内容已损坏或格式不受支持，无法读取。请另存为 .xlsx 后重新上传。");
            }
        }
        return (rows, errors);
    }

    private static void Read(IExcelDataReader reader, IReadOnlyList<ImportColumn> columns, List<ImportRow> rows, List<string> errors)
    {
        var rowNumber = 0;
        Dictionary<string, int>? map = null;
        var firstCells = new List<string>();
        while (map is null && rowNumber < HeaderSearchRows && reader.Read())
        {
            rowNumber++;
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i => Normalise(reader.GetValue(i)?.ToString())).ToList();
            if (rowNumber == 1) firstCells = cells;
            if (columns.Count(c => cells.Contains(c.Header)) >= Math.Max(1, (columns.Count + 1) / 2))
                map = HeaderMap(cells, columns, rowNumber, errors);
        }
        if (map is null)
        {
            errors.Add($"未找到表头：前{HeaderSearchRows}行中没有“{string.Join("”“", columns.Select(c => c.Header))}”等列名。请使用下载的模板，不要修改表头。");
            return;
        }
        if (errors.Count > 0) return;
        var keys = new Dictionary<string, int>();
        while (reader.Read())
        {
            rowNumber++;
            var raw = columns.Select(c => reader.GetValue(map[c.Header])).ToArray();
            if (raw.All(v => v is null || string.IsNullOrWhiteSpace(v.ToString()))) continue;
            var problems = new List<string>();
            var values = new Dictionary<string, object?>();
            for (var i = 0; i < columns.Count; i++) values[columns[i].Header] = Parse(raw[i], columns[i], problems);
            var keyCols = columns.Where(c => c.IsKey).ToList();
            if (keyCols.Count > 0 && problems.Count == 0)
            {
                var key = string.Join("|", keyCols.Select(c => Convert.ToString(values[c.Header], CultureInfo.InvariantCulture)));
                if (keys.TryGetValue(key, out var first))
                    problems.Add($"“{string.Join("”“", keyCols.Select(c => c.Header))}”与第{first}行重复（{key.Replace("|", "，")}）");
                else keys[key] = rowNumber;
            }
            if (problems.Count > 0) errors.AddRange(problems.Select(p => $"第{rowNumber}行：{p}"));
            else rows.Add(new ImportRow(rowNumber, values));
        }
    }

    private static Dictionary<string, int>? HeaderMap(List<string> cells, IReadOnlyList<ImportColumn> columns, int rowNumber, List<string> errors)
    {
        var map = new Dictionary<string, int>();
        foreach (var c in columns)
        {
            var idx = cells.IndexOf(c.Header);
            if (idx >= 0) map[c.Header] = idx;
        }
        var missing = columns.Where(c => !map.ContainsKey(c.Header)).Select(c => c.Header).ToList();
        if (missing.Count > 0)
            errors.Add($"第{rowNumber}行：表头缺少列“{string.Join("”“", missing)}”。请使用下载的模板，不要修改表头。");
        var dup = cells.Where(h => h.Length > 0).GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (dup.Count > 0) errors.Add($"第{rowNumber}行：表头列“{string.Join("”“", dup)}”出现了多次。");
        return map;
    }

    private static object? Parse(object? raw, ImportColumn col, List<string> problems)
    {
        var text = raw is string s ? Normalise(s) : raw is null ? "" : null;
        if (text == "")
        {
            if (col.Required) problems.Add($"“{col.Header}”不能为空");
            return null;
        }
        switch (col.Kind)
        {
            case ColumnKind.Text:
                return raw is double d ? d.ToString("0.##########", CultureInfo.InvariantCulture) : raw is DateTime dt ? dt.ToString("yyyy-MM-dd") : text ?? raw!.ToString();
            case ColumnKind.Int:
            {
                decimal? n = raw is double dd ? (decimal)dd : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : null;
                if (n is null || n != Math.Truncate(n.Value)) { problems.Add($"“{col.Header}”应为整数，实际为“{text ?? raw}”"); return null; }
                return InRange((long)n.Value, (double)n.Value, col, problems);
            }
            case ColumnKind.Decimal:
            {
                decimal? n = raw is double dd ? Math.Round((decimal)dd, 10) : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : null;
                if (n is null) { problems.Add($"“{col.Header}”应为数字，实际为“{text ?? raw}”"); return null; }
                return InRange(n.Value, (double)n.Value, col, problems);
            }
            case ColumnKind.Date:
            {
                DateOnly? date = raw switch
                {
                    DateTime when raw is DateTime rawDate => DateOnly.FromDateTime(rawDate),
                    double od when od is > 0 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(od)),
                    _ => ParseDate(text),
                };
                if (date is null) problems.Add($"“{col.Header}”应为日期（如 2026-11-29），实际为“{text ?? raw}”");
                return date;
            }
            default: return text;
        }
    }

    private static object? InRange(object value, double n, ImportColumn col, List<string> problems)
    {
        if ((col.Min is { } min && n < min) || (col.Max is { } max && n > max))
        {
            var range = (col.Min, col.Max) switch
            {
                ({ } a, { } b) => $"应在{a}到{b}之间",
                ({ } a, null) => $"应不小于{a}",
                (null, { } b) => $"应不大于{b}",
                _ => "",
            };
            problems.Add($"“{col.Header}”{range}，实际为{n}");
            return null;
        }
        return value;
    }

    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    private static DateOnly? ParseDate(string? s) =>
        s is not null && DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Normalise(string? s) => (s ?? "").Replace('\u00a0', ' ').Replace('\u3000', ' ').Trim();

    private static Stream Seekable(Stream input)
    {
        if (input.CanSeek) { input.Position = 0; return input; }
        var ms = new MemoryStream();
        input.CopyTo(ms);
        ms.Position = 0;
        return ms;
    }
}

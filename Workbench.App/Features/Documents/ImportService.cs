using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Documents.Sheets;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Documents;

public enum ImportKind { Experts, Platforms }

/// <summary>The outcome of checking (and possibly writing) an upload. Errors read “第N行：…”.</summary>
public sealed record ImportReport(int Rows, int ValidRows, IReadOnlyList<string> Errors, int Written)
{
    public bool AllValid => Errors.Count == 0 && Rows > 0;
}

/// <summary>
/// Batch import of experts and platforms from the downloadable templates (admin only). Every row is validated first —
/// required fields, 第九条 naming (Core, via <see cref="PlatformService.Validate"/>), existing host units, dropdown labels,
/// duplicates within the file and against the database; nothing is written unless all rows pass, or the caller asks
/// for valid rows only. One SaveChanges (one transaction), audited as 批量导入专家 / 批量导入平台.
/// </summary>
public sealed partial class ImportService(IDbContextFactory<WorkbenchDbContext> dbf, SheetImporter importer,
    SheetTemplateWriter templates, TimeProvider clock)
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    private static readonly string[] Titles = ["教授", "副教授", "研究员", "副研究员", "正高级工程师", "高级工程师", "主任医师", "副主任医师", "其他正高级职称", "其他副高级职称"];

    private static List<TemplateColumn> ExpertTemplate() =>
    [
        new("姓名", Width: 12), new("工作单位", Width: 30), new("职称", Width: 16, Choices: Titles),
        new("专业领域", Width: 30, Hint: "多个领域用顿号“、”分隔，如：仪器科学、材料分析"),
        new("手机号码", Width: 16, Hint: "11位手机号，可不填"), new("电子邮箱", Width: 26, Hint: "可不填"),
    ];

    private static List<TemplateColumn> PlatformTemplate(IReadOnlyList<string> hostUnits)
    {
        // Excel list validation holds at most 255 characters; beyond that the host unit is checked on import.
        var unitChoices = hostUnits.Sum(u => u.Length + 1) <= 255 ? hostUnits : null;
        return
        [
            new("平台名称", Width: 36, Hint: "第九条：湖南省××平台、湖南省××中心、湖南省××资源库或湖南省××资源馆"),
            new("英文名称", Width: 48, Hint: "第九条：Hunan Provincial … Platform / Center / Resource Center，与中文名称后缀对应"),
            new("资源类别", Width: 20, Choices: Enum.GetValues<ResourceCategory>().Select(c => c.Label()).ToList()),
            new("依托单位", Width: 30, Choices: unitChoices, Hint: "须为系统中已登记的依托单位全称"),
            new("状态", Width: 10, Choices: Enum.GetValues<PlatformStatus>().Select(s => s.Label()).ToList(), Hint: "不填为“已认定”"),
            new("认定日期", ColumnKind.Date, 13, Hint: "如 2024-12-05"),
            new("证书编号", Width: 18, Hint: "如 HNKJPT-2024-0001，可不填"),
            new("负责人姓名", Width: 12), new("负责人职称", Width: 14), new("负责人电话", Width: 16), new("网址", Width: 30), new("简介", Width: 40),
        ];
    }

    private static readonly HashSet<string> OptionalExpert = ["手机号码", "电子邮箱"];
    private static readonly HashSet<string> OptionalPlatform = ["状态", "证书编号", "负责人职称", "负责人电话", "网址", "简介"];
    private static readonly HashSet<string> KeyExpert = ["姓名", "工作单位"];

    public async Task WriteTemplateAsync(Stream output, ImportKind kind, CancellationToken ct = default)
    {
        if (kind == ImportKind.Experts)
        {
            await templates.WriteAsync(output, "专家批量导入模板（请从第3行起填写，勿修改表头）", ExpertTemplate(), ct: ct);
            return;
        }
        await using var db = await dbf.CreateDbContextAsync(ct);
        var units = await db.HostUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => u.Name).ToListAsync(ct);
        await templates.WriteAsync(output, "平台批量导入模板（请从第3行起填写，勿修改表头）", PlatformTemplate(units), ct: ct);
    }

    /// <summary>Checks every row; writes only when <paramref name="write"/> and (all rows pass or <paramref name="validOnly"/>).</summary>
    public async Task<ImportReport> RunAsync(UserScope scope, ImportKind kind, Stream file, bool write, bool validOnly, CancellationToken ct = default)
    {
        if (!scope.Is(Role.Admin)) return new(0, 0, ["只有省科技厅管理员可以批量导入。"], 0);
        await using var db = await dbf.CreateDbContextAsync(ct);
        return kind == ImportKind.Experts
            ? await ExpertsAsync(db, file, write, validOnly, ct)
            : await PlatformsAsync(db, scope, file, write, validOnly, ct);
    }

    private async Task<ImportReport> ExpertsAsync(WorkbenchDbContext db, Stream file, bool write, bool validOnly, CancellationToken ct)
    {
        var existing = (await db.Experts.AsNoTracking().Select(e => new { e.Name, e.UnitName }).ToListAsync(ct))
            .Select(e => (e.Name, e.UnitName)).ToHashSet();
        var units = await db.HostUnits.AsNoTracking().ToDictionaryAsync(u => u.Name, u => u.Id, ct);
        var columns = ExpertTemplate().Select(c => c.ToImportColumn(!OptionalExpert.Contains(c.Header), KeyExpert.Contains(c.Header))).ToList();
        var result = importer.Import(file, columns, row =>
        {
            var problems = new List<string>();
            var name = row.Text("姓名");
            var unit = row.Text("工作单位");
            if (existing.Contains((name, unit))) problems.Add($"专家“{name}（{unit}）”已在专家库中，请勿重复导入");
            var phone = row.Text("手机号码");
            if (phone.Length > 0 && !Mobile().IsMatch(phone)) problems.Add($"“手机号码”应为11位手机号，实际为“{phone}”");
            var email = row.Text("电子邮箱");
            if (email.Length > 0 && !Email().IsMatch(email)) problems.Add($"“电子邮箱”格式不正确：“{email}”");
            var fields = row.Text("专业领域").Split(['、', '，', ',', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (problems.Count > 0) return RowResult<Expert>.Fail([.. problems]);
            return RowResult<Expert>.Ok(new Expert
            {
                Name = name, UnitName = unit, Title = row.Text("职称"), Fields = [.. fields],
                Phone = phone.Length > 0 ? phone : null, Email = email.Length > 0 ? email : null,
                HostUnitId = units.TryGetValue(unit, out var id) ? id : null,
            });
        });
        return await FinishAsync(db, result, write, validOnly, rows => db.Experts.AddRange(rows), "批量导入专家", ct);
    }

    private async Task<ImportReport> PlatformsAsync(WorkbenchDbContext db, UserScope scope, Stream file, bool write, bool validOnly, CancellationToken ct)
    {
        var names = (await db.Platforms.AsNoTracking().Select(p => p.Name).ToListAsync(ct)).ToHashSet();
        var certs = (await db.Platforms.AsNoTracking().Where(p => p.CertificateNumber != null).Select(p => p.CertificateNumber!).ToListAsync(ct)).ToHashSet();
        var units = await db.HostUnits.AsNoTracking().Select(u => new { u.Id, u.Name, u.CompetentDepartmentId }).ToDictionaryAsync(u => u.Name, ct);
        var categories = Enum.GetValues<ResourceCategory>().ToDictionary(c => c.Label());
        var statuses = Enum.GetValues<PlatformStatus>().ToDictionary(s => s.Label());
        var certsInFile = new Dictionary<string, int>();
        var columns = PlatformTemplate(units.Keys.ToList()).Select(c => c.ToImportColumn(!OptionalPlatform.Contains(c.Header), c.Header == "平台名称")).ToList();
        var now = clock.GetUtcNow();
        var result = importer.Import(file, columns, row =>
        {
            var problems = new List<string>();
            var unit = units.GetValueOrDefault(row.Text("依托单位"));
            if (unit is null) problems.Add($"依托单位“{row.Text("依托单位")}”不存在，请填写系统中已登记的依托单位全称");
            if (!categories.TryGetValue(row.Text("资源类别"), out var category))
                problems.Add($"“资源类别”应为下拉列表中的一项（{string.Join("、", categories.Keys)}），实际为“{row.Text("资源类别")}”");
            var statusText = row.Text("状态");
            var status = PlatformStatus.Recognised;
            if (statusText.Length > 0 && !statuses.TryGetValue(statusText, out status))
                problems.Add($"“状态”应为下拉列表中的一项（{string.Join("、", statuses.Keys)}），实际为“{statusText}”");
            var m = new PlatformEditModel
            {
                Name = row.Text("平台名称"), EnglishName = row.Text("英文名称"), Category = category, HostUnitId = unit?.Id, Status = status,
                RecognisedOn = row.Date("认定日期")?.ToDateTime(TimeOnly.MinValue), CertificateNumber = Blank(row.Text("证书编号")),
                HeadName = row.Text("负责人姓名"), HeadTitle = Blank(row.Text("负责人职称")), HeadPhone = Blank(row.Text("负责人电话")),
                Website = Blank(row.Text("网址")), Summary = Blank(row.Text("简介")),
            };
            problems.AddRange(PlatformService.Validate(m).Where(p => unit is not null || !p.StartsWith("请选择依托单位", StringComparison.Ordinal)));
            if (names.Contains(m.Name)) problems.Add($"已有名为“{m.Name}”的平台，请勿重复登记");
            if (m.CertificateNumber is { } cert)
            {
                if (certs.Contains(cert)) problems.Add($"证书编号“{cert}”已被其他平台使用");
                else if (certsInFile.TryGetValue(cert, out var first)) problems.Add($"证书编号“{cert}”与第{first}行重复");
                else certsInFile[cert] = row.RowNumber;
            }
            if (problems.Count > 0) return RowResult<Platform>.Fail([.. problems]);
            var p = new Platform
            {
                Name = m.Name, EnglishName = string.Join(' ', m.EnglishName.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
                Category = category, HostUnitId = unit!.Id, CompetentDepartmentId = unit.CompetentDepartmentId, Status = status,
                RecognisedOn = row.Date("认定日期"), CertificateNumber = m.CertificateNumber,
                Head = new PlatformHead { Name = m.HeadName, Title = m.HeadTitle, Phone = m.HeadPhone }, Website = m.Website, Summary = m.Summary,
            };
            p.Events.Add(new PlatformEvent { OccurredAt = now, Actor = scope.DisplayName, Kind = PlatformEventKind.Edited, Title = "批量导入登记入平台名录" });
            return RowResult<Platform>.Ok(p);
        });
        return await FinishAsync(db, result, write, validOnly, rows => db.Platforms.AddRange(rows), "批量导入平台", ct);
    }

    private static async Task<ImportReport> FinishAsync<T>(WorkbenchDbContext db, ImportResult<T> result, bool write, bool validOnly,
        Action<IReadOnlyList<T>> add, string action, CancellationToken ct)
    {
        var badRows = result.Errors.Select(e => RowPrefix().Match(e)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().Count();
        var rows = result.Rows.Count + badRows;
        var errors = result.Errors.ToList();
        if (rows == 0 && errors.Count == 0) errors.Add("文件中没有数据行。请从模板第3行起填写后再上传。");
        if (!write || result.Rows.Count == 0 || (errors.Count > 0 && !validOnly)) return new(rows, result.Rows.Count, errors, 0);
        add(result.Rows);
        db.AuditAction = action;
        await db.SaveChangesAsync(ct);
        return new(rows, result.Rows.Count, errors, result.Rows.Count);
    }

    private static string? Blank(string s) => s.Length == 0 ? null : s;

    [GeneratedRegex(@"^1[3-9]\d{9}$")] private static partial Regex Mobile();
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")] private static partial Regex Email();
    [GeneratedRegex(@"^第(\d+)行：")] private static partial Regex RowPrefix();
}

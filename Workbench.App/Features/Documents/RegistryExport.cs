using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Documents.Sheets;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.App.Infrastructure;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Documents;

/// <summary>平台名录导出: the registry under the user's scope and the page's filters, streamed row by row.</summary>
public sealed class RegistryExport(IDbContextFactory<WorkbenchDbContext> dbf, SheetExporter exporter, TimeProvider clock)
{
    public static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new("序号", ColumnKind.Int, 6), new("平台名称"), new("英文名称", Width: 48), new("资源类别", Width: 20), new("依托单位"),
        new("主管部门"), new("平台负责人", Width: 12), new("职称", Width: 14), new("状态", Width: 10),
        new("认定日期", ColumnKind.Date, 13), new("证书编号", Width: 18), new("网址", Width: 30),
    ];

    public async Task WriteAsync(Stream output, UserScope scope, PlatformQuery filter, CancellationToken ct = default)
    {
        string? deptName = null;
        if (filter.DepartmentId is int d)
        {
            await using var db = await dbf.CreateDbContextAsync(ct);
            deptName = await db.Departments.Where(x => x.Id == d).Select(x => x.Name).FirstOrDefaultAsync(ct);
        }
        var today = clock.ChinaNow().ToString("yyyy年M月d日");
        var spec = new SheetSpec($"湖南省科技资源共享服务平台名录（{RegistryFilter.Describe(filter, deptName)}）　导出日期：{today}", Columns, "平台名录");
        var n = 0;
        await exporter.ExportAsync(output, spec, RowsAsync(scope, filter, ct), (w, p) =>
        {
            w.Int(0, ++n); w.Text(1, p.Name); w.Text(2, p.EnglishName); w.Text(3, p.Category.Label()); w.Text(4, p.Host);
            w.Text(5, p.Dept); w.Text(6, p.Head); w.Text(7, p.Title);
            w.Text(8, p.Status.Label(), p.Status switch
            {
                PlatformStatus.Revoked => CellFill.Bad,
                PlatformStatus.Rectifying or PlatformStatus.ReEvaluating => CellFill.Warning,
                _ => CellFill.None,
            });
            w.Date(9, p.RecognisedOn); w.Text(10, p.CertificateNumber); w.Text(11, p.Website);
        }, ct);
    }

    private sealed record Row(string Name, string? EnglishName, ResourceCategory Category, string Host, string Dept, string Head, string? Title,
        PlatformStatus Status, DateOnly? RecognisedOn, string? CertificateNumber, string? Website);

    /// <summary>Streamed: one query, rows written as they arrive (the first 200 also size the auto-width columns).</summary>
    private async IAsyncEnumerable<Row> RowsAsync(UserScope scope, PlatformQuery filter, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rows = PlatformService.Filter(db, db.Platforms.AsNoTracking().VisibleTo(scope), filter)
            .OrderBy(p => p.Category).ThenBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new Row(p.Name, p.EnglishName, p.Category, p.HostUnit!.Name, p.CompetentDepartment!.Name,
                p.Head.Name, p.Head.Title, p.Status, p.RecognisedOn, p.CertificateNumber, p.Website))
            .AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(ct)) yield return r;
    }
}

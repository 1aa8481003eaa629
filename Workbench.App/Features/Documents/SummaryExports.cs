using Workbench.App.Documents.Sheets;
using Workbench.App.Features.Account;
using Workbench.App.Features.Supervision.Summaries;
using Workbench.App.Infrastructure;
using Workbench.Core;
using Workbench.Core.Evaluation;

namespace Workbench.App.Features.Documents;

/// <summary>第十五条: platforms whose annual summary for a year is not in on time — 逾期未提交, 逾期提交, and, before the
/// deadline, 待提交 (so an office can chase units in January and February too) — in the user's scope (厅 all, 主管部门
/// its units); the status is Core's (<see cref="AnnualSummary.Status"/>) via <see cref="SummaryService"/>.</summary>
public sealed class SummaryExports(SummaryService summaries, SheetExporter exporter, TimeProvider clock)
{
    public const string Roles = "Admin,Department";

    public static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new("序号", ColumnKind.Int, 6), new("平台名称"), new("依托单位"), new("主管部门"), new("状态", Width: 14),
        new("报送截止日期", ColumnKind.Date, 14), new("提交日期", ColumnKind.Date, 12), new("逾期天数", ColumnKind.Int, 10), new("提交人", Width: 12),
    ];

    public async Task<ExportFile?> OverdueAsync(UserScope scope, int? year, CancellationToken ct = default)
    {
        if (scope.Role is not (Role.Admin or Role.Department)) return null;
        var y = year ?? summaries.CurrentYear;
        if (y < 2000 || y > summaries.CurrentYear) return null;
        var deadline = AnnualSummary.Deadline(y);
        var local = clock.ChinaNow();
        var today = DateOnly.FromDateTime(local.DateTime);
        var rows = (await summaries.ListAsync(scope, y, null, ct))
            .Where(r => r.Status is SummaryStatus.Missing or SummaryStatus.Late or SummaryStatus.Pending)
            .OrderBy(r => r.Status switch { SummaryStatus.Missing => 0, SummaryStatus.Pending => 1, _ => 2 })
            .ThenBy(r => r.Department).ThenBy(r => r.HostUnit).ThenBy(r => r.Platform)
            .Select((r, i) => new SheetRow(
                [i + 1, r.Platform, r.HostUnit, r.Department, r.Status.Label(), deadline, r.SubmittedOn,
                 r.Status == SummaryStatus.Pending ? null : (r.SubmittedOn ?? today).DayNumber - deadline.DayNumber, r.SubmittedBy],
                [CellFill.None, CellFill.None, CellFill.None, CellFill.None, r.Status switch
                {
                    SummaryStatus.Missing => CellFill.Bad,
                    SummaryStatus.Late => CellFill.Warning,
                    _ => CellFill.None,
                }]))
            .ToList();
        var spec = new SheetSpec($"{y}年度总结未交及逾期名单（第十五条，报送截止{deadline:yyyy年M月d日}，共{rows.Count}个平台）　导出日期：{local:yyyy年M月d日}", Columns, "未交及逾期名单");
        return new($"{y}年度总结未交及逾期名单_{local:yyyyMMdd}.xlsx", (stream, c) => exporter.ExportAsync(stream, spec, rows, c));
    }
}

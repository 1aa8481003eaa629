using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Documents.Sheets;
using Workbench.App.Features.Account;
using Workbench.App.Features.Evaluation;
using Workbench.App.Features.Reviews;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Core.Scoring;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Documents;

/// <summary>What an export endpoint writes: a file name and the writer (null when the round is unseen).</summary>
public sealed record ExportFile(string FileName, Func<Stream, CancellationToken, Task> WriteAsync);

/// <summary>
/// 第十六条、第十七条: round exports — the results list (scoped like the round page: 厅 and agency all, 主管部门 its units)
/// and the expert score matrix (厅 and agency only; only closed panels' sheets, so no score leaks while experts still score).
/// </summary>
public sealed class RoundExports(IDbContextFactory<WorkbenchDbContext> dbf, SheetExporter exporter, TimeProvider clock)
{
    public const string ResultRoles = "Admin,Agency,Department";
    public const string ScoreRoles = "Admin,Agency";

    public static readonly IReadOnlyList<SheetColumn> ResultColumns =
    [
        new("序号", ColumnKind.Int, 6), new("平台名称"), new("依托单位"), new("主管部门"), new("资源类别", Width: 20),
        new("复评", Width: 7), new("参评情况", Width: 16), new("评估状态", Width: 14), new("专家组评分", ColumnKind.Decimal, 12),
        new("等次", Width: 9), new("等次依据", Width: 50), new("公示截止", ColumnKind.Date, 12), new("公布日期", ColumnKind.Date, 12),
    ];

    private string Today => clock.ChinaNow().ToString("yyyy年M月d日");

    /// <summary>The results of round <paramref name="roundId"/> in the user's scope, or null (unknown round, or none of the user's units in it).</summary>
    public async Task<ExportFile?> ResultsAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        if (scope.Role is not (Role.Admin or Role.Agency or Role.Department)) return null;
        await using var db = await dbf.CreateDbContextAsync(ct);
        var title = await db.EvaluationRounds.Where(r => r.Id == roundId).Select(r => r.Title).FirstOrDefaultAsync(ct);
        if (title is null) return null;
        var rows = db.RoundPlatforms.AsNoTracking().VisibleTo(scope).Where(r => r.RoundId == roundId);
        if (scope.Role == Role.Department && !await rows.AnyAsync(ct)) return null;
        var who = scope.Role == Role.Department
            ? "（" + await db.Departments.Where(d => d.Id == scope.DepartmentId).Select(d => d.Name).FirstOrDefaultAsync(ct) + "所属平台）"
            : "";
        // Rounds are named “2026年度考核评估”: their results are “…考核评估结果”, not “…评估评估结果”.
        var results = title.EndsWith("评估", StringComparison.Ordinal) ? $"{title}结果" : $"{title}评估结果";
        var spec = new SheetSpec($"{results}{who}　导出日期：{Today}", ResultColumns, "评估结果");
        return new($"{results}_{clock.ChinaNow():yyyyMMdd}.xlsx",
            (stream, c) => exporter.ExportAsync(stream, spec, ResultRowsAsync(scope, roundId, c), c));
    }

    private async IAsyncEnumerable<SheetRow> ResultRowsAsync(UserScope scope, int roundId, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rows = db.RoundPlatforms.AsNoTracking().VisibleTo(scope).Where(r => r.RoundId == roundId)
            .OrderBy(r => r.Platform!.Category).ThenBy(r => r.Platform!.Name).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Platform!.Name, Host = r.Platform.HostUnit!.Name, Dept = r.Platform.CompetentDepartment!.Name, r.Platform.Category,
                r.IsReEvaluation, r.Participation, r.AbsenceReason, r.Status, r.PanelScore, r.Grade, r.GradeReason, r.NoticeEnd, r.PublishedOn,
            })
            .AsAsyncEnumerable();
        var n = 0;
        await foreach (var r in rows.WithCancellation(ct))
        {
            var grade = r.Grade?.Label();
            var fills = new CellFill[ResultColumns.Count];
            fills[9] = SheetText.GradeFill(grade);
            if (r.Participation != Participation.Participated) fills[6] = CellFill.Warning;
            var participation = r.AbsenceReason is { Length: > 0 } why ? $"{r.Participation.Label()}：{why}" : r.Participation.Label();
            yield return new SheetRow([++n, r.Name, r.Host, r.Dept, r.Category.Label(), r.IsReEvaluation ? "是" : "否", participation,
                r.Status.Label(), r.PanelScore, grade ?? "—", r.GradeReason, r.NoticeEnd, r.PublishedOn], fills);
        }
    }

    /// <summary>The score matrix of round <paramref name="roundId"/> (厅 and agency only; null for others or an unknown round):
    /// one sheet per indicator template, one row per platform × expert, closed panels only.</summary>
    public async Task<ExportFile?> ScoresAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        if (scope.Role is not (Role.Admin or Role.Agency)) return null;
        await using var db = await dbf.CreateDbContextAsync(ct);
        var title = await db.EvaluationRounds.Where(r => r.Id == roundId).Select(r => r.Title).FirstOrDefaultAsync(ct);
        if (title is null) return null;
        var sheets = await ScoreSheetsAsync(db, roundId, title, ct);
        return new($"{title}专家评分明细_{clock.ChinaNow():yyyyMMdd}.xlsx",
            (stream, c) => exporter.ExportSheetsAsync(stream, sheets, c));
    }

    private async Task<List<(SheetSpec, IReadOnlyList<SheetRow>)>> ScoreSheetsAsync(WorkbenchDbContext db, int roundId, string title, CancellationToken ct)
    {
        var panels = await (from rp in db.RoundPlatforms.AsNoTracking()
                            join p in db.ReviewPanels.AsNoTracking() on rp.PanelId equals p.Id
                            where rp.RoundId == roundId && p.Status == PanelStatus.Closed
                            orderby rp.Platform!.Category, rp.Platform!.Name, rp.Id
                            select new ScorePanel(p.Id, rp.Platform!.Name, rp.Platform.HostUnit!.Name, rp.Platform.Category, p.TemplateJson,
                                p.ConsensusScore ?? p.ComputedScore)).ToListAsync(ct);
        var ids = panels.Select(p => p.PanelId).ToList();
        var members = (await db.PanelMembers.AsNoTracking().Where(m => ids.Contains(m.PanelId))
                .OrderByDescending(m => m.IsChair).ThenBy(m => m.Id)
                .Select(m => new ScoreMember(m.PanelId, m.ExpertId, m.Expert!.Name, m.Expert.UnitName, m.IsChair, m.AbstainedReason)).ToListAsync(ct))
            .ToLookup(m => m.PanelId);
        var sheets = (await db.ScoreSheets.AsNoTracking().Where(s => ids.Contains(s.PanelId))
                .Select(s => new { s.PanelId, s.ExpertId, s.Items, s.Status, s.SubmittedAt }).ToListAsync(ct))
            .ToDictionary(s => (s.PanelId, s.ExpertId), s => new ScoreSubmission(SheetItems.ToCore(s.Items), s.Status, s.SubmittedAt));
        var today = Today;
        var byTemplate = panels.Select(p => (Panel: p, Template: ReviewJson.Template(p.TemplateJson)))
            .GroupBy(x => TemplateKey(x.Template)).ToList();
        if (byTemplate.Count == 0)
            return [(ScoreSpec($"{title}专家评分明细（暂无已结束评审的专家组）　导出日期：{today}", [], "评分明细"), [])];
        var result = new List<(SheetSpec, IReadOnlyList<SheetRow>)>();
        foreach (var (group, i) in byTemplate.Select((g, i) => (g, i)))
        {
            var template = group.First().Template;
            var sheetName = byTemplate.Count == 1 ? "评分明细" : $"{i + 1}.{Trim(template.Name, 26)}";
            var spec = ScoreSpec($"{title}专家评分明细（{template.Name}）　导出日期：{today}", template.AllItems.ToList(), sheetName);
            result.Add((spec, ScoreMatrix.Rows(template, group.Select(g => g.Panel), members, sheets)));
        }
        return result;
    }

    private static string TemplateKey(IndicatorTemplate t) =>
        string.Join("|", t.AllItems.Select(i => $"{i.Code}:{i.Name}:{i.MaxPoints}")) + "#" + t.Name;

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max];

    private static SheetSpec ScoreSpec(string title, IReadOnlyList<IndicatorItem> items, string sheetName) => new(title,
    [
        new("序号", ColumnKind.Int, 6), new("平台名称", Width: 32), new("依托单位", Width: 26), new("资源类别", Width: 20), new("专家", Width: 14), new("专家单位", Width: 24),
        .. items.Select(i => new SheetColumn($"{i.Code} {i.Name}（{i.MaxPoints:0.##}分）", ColumnKind.Decimal, Math.Clamp(SheetText.DisplayWidth(i.Name) / 2.0 + 6, 10, 20))),
        new("总分", ColumnKind.Decimal, 9), new("提交时间", ColumnKind.Date, 18, "yyyy-mm-dd hh:mm"), new("备注", Width: 36),
        new("专家组评分", ColumnKind.Decimal, 12),
    ], sheetName);
}

internal sealed record ScorePanel(int PanelId, string Platform, string HostUnit, ResourceCategory Category, string TemplateJson, decimal? PanelScore);

internal sealed record ScoreMember(int PanelId, int ExpertId, string Name, string Unit, bool IsChair, string? AbstainedReason);

internal sealed record ScoreSubmission(ScoreSheet Sheet, SheetStatus Status, DateTimeOffset? SubmittedAt);

/// <summary>Rows of the score matrix: one per platform × expert; totals from Core (<see cref="ScoreSheetRules.Total"/>);
/// abstentions (回避) and missing sheets say so in 备注 and carry no scores.</summary>
internal static class ScoreMatrix
{
    public static IReadOnlyList<SheetRow> Rows(IndicatorTemplate template, IEnumerable<ScorePanel> panels,
        ILookup<int, ScoreMember> members, IReadOnlyDictionary<(int, int), ScoreSubmission> sheets)
    {
        var items = template.AllItems.ToList();
        var rows = new List<SheetRow>();
        foreach (var panel in panels)
        {
            foreach (var m in members[panel.PanelId])
            {
                var values = new object?[6 + items.Count + 4];
                var fills = new CellFill[values.Length];
                values[0] = rows.Count + 1;
                (values[1], values[2], values[3]) = (panel.Platform, panel.HostUnit, panel.Category.Label());
                (values[4], values[5]) = (m.IsChair ? $"{m.Name}（组长）" : m.Name, m.Unit);
                var note = 6 + items.Count + 2;
                values[note + 1] = panel.PanelScore;
                if (m.AbstainedReason is { } why)
                {
                    values[note] = $"回避：{why}";
                    fills[note] = CellFill.Warning;
                }
                else if (sheets.TryGetValue((panel.PanelId, m.ExpertId), out var s) && s.Status == SheetStatus.Submitted)
                {
                    var sheet = s.Sheet;
                    for (var i = 0; i < items.Count; i++) values[6 + i] = sheet.ScoreOf(items[i].Code);
                    values[6 + items.Count] = ScoreSheetRules.Total(template, sheet);
                    values[6 + items.Count + 1] = s.SubmittedAt?.ToChina().DateTime;
                }
                else
                {
                    values[note] = "未提交评分表，不计入专家组评分";
                    fills[note] = CellFill.Bad;
                }
                rows.Add(new SheetRow(values, fills));
            }
        }
        return rows;
    }
}

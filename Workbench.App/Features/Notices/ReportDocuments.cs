using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Evaluation;
using Workbench.App.Features.Recognition;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Evaluation;
using Workbench.Core.Scoring;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Notices;

/// <summary>What looking up a per-document PDF came to: the model, or not found (404) / not yet available (409, with why).</summary>
public sealed record ReportLookup(ReportModel? Model, bool Found, string Problem, string FileName = "")
{
    public static ReportLookup NotFound(string what) => new(null, false, $"未找到该{what}，或您无权查看。");
    public static ReportLookup NotYet(string why) => new(null, true, why);
}

/// <summary>
/// Per-document PDFs as <see cref="ReportModel"/>s, scoped like the pages they belong to: the expert scoring sheet with
/// signature (the expert themselves, agency, admin; only once submitted), the on-site inspection record (agency, admin,
/// the competent department; once completed) and the per-platform evaluation report (once the panel is closed).
/// </summary>
public sealed class ReportDocuments(IDbContextFactory<WorkbenchDbContext> dbf)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public async Task<ReportLookup> ScoreSheetAsync(UserScope scope, int panelId, int expertId, CancellationToken ct = default)
    {
        var allowed = scope.Role is Role.Admin or Role.Agency || (scope.Role == Role.Expert && scope.ExpertId == expertId);
        if (!allowed) return ReportLookup.NotFound("评分表");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var panel = await db.ReviewPanels.AsNoTracking().FirstOrDefaultAsync(p => p.Id == panelId, ct);
        var member = await db.PanelMembers.AsNoTracking().Where(m => m.PanelId == panelId && m.ExpertId == expertId)
            .Select(m => new { m.Expert!.Name, m.Expert.UnitName, m.IsChair, m.AbstainedReason }).FirstOrDefaultAsync(ct);
        if (panel is null || member is null) return ReportLookup.NotFound("评分表");
        var sheet = await db.ScoreSheets.AsNoTracking().Include(s => s.Items).FirstOrDefaultAsync(s => s.PanelId == panelId && s.ExpertId == expertId, ct);
        if (member.AbstainedReason is not null) return ReportLookup.NotYet($"该专家已回避（{member.AbstainedReason}），没有评分表。");
        if (sheet is not { Status: SheetStatus.Submitted }) return ReportLookup.NotYet("评分表尚未提交，提交后才能打印。");
        var template = JsonSerializer.Deserialize<IndicatorTemplate>(panel.TemplateJson, Json)!;
        var stored = Workbench.App.Features.Reviews.SheetItems.ToCore(sheet.Items);
        var scores = new Dictionary<string, decimal?>(stored.Scores);
        var comments = new Dictionary<string, string>(stored.Comments);
        var model = ScoreSheetModel(panel, member.Name, member.UnitName, member.IsChair, template, scores, comments, sheet.OverallComment,
            sheet.Signature, sheet.SubmittedAt);
        return new(model, true, "", $"专家评分表_{panel.SubjectTitle}_{member.Name}.pdf");
    }

    /// <summary>The scoring sheet as a report: items with max points, score and comment; total; overall opinion; signature.</summary>
    public static ReportModel ScoreSheetModel(ReviewPanel panel, string expert, string unit, bool chair, IndicatorTemplate template,
        IReadOnlyDictionary<string, decimal?> scores, IReadOnlyDictionary<string, string> comments, string? overall, byte[]? signature, DateTimeOffset? submittedAt)
    {
        var sheet = new ScoreSheet(scores, comments);
        var rows = new List<IReadOnlyList<string>>();
        var n = 0;
        foreach (var ind in template.Indicators)
            foreach (var item in ind.Items)
                rows.Add([(++n).ToString(Inv), ind.Name, item.Name, Num(item.MaxPoints), sheet.ScoreOf(item.Code) is { } s ? Num(s) : "—",
                    comments.GetValueOrDefault(item.Code) ?? ""]);
        var total = ScoreSheetRules.Total(template, sheet);
        var date = submittedAt?.ChinaDate();
        return new ReportModel($"{panel.Kind.Label()}专家评分表", [
                new("评审对象", panel.SubjectTitle), new("依托单位", panel.HostUnitName),
                new("评审专家", chair ? $"{expert}（组长）" : expert), new("工作单位", unit),
                new("评分模板", $"{template.Name}（第{template.Version}版）"), new("提交时间", submittedAt?.ToChina().ToString("yyyy年M月d日 HH:mm", Inv) ?? "—"),
            ],
            [
                new("一、评分明细", [new ReportTable(new DocumentTable(["序号", "一级指标", "评分项", "满分", "得分", "评分意见"], rows, [1.3f, 3f, 5f, 1.2f, 1.2f, 5f]))]),
                new("二、合计", [new ReportParagraph($"合计得分：{Num(total)}分（满分{Num(template.TotalWeight)}分）。")]),
                new("三、总体意见", [new ReportParagraph(string.IsNullOrWhiteSpace(overall) ? "无。" : overall.Trim())]),
                new("四、承诺", [new ReportParagraph("本人已按照《湖南省科技资源共享服务平台管理办法》的回避和保密要求，独立、客观、公正地进行评审，对评分和意见负责。")]),
            ],
            [new SignatureBlock("评审专家签名", signature, date)],
            Subtitle: $"专家组编号：{panel.Id}");
    }

    public async Task<ReportLookup> InspectionAsync(UserScope scope, int inspectionId, CancellationToken ct = default)
    {
        if (scope.Role is not (Role.Admin or Role.Agency or Role.Department)) return ReportLookup.NotFound("现场考察记录");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var i = await db.SiteInspections.AsNoTracking().FirstOrDefaultAsync(x => x.Id == inspectionId, ct);
        var a = i is null ? null : await db.RecognitionApplications.AsNoTracking().VisibleTo(scope).Where(x => x.Id == i.ApplicationId)
            .Select(x => new { x.Name, Host = x.HostUnit!.Name, Dept = x.CompetentDepartment!.Name, Batch = x.Batch!.Title }).FirstOrDefaultAsync(ct);
        if (i is null || a is null) return ReportLookup.NotFound("现场考察记录");
        if (!i.Completed) return ReportLookup.NotYet("现场考察核实尚未完成，完成后才能打印考察记录。");
        var items = JsonSerializer.Deserialize<List<InspectionItem>>(i.ItemsJson, Json) ?? [];
        var model = InspectionModel(a.Name, a.Host, a.Dept, a.Batch, i, items);
        return new(model, true, "", $"现场考察记录_{a.Name}.pdf");
    }

    public static ReportModel InspectionModel(string platform, string host, string dept, string batch, SiteInspection i, IReadOnlyList<InspectionItem> items)
    {
        var counts = InspectionVerdicts.All.Select(v => $"{v}{items.Count(x => x.Verdict == v)}项");
        var sections = new List<ReportSection>
        {
            new("一、核实事项", [new ReportTable(new DocumentTable(["序号", "核实事项", "核实结论", "说明"],
                items.Select((x, n) => (IReadOnlyList<string>)[(n + 1).ToString(Inv), $"{x.Code} {x.Text}", x.Verdict ?? "未核实", x.Note ?? ""]).ToList(), [1f, 8f, 2f, 5f])),
                new ReportParagraph($"共核实{items.Count}项，其中{string.Join("、", counts)}。")]),
            new("二、弄虚作假核查（第十八条）", [new ReportParagraph(i.FalsifiedFound ? $"发现申报材料弄虚作假：{i.FalsifiedDetail}" : "未发现申报材料弄虚作假情形。")]),
            new("三、考察结论", [new ReportParagraph(string.IsNullOrWhiteSpace(i.Conclusion) ? (i.FalsifiedFound ? "取消申报资格，不予认定。" : "—") : i.Conclusion)]),
        };
        return new ReportModel("现场考察核实记录", [
                new("平台名称", platform), new("依托单位", host), new("主管部门", dept), new("认定批次", batch),
                new("考察日期", i.InspectedOn is { } d ? DocumentText.ChineseDate(d) : "—"), new("参加人员", i.Participants ?? "—"),
            ], sections,
            [new SignatureBlock("考察组成员签字", null, null), new SignatureBlock("依托单位负责人签字", null, null)],
            Subtitle: "第八条(二)2 现场考察核实");
    }

    public async Task<ReportLookup> EvaluationReportAsync(UserScope scope, int roundPlatformId, CancellationToken ct = default)
    {
        if (scope.Role is not (Role.Admin or Role.Agency or Role.Department or Role.HostUnit)) return ReportLookup.NotFound("评估报告");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rows = await ReportRows(db.RoundPlatforms.AsNoTracking().VisibleTo(scope).Where(r => r.Id == roundPlatformId)).ToListAsync(ct);
        if (rows.Count == 0) return ReportLookup.NotFound("评估报告");
        var built = await BuildAsync(db, rows, ct);
        return built.Count == 0 ? ReportLookup.NotYet("专家组尚未结束评估，评估报告在专家组结束后生成。") : built[0];
    }

    /// <summary>Every printable evaluation report of a round the user may see (panel closed), ordered by platform name,
    /// in four queries whatever the number of platforms (the round batch ZIP).</summary>
    public async Task<IReadOnlyList<ReportLookup>> EvaluationReportsAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        if (scope.Role is not (Role.Admin or Role.Agency or Role.Department or Role.HostUnit)) return [];
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rows = await ReportRows(Reportable(db, scope, roundId)).ToListAsync(ct);
        return await BuildAsync(db, rows, ct);
    }

    private sealed record ReportRow(RoundPlatform Row, string Round, DateOnly PeriodFrom, DateOnly PeriodTo, string Name, string Host, string Dept);

    private static IQueryable<ReportRow> ReportRows(IQueryable<RoundPlatform> q) =>
        q.Select(r => new ReportRow(r, r.Round!.Title, r.Round.PeriodFrom, r.Round.PeriodTo, r.Platform!.Name, r.Platform.HostUnit!.Name, r.Platform.CompetentDepartment!.Name));

    /// <summary>The reports of <paramref name="rows"/> whose panel is closed: panels, members and submitted sheets
    /// of all of them in one query each.</summary>
    private static async Task<List<ReportLookup>> BuildAsync(WorkbenchDbContext db, IReadOnlyList<ReportRow> rows, CancellationToken ct)
    {
        var panelIds = rows.Where(r => r.Row.PanelId is not null).Select(r => r.Row.PanelId!.Value).Distinct().ToList();
        var panels = await db.ReviewPanels.AsNoTracking().Where(p => panelIds.Contains(p.Id) && p.Status == PanelStatus.Closed).ToDictionaryAsync(p => p.Id, ct);
        var members = (await db.PanelMembers.AsNoTracking().Where(m => panelIds.Contains(m.PanelId))
            .Select(m => new { m.PanelId, m.ExpertId, m.IsChair, m.AbstainedReason }).ToListAsync(ct)).ToLookup(m => m.PanelId);
        var sheets = (await db.ScoreSheets.AsNoTracking().Include(s => s.Items).Where(s => panelIds.Contains(s.PanelId) && s.Status == SheetStatus.Submitted).ToListAsync(ct))
            .ToLookup(s => s.PanelId);
        var result = new List<ReportLookup>();
        foreach (var rp in rows)
        {
            if (rp.Row.PanelId is not int pid || !panels.TryGetValue(pid, out var panel)) continue;
            var panelMembers = members[pid].OrderByDescending(m => m.IsChair).ThenBy(m => m.ExpertId).ToList();
            var template = JsonSerializer.Deserialize<IndicatorTemplate>(panel.TemplateJson, Json)!;
            var scored = panelMembers.Where(m => m.AbstainedReason is null).Select(m => sheets[pid].FirstOrDefault(s => s.ExpertId == m.ExpertId)).OfType<ScoreSheetRecord>()
                .Select(s => (Workbench.App.Features.Reviews.SheetItems.ToCore(s.Items), s.OverallComment)).ToList();
            var model = EvaluationModel(rp.Name, rp.Host, rp.Dept, rp.Round, rp.PeriodFrom, rp.PeriodTo, rp.Row, panel, template,
                scored, panelMembers.Count(m => m.AbstainedReason is not null));
            result.Add(new(model, true, "", $"评估报告_{rp.Round}_{rp.Name}.pdf"));
        }
        return result;
    }

    /// <summary>The round platforms of a round whose evaluation report can be printed (panel closed), visible to the user.</summary>
    public async Task<IReadOnlyList<int>> ReportableAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        return await Reportable(db, scope, roundId).Select(r => r.Id).ToListAsync(ct);
    }

    private static IQueryable<RoundPlatform> Reportable(WorkbenchDbContext db, UserScope scope, int roundId)
    {
        var closed = db.ReviewPanels.Where(p => p.Status == PanelStatus.Closed).Select(p => p.Id);
        return db.RoundPlatforms.AsNoTracking().VisibleTo(scope).Where(r => r.RoundId == roundId && r.PanelId != null && closed.Contains(r.PanelId.Value))
            .OrderBy(r => r.Platform!.Name);
    }

    /// <summary>The completed inspection record of an application the user may see, or null.</summary>
    public async Task<int?> InspectionIdAsync(UserScope scope, int applicationId, CancellationToken ct = default)
    {
        if (scope.Role is not (Role.Admin or Role.Agency or Role.Department)) return null;
        await using var db = await dbf.CreateDbContextAsync(ct);
        var visible = db.RecognitionApplications.VisibleTo(scope).Select(a => a.Id);
        return await db.SiteInspections.AsNoTracking().Where(i => i.ApplicationId == applicationId && i.Completed && visible.Contains(i.ApplicationId))
            .Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>第十六条: scores by indicator (mean of the valid sheets), each expert's total (anonymised), the panel aggregate (Core), grade and comments.</summary>
    public static ReportModel EvaluationModel(string platform, string host, string dept, string round, DateOnly from, DateOnly to, RoundPlatform rp,
        ReviewPanel panel, IndicatorTemplate template, IReadOnlyList<(ScoreSheet Sheet, string? Overall)> sheets, int abstained)
    {
        var subtotals = sheets.Select(s => ScoreSheetRules.Subtotals(template, s.Sheet)).ToList();
        var byIndicator = template.Indicators.Select((ind, n) => (IReadOnlyList<string>)[(n + 1).ToString(Inv), ind.Name, Num(ind.Weight),
            subtotals.Count == 0 ? "—" : Num(Scores.Round(subtotals.Average(s => s[ind.Code])))]).ToList();
        var totals = sheets.Select(s => ScoreSheetRules.Total(template, s.Sheet)).ToList();
        var aggregate = PanelAggregation.Aggregate(totals.Select((t, n) => new PanelSheet((n + 1).ToString(Inv), t)));
        var experts = aggregate.Deviations.Select(d => (IReadOnlyList<string>)[$"专家{d.ExpertId}", Num(d.Total), Num(d.Deviation), d.Flagged ? "偏离较大，已复核" : ""]).ToList();
        var final = panel.ConsensusScore ?? panel.ComputedScore ?? aggregate.Score;
        var aggregateText = $"有效评分表{aggregate.ValidSheets}份{(abstained > 0 ? $"（{abstained}名专家回避）" : "")}，按“{aggregate.Method.Label()}”计算，专家组评分{(aggregate.Score is { } a ? Num(a) : "—")}分。";
        if (panel.ConsensusScore is { } c) aggregateText += $"专家组经合议调整为{Num(c)}分，理由：{panel.ConsensusReason}。";
        var opinions = sheets.Select(s => s.Overall).Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => (ReportContent)new ReportParagraph(o!.Trim())).ToList();
        if (opinions.Count == 0) opinions.Add(new ReportParagraph("无。"));
        return new ReportModel("省科技资源共享服务平台考核评估报告", [
                new("平台名称", platform), new("依托单位", host), new("主管部门", dept), new("评估批次", round + (rp.IsReEvaluation ? "（复评）" : "")),
                new("评估期", $"{DocumentText.ChineseDate(from)}至{DocumentText.ChineseDate(to)}"),
                new("专家组评分", final is { } f ? $"{Num(f)}分" : "—"),
                new("评估等次", rp.Grade?.Label() ?? "待省科技厅确定"),
            ],
            [
                new("一、分项指标得分", [new ReportTable(new DocumentTable(["序号", "一级指标", "分值", "专家组平均得分"], byIndicator, [1f, 8f, 2f, 3f]))]),
                new("二、专家评分", [new ReportTable(new DocumentTable(["专家", "总分", "与组内平均分的偏差", "备注"], experts, [2f, 2f, 3f, 4f])), new ReportParagraph(aggregateText)]),
                new("三、评估等次", [new ReportParagraph(rp.Grade is { } g ? $"评估等次：{g.Label()}。{rp.GradeReason}" : "评估等次由省科技厅根据专家组评分确定并公示后公布（第十七条）。")]),
                new("四、专家意见", opinions),
            ],
            Subtitle: "依据《湖南省科技资源共享服务平台管理办法》第十六条、第十七条");
    }

    private static string Num(decimal d) => d.ToString("0.##", Inv);
}

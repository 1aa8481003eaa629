using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Evaluation;
using Workbench.App.Features.Reviews;
using Workbench.Core.Calendar;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Core.Scoring;

namespace Workbench.App.Data.Seed;

/// <summary>
/// Demo 考核评估: the four default templates, the finished 2023年度 round (published, two platforms in rectification) and the
/// 2026年度 round in progress (materials, department review, review panels with draft, submitted and abstained sheets, panel scores
/// from Core's trimmed mean, one 公示). expert1 sits on the open panels. Runs once into an empty database, after the base data.
/// </summary>
internal static class EvaluationSeed
{
    /// <summary>A demo sheet's scores as item rows (version 1, saved at <paramref name="at"/>).</summary>
    internal static List<ScoreItemRecord> ScoreRows(IReadOnlyDictionary<string, decimal?> scores, DateTimeOffset at) =>
        scores.Select(kv => new ScoreItemRecord { ItemCode = kv.Key, Value = kv.Value, UpdatedAt = at, Version = 1 }).ToList();

    private static DateTimeOffset At(DateOnly d, int hour = 10) => new(d.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

    public static async Task SeedAsync(IDbContextFactory<WorkbenchDbContext> dbf, CancellationToken ct)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        if (await db.EvaluationRounds.AnyAsync(ct)) return;
        db.AuditAction = "导入演示数据";
        var templates = TemplateService.Defaults(At(new DateOnly(2025, 9, 1))).ToList();
        db.EvaluationTemplates.AddRange(templates);
        var platforms = await db.Platforms.Include(p => p.HostUnit).ToListAsync(ct);
        var experts = await db.Experts.OrderBy(e => e.Id).ToListAsync(ct);
        var snapshot = templates.Select(t => new RoundTemplate { Category = t.Category, TemplateNumber = 1, Json = t.Json });

        var calendar = await db.LoadCalendarAsync(ct);
        db.EvaluationRounds.Add(Finished(platforms, snapshot.ToList(), db, calendar));
        var inProgress = InProgress(platforms, snapshot.ToList(), experts, calendar);
        db.EvaluationRounds.Add(inProgress);
        await db.SaveChangesAsync(ct);
        var formed = Panels(db, inProgress, experts);
        await db.SaveChangesAsync(ct);
        foreach (var (rp, panel) in formed) rp.PanelId = panel.Id;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Review panels (Reviews module) for the platforms past department review: open panels with expert1 (one draft, one submitted),
    /// other sheets submitted, draft or not started, one conflict declared; closed panels whose score is Core's trimmed mean.
    /// </summary>
    private static List<(RoundPlatform, ReviewPanel)> Panels(WorkbenchDbContext db, EvaluationRound round, List<Expert> experts)
    {
        var formed = new List<(RoundPlatform, ReviewPanel)>();
        var open = 0;
        foreach (var rp in round.Platforms.Where(r => r.Status >= EvaluationStatus.ExpertScoring && r.Status <= EvaluationStatus.PublicNotice && r.Assignments.Count > 0))
        {
            var template = TemplateJson.Read(round.Templates.First(t => t.Category == rp.Platform!.Category).Json);
            var closed = rp.Status != EvaluationStatus.ExpertScoring;
            var members = rp.Assignments.Select(a => a.Expert!.Id).ToList();
            var assigned = At(new DateOnly(2026, 11, 20));
            var panel = new ReviewPanel
            {
                Kind = PanelKind.Evaluation, SubjectId = rp.Id, SubjectTitle = rp.Platform!.Name, HostUnitId = rp.Platform.HostUnitId,
                HostUnitName = rp.Platform.HostUnit?.Name ?? "", TemplateJson = ReviewJson.Write(template), Deadline = round.ScoringDeadline, CreatedAt = assigned,
                Status = closed ? PanelStatus.Closed : PanelStatus.Open, ClosedAt = closed ? At(new DateOnly(2026, 11, 27), 16) : null,
                Members = members.Select((id, i) => new PanelMember { ExpertId = id, IsChair = i == 1, AssignedAt = assigned }).ToList(),
            };
            var target = (closed ? rp.PanelScore ?? 80m : 70m + rp.Platform.Id % 20) / 100m;
            var totals = new List<PanelSheet>();
            for (var i = 0; i < members.Count; i++)
            {
                // Open panels: member 0 (expert1) has a draft on the first and submitted on the others; 1–2 submitted; 3 declares a conflict
                // on the first open panel, else drafts; 4 has not started.
                var state = closed ? SheetStatus.Submitted : i switch
                {
                    0 => open == 0 ? SheetStatus.Draft : SheetStatus.Submitted,
                    1 or 2 => SheetStatus.Submitted,
                    3 when open == 0 => (SheetStatus?)null,
                    3 => SheetStatus.Draft,
                    _ => null,
                };
                if (!closed && open == 0 && i == 3) panel.Members[i].AbstainedReason = "本人近三年与该平台依托单位有合作研究项目，申请回避。";
                if (state is not { } st) continue;
                var ratio = Math.Min(1m, target + (i - 2) * 0.03m);
                var items = st == SheetStatus.Submitted ? template.AllItems.ToList() : template.AllItems.Take(5).ToList();
                var scores = items.ToDictionary(it => it.Code, it => (decimal?)(Math.Round(it.MaxPoints * ratio * 2) / 2));
                panel.Sheets.Add(new ScoreSheetRecord
                {
                    ExpertId = members[i], Items = ScoreRows(scores, At(new DateOnly(2026, 11, 24 + i % 3), 15)), Status = st,
                    OverallComment = st == SheetStatus.Submitted ? "资源开放共享和服务成效总体良好，建议加强共享网数据对接和专职服务队伍建设。" : null,
                    SavedAt = At(new DateOnly(2026, 11, 24 + i % 3), 15), SubmittedAt = st == SheetStatus.Submitted ? At(new DateOnly(2026, 11, 25 + i % 2), 16) : null,
                    Signature = st == SheetStatus.Submitted ? RecognitionSeed.DemoSignature : null,
                });
                if (st == SheetStatus.Submitted)
                    totals.Add(new PanelSheet(members[i].ToString(System.Globalization.CultureInfo.InvariantCulture), ScoreSheetRules.Total(template, new ScoreSheet(scores, new Dictionary<string, string>()))));
            }
            if (closed)
            {
                panel.ComputedScore = PanelAggregation.Aggregate(totals).Score;
                rp.PanelScore = panel.ComputedScore;
                if (rp.Grade is not null)
                {
                    var g = GradeRules.Decide(rp.PanelScore).Value!;
                    (rp.Grade, rp.GradeReason) = (g.Grade, g.Reason);
                }
            }
            else open++;
            db.ReviewPanels.Add(panel);
            formed.Add((rp, panel));
        }
        return formed;
    }

    /// <summary>The demo rounds' 公示 started on fixed dates in 2025 and 2026, which the seeded calendar holds.</summary>
    private static DateOnly NoticeEnd(OfficialCalendar calendar, DateOnly start) =>
        PublicNotice.EndDate(calendar, start).TryGetValue(out var end) ? end
            : throw new InvalidOperationException($"演示数据的公示期（{start:yyyy年M月d日}起）无法按节假日安排计算：数据库中的节假日安排不完整。");

    private static EvaluationRound Finished(List<Platform> platforms, List<RoundTemplate> templates, WorkbenchDbContext db, OfficialCalendar calendar)
    {
        var published = new DateOnly(2025, 12, 26);
        var noticeStart = new DateOnly(2025, 12, 15);
        var round = new EvaluationRound
        {
            Title = "2023年度考核评估", PeriodFrom = new(2021, 1, 1), PeriodTo = new(2023, 12, 31), OpenedOn = new(2025, 9, 1),
            MaterialDeadline = new(2025, 10, 15), ScoringDeadline = new(2025, 11, 30), Status = RoundStatus.Closed, Templates = templates,
        };
        var members = platforms.Where(p => p.Status != PlatformStatus.Revoked && (p.RecognisedOn!.Value.Year <= 2020 || p.Status == PlatformStatus.Rectifying));
        foreach (var p in members.OrderBy(p => p.Id))
        {
            var fail = p.Status == PlatformStatus.Rectifying;
            var score = fail ? 52.5m + p.Id % 5 : 68m + (p.Name.Length * 7 + p.Id * 3) % 29;
            var grade = GradeRules.Decide(score).Value!;
            var rp = new RoundPlatform
            {
                Platform = p, Status = EvaluationStatus.Published, PanelScore = score, Grade = grade.Grade, GradeReason = grade.Reason,
                NoticeStart = noticeStart, NoticeEnd = NoticeEnd(calendar, noticeStart), PublishedOn = published,
                Material = Material(templates.First(t => t.Category == p.Category).Json, p, new DateOnly(2025, 10, 10), reviewed: true),
            };
            round.Platforms.Add(rp);
            var decision = DynamicAdjustment.Decide(new EvaluationOutcome(grade.Grade, Participation.Participated, false, published)).Value!;
            p.Events.Add(new PlatformEvent { OccurredAt = At(published), Kind = PlatformEventKind.Evaluated, Actor = "湖南省科学技术厅", Title = $"2023年度考核评估结果：{grade.Grade.Label()}", Detail = $"{grade.Reason} {decision.Explanation}" });
            if (fail)
                db.Rectifications.Add(new Rectification
                {
                    Platform = p, RoundPlatform = rp, OpenedOn = published, DueOn = decision.RectificationDue!.Value,
                    Status = p.Name.Contains("食品", StringComparison.Ordinal) ? RectificationStatus.ReportSubmitted : RectificationStatus.Open,
                    Reason = $"2023年度考核评估：{decision.Explanation}",
                    ReportText = p.Name.Contains("食品", StringComparison.Ordinal)
                        ? "已完成检测设备计量溯源和质量控制体系复审，补充专职服务人员3名，在线服务系统已与共享网完成数据对接，2026年1—10月对外服务1280次。" : null,
                    ReportSubmittedAt = p.Name.Contains("食品", StringComparison.Ordinal) ? At(new DateOnly(2026, 10, 28)) : null,
                });
        }
        return round;
    }

    private static EvaluationRound InProgress(List<Platform> platforms, List<RoundTemplate> templates, List<Expert> experts, OfficialCalendar calendar)
    {
        var round = new EvaluationRound
        {
            Title = "2026年度考核评估", PeriodFrom = new(2024, 1, 1), PeriodTo = new(2026, 12, 31), OpenedOn = new(2026, 10, 15),
            MaterialDeadline = new(2026, 11, 30), ScoringDeadline = new(2026, 12, 20), Status = RoundStatus.Open, Templates = templates,
        };
        var members = platforms.Where(p => (p.Status == PlatformStatus.Recognised && p.RecognisedOn!.Value.Year is >= 2021 and <= 2023)
            || p.Status == PlatformStatus.ReEvaluating).OrderBy(p => p.Category).ThenBy(p => p.Id).ToList();
        var i = 0;
        foreach (var p in members)
        {
            var rp = new RoundPlatform { Platform = p, IsReEvaluation = p.Status == PlatformStatus.ReEvaluating, Status = EvaluationStatus.AwaitingMaterials };
            round.Platforms.Add(rp);
            p.Events.Add(new PlatformEvent { OccurredAt = At(round.OpenedOn), Kind = rp.IsReEvaluation ? PlatformEventKind.StatusChanged : PlatformEventKind.Evaluated, Actor = "湖南省科学技术厅", Title = rp.IsReEvaluation ? "纳入2026年度考核评估，启动复评（第十七条）" : "纳入2026年度考核评估（第十六条）" });
            var json = templates.First(t => t.Category == p.Category).Json;
            var stage = Stage(p, i++);
            if (stage == EvaluationStatus.Absent)
            {
                (rp.Status, rp.Participation, rp.AbsenceReason) = (EvaluationStatus.Absent, Participation.AbsentWithGoodReason, "场馆改扩建闭馆施工，经主管部门说明并经省科技厅同意，另行安排评估。");
                continue;
            }
            if (stage == EvaluationStatus.AwaitingMaterials) continue;
            rp.Status = stage;
            rp.Material = Material(json, p, new DateOnly(2026, 11, 10 + i % 10), reviewed: stage != EvaluationStatus.MaterialsSubmitted);
            if (stage >= EvaluationStatus.ExpertScoring)
            {
                // expert1 (the first demo expert) sits on every panel where the host unit is not their own.
                var lead = experts.First(e => e.Name == DemoData.Experts[0].Name);
                var pool = experts.Where(e => e.HostUnitId != p.HostUnitId).ToList();
                var chosen = pool.Contains(lead) ? pool.Where(e => e == lead).Concat(pool.Where(e => e != lead).Skip(i % 8).Take(4)) : pool.Skip(i % 9).Take(5);
                rp.Assignments.AddRange(chosen.Select(e => new RoundAssignment { Expert = e, AssignedAt = At(new DateOnly(2026, 11, 20)), AssignedBy = "周婷" }));
            }
            if (stage >= EvaluationStatus.Scored)
                rp.PanelScore = p.Name.Contains("轨道", StringComparison.Ordinal) ? 56.4m : 74m + (p.Name.Length * 5 + p.Id) % 22;
            if (stage == EvaluationStatus.PublicNotice)
            {
                var g = GradeRules.Decide(rp.PanelScore).Value!;
                (rp.Grade, rp.GradeReason, rp.NoticeStart) = (g.Grade, g.Reason, new DateOnly(2026, 11, 16));
                rp.NoticeEnd = NoticeEnd(calendar, rp.NoticeStart.Value);
            }
        }
        return round;
    }

    /// <summary>Where each demo platform stands in the 2026 round (names keep the browser tests' cases stable).</summary>
    private static EvaluationStatus Stage(Platform p, int i) => p.Name switch
    {
        "湖南省电子信息产品检测服务平台" => EvaluationStatus.AwaitingMaterials,
        "湖南省科技创新创业服务平台" => EvaluationStatus.MaterialsSubmitted,
        "湖南省道路桥梁结构检测中心" => EvaluationStatus.PublicNotice,
        "湖南省先进轨道交通装备检测平台" => EvaluationStatus.Scored,
        "湖南省科普资源馆" => EvaluationStatus.Absent,
        _ when p.Status == PlatformStatus.ReEvaluating => EvaluationStatus.AwaitingMaterials,
        _ => (i % 5) switch
        {
            0 => EvaluationStatus.DepartmentReviewed,
            1 => EvaluationStatus.ExpertScoring,
            2 => EvaluationStatus.Scored,
            3 => EvaluationStatus.MaterialsSubmitted,
            _ => EvaluationStatus.AwaitingMaterials,
        },
    };

    private static EvaluationMaterial Material(string json, Platform p, DateOnly submitted, bool reviewed)
    {
        var template = TemplateJson.Read(json);
        var scores = template.AllItems.ToDictionary(x => x.Code, x => Math.Round(x.MaxPoints * (0.7m + (p.Id + x.Code.Length) % 3 / 10m), 1));
        var count = 400 + p.Id * 37 % 900;
        var paid = count * 3 / 10;
        return new EvaluationMaterial
        {
            SelfScoresJson = TemplateJson.WriteScores(scores),
            SelfAssessment = $"{p.Name}对照{template.Name}逐项自评：资源整合与共享网对接情况良好，服务成效稳步提升，运行管理制度健全，专项经费专款专用。",
            ServiceCount = count, UsersServed = count * 2 / 5, FreeServices = count - paid, PaidServices = paid, PaidContracts = Math.Max(1, paid / 6),
            Revenue = paid * 1350m, AnnualSummary = $"年度内{p.Name}完成资源更新与共享服务，按期报送年度总结及下一年度工作计划（第十五条）。",
            SubmittedAt = At(submitted), ReviewedAt = reviewed ? At(submitted.AddDays(3), 15) : null, ReviewedBy = reviewed ? "主管部门" : null,
        };
    }
}

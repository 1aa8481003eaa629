using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;
using Workbench.App.Infrastructure;
using Workbench.Core.Calendar;
using Workbench.Core.Platforms;
using Workbench.Core.Recognition;
using Workbench.Core.Scoring;

namespace Workbench.App.Data.Seed;

/// <summary>
/// Demo: the batch “2026年度湖南省科技资源共享服务平台认定” with an application at every step of 第八条(二), so a newcomer can walk
/// host → dept → agency → expert1..7 → admin. Runs only into the freshly seeded database.
/// </summary>
public static class RecognitionSeed
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A 1×1 white PNG standing in for a drawn signature in the demo.</summary>
    internal static readonly byte[] DemoSignature = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==");

    private sealed record Demo(string Name, string English, ResourceCategory Category, string Host, string Head, string HeadTitle, RecognitionStatus Status);

    private static readonly Demo[] Apps =
    [
        new("湖南省智能制造检测资源服务平台", "Hunan Provincial Intelligent Manufacturing Testing Resource Service Platform", ResourceCategory.FacilitiesAndInstruments, "长沙学院", "刘建军", "教授", RecognitionStatus.Draft),
        new("湖南省高校科研仪器共享服务平台", "Hunan Provincial University Research Instrument Sharing Service Platform", ResourceCategory.FacilitiesAndInstruments, "长沙学院", "陈静", "教授", RecognitionStatus.Submitted),
        new("湖南省城市农业种质资源库", "Hunan Provincial Urban Agriculture Germplasm Resource Center", ResourceCategory.BiologicalAndMaterials, "长沙市农业科学研究院", "李国平", "研究员", RecognitionStatus.DepartmentReview),
        new("湖南省产品质量检验检测资源服务平台", "Hunan Provincial Product Quality Inspection and Testing Resource Service Platform", ResourceCategory.FacilitiesAndInstruments, "长沙市产商品质量检验所", "王海燕", "正高级工程师", RecognitionStatus.FormalReview),
        new("湖南省岩土工程科学数据中心", "Hunan Provincial Geotechnical Engineering Scientific Data Center", ResourceCategory.DataAndInformation, "长沙理工大学", "周志刚", "教授", RecognitionStatus.ExpertReview),
        new("湖南省道地药材标本资源馆", "Hunan Provincial Authentic Medicinal Herb Specimen Resource Center", ResourceCategory.BiologicalAndMaterials, "湖南中医药大学", "谭德明", "教授", RecognitionStatus.ExpertReview),
        new("湖南省先进材料测试分析中心", "Hunan Provincial Advanced Materials Testing and Analysis Center", ResourceCategory.FacilitiesAndInstruments, "湘潭大学", "欧阳华", "教授", RecognitionStatus.OnSiteInspection),
        new("湖南省油茶种质资源库", "Hunan Provincial Camellia Oleifera Germplasm Resource Center", ResourceCategory.BiologicalAndMaterials, "湖南省林业科学院", "黄荣华", "研究员", RecognitionStatus.Proposed),
        new("湖南省环境监测科学数据中心", "Hunan Provincial Environmental Monitoring Scientific Data Center", ResourceCategory.DataAndInformation, "湖南省环境保护科学研究院", "罗建新", "研究员", RecognitionStatus.Approval),
        new("湖南省工业微生物发酵资源库", "Hunan Provincial Industrial Microbial Fermentation Resource Center", ResourceCategory.BiologicalAndMaterials, "湖南省微生物研究院", "邓丽芳", "研究员", RecognitionStatus.PublicNotice),
        new("湖南省农业气象灾害数据中心", "Hunan Provincial Agro-meteorological Disaster Data Center", ResourceCategory.DataAndInformation, "湖南省气象科学研究所", "朱晓明", "正高级工程师", RecognitionStatus.PublicNotice),
        new("湖南省茶叶种质资源库", "Hunan Provincial Tea Germplasm Resource Center", ResourceCategory.BiologicalAndMaterials, "湖南省茶叶研究所", "肖力争", "研究员", RecognitionStatus.Rejected),
        new("湖南省高校技术转移服务平台", "Hunan Provincial University Technology Transfer Service Platform", ResourceCategory.PublicServices, "长沙学院", "杨帆", "教授", RecognitionStatus.Returned),
    ];

    public static async Task SeedAsync(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock, FileStore files, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        if (await db.RecognitionBatches.AnyAsync(ct)) return;
        db.AuditAction = "导入演示数据";
        var now = clock.GetUtcNow();
        var today = now.ChinaDate();
        var batch = new RecognitionBatch
        {
            Title = "2026年度湖南省科技资源共享服务平台认定", Year = 2026, OpensOn = today.AddDays(-40), ClosesOn = today.AddDays(30),
            DepartmentDeadline = today.AddDays(45), NoticeWorkingDays = PublicNotice.DefaultWorkingDays, CreatedAt = now.AddDays(-41),
        };
        db.RecognitionBatches.Add(batch);
        var units = await db.HostUnits.AsNoTracking().ToDictionaryAsync(u => u.Name, ct);
        var accounts = await db.Users.AsNoTracking().Where(u => u.ExpertId != null && u.UserName!.StartsWith("expert")).ToDictionaryAsync(u => u.UserName!, u => u.ExpertId!.Value, ct);
        var experts = Enumerable.Range(1, 7).Select(n => accounts[$"expert{n}"]).ToList(); // expert1..expert7
        var template = DefaultTemplates.Recognition();
        var calendar = await db.LoadCalendarAsync(ct);
        var apps = new List<(RecognitionApplication App, Demo Demo)>();
        foreach (var d in Apps)
        {
            var unit = units[d.Host];
            var complete = d.Status != RecognitionStatus.Draft;
            var a = new RecognitionApplication
            {
                Batch = batch, HostUnitId = unit.Id, CompetentDepartmentId = unit.CompetentDepartmentId, Name = d.Name, EnglishName = d.English,
                Category = d.Category, ResourceSummary = $"{d.Name}依托{d.Host}建设，整合{d.Category.Label()}，面向全省开放共享。",
                StatementsJson = JsonSerializer.Serialize(RecognitionChecklist.Items.Where(i => complete || i.Condition == 1)
                    .ToDictionary(i => i.Code, i => $"{d.Host}：{i.Text}，详见佐证材料。"), Json),
                HeadName = d.Head, HeadEmployer = d.Host, HeadEmployment = EmploymentKind.FormalInService, HeadTitle = ProfessionalTitle.Senior,
                HeadTitleText = d.HeadTitle, HeadYearsInField = 15, HeadManagementYears = 8, HeadPhone = "0731-88" + (d.Name.Length * 3571 % 1000000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
                Status = d.Status, SubmittedAt = complete ? now.AddDays(-30) : null, UpdatedAt = now.AddDays(-2),
                LastReason = d.Status switch
                {
                    RecognitionStatus.Rejected => "专家论证认为资源体量和服务成效尚未达到省资源平台要求（第八条(一)）。",
                    RecognitionStatus.Returned => "运行管理方案中服务收费标准不明确，请补充后重新提交（第十四条）。",
                    _ => null,
                },
                NoticeStart = d.Status == RecognitionStatus.PublicNotice ? (d.Name.Contains("发酵") ? today.AddDays(-14) : today) : null,
            };
            // The calendar decides the 公示 end; past the years it holds, the demo application waits at 审批 instead of
            // showing a 公示 with no end (the admin enters the year, then approves it as a user would).
            if (a.NoticeStart is { } s)
            {
                if (PublicNotice.EndDate(calendar, s, batch.NoticeWorkingDays).TryGetValue(out var end)) a.NoticeEnd = end;
                else (a.Status, a.NoticeStart) = (RecognitionStatus.Approval, null);
            }
            db.RecognitionApplications.Add(a);
            apps.Add((a, d));
        }
        await db.SaveChangesAsync(ct);

        var evidence = new Dictionary<string, (string Stored, long Size)>();
        foreach (var item in RecognitionChecklist.Items)
            foreach (var e in item.Evidence)
                evidence[e.Code] = await WriteAsync(files, $"demo-evidence-{e.Code}.pdf",
                    DemoFiles.Pdf(e.Name, [$"基本条件{item.Code}：{item.Text}", "（演示材料）本文件为演示数据生成的佐证材料样例。"]), ct);
        foreach (var (a, d) in apps)
        {
            if (d.Status != RecognitionStatus.Draft)
            {
                var plan = await WriteAsync(files, $"demo-plan-{a.Id}.pdf", DemoFiles.Pdf("湖南省科技资源共享服务平台运行管理方案",
                    [$"平台名称：{a.Name}", $"依托单位：{d.Host}", $"平台负责人：{d.Head}（{d.HeadTitle}）", $"资源类别：{d.Category.Label()}",
                     "一、建设目标与资源概况", "二、运行管理制度与服务机制", "三、开放共享与收费标准（第十四条）", "（演示材料）"]), ct);
                AddFiles(db, a, now, plan, evidence);
            }
            foreach (var (action, days) in Steps(d.Status))
                db.ApplicationHistory.Add(new ApplicationHistory { ApplicationId = a.Id, At = now.AddDays(-days), Actor = "演示数据", Action = action });
        }
        var expertReview = apps.First(x => x.Demo.Name.Contains("岩土")).App;
        var onSite = apps.First(x => x.Demo.Name.Contains("先进材料")).App;
        var laterPanels = apps.Where(x => x.Demo.Status is RecognitionStatus.OnSiteInspection or RecognitionStatus.Proposed or RecognitionStatus.Approval or RecognitionStatus.PublicNotice).Select(x => x.App).ToList();
        var panels = laterPanels.Select(a => (a, p: AddPanel(db, a, template, [experts[0], experts[1], experts[2], experts[5], experts[6]], now, closed: true))).ToList();
        panels.Add((expertReview, AddPanel(db, expertReview, template, experts.Take(5).ToList(), now, closed: false)));
        await db.SaveChangesAsync(ct);
        foreach (var (a, p) in panels) a.PanelId = p.Id;
        foreach (var a in laterPanels.Where(a => a != onSite))
            db.SiteInspections.Add(new SiteInspection
            {
                ApplicationId = a.Id, InspectedOn = today.AddDays(-10), Participants = "张明远、李晓红、王建华（专家）；周婷（湖南省科技评估中心）",
                ItemsJson = JsonSerializer.Serialize(RecognitionChecklist.Items.Select(i => new { i.Code, i.Text, Verdict = "符合", Note = "现场核实一致" }), Json),
                Conclusion = "现场核实情况与申报材料一致，建议认定。", Completed = true, CompletedAt = now.AddDays(-10),
            });
        await db.SaveChangesAsync(ct);
        var photo = await WriteAsync(files, "demo-inspection-photo.png", DemoFiles.Png(), ct);
        foreach (var i in await db.SiteInspections.ToListAsync(ct))
            db.ApplicationFiles.Add(new ApplicationFile
            {
                ApplicationId = i.ApplicationId, Kind = FileKind.InspectionPhoto, InspectionId = i.Id, FileName = "现场考察照片.png", ContentType = "image/png",
                Size = photo.Size, StoredName = photo.Stored, UploadedAt = now.AddDays(-10), UploadedBy = "演示数据",
            });
        await db.SaveChangesAsync(ct);
    }

    private static async Task<(string Stored, long Size)> WriteAsync(FileStore files, string storedName, byte[] content, CancellationToken ct)
    {
        await files.WriteAsync(storedName, content, ct);
        return (storedName, content.Length);
    }

    private static void AddFiles(WorkbenchDbContext db, RecognitionApplication a, DateTimeOffset now, (string Stored, long Size) plan, Dictionary<string, (string Stored, long Size)> evidence)
    {
        db.ApplicationFiles.Add(new ApplicationFile { ApplicationId = a.Id, Kind = FileKind.OperationPlan, FileName = "湖南省科技资源共享服务平台运行管理方案.pdf", ContentType = "application/pdf", Size = plan.Size, StoredName = plan.Stored, UploadedAt = now.AddDays(-31), UploadedBy = "演示数据" });
        foreach (var e in RecognitionChecklist.Items.SelectMany(i => i.Evidence))
            db.ApplicationFiles.Add(new ApplicationFile { ApplicationId = a.Id, Kind = FileKind.Evidence, EvidenceCode = e.Code, FileName = e.Name + ".pdf", ContentType = "application/pdf", Size = evidence[e.Code].Size, StoredName = evidence[e.Code].Stored, UploadedAt = now.AddDays(-31), UploadedBy = "演示数据" });
    }

    private static ReviewPanel AddPanel(WorkbenchDbContext db, RecognitionApplication a, IndicatorTemplate template, List<int> members, DateTimeOffset now, bool closed)
    {
        var panel = new ReviewPanel
        {
            Kind = PanelKind.Recognition, SubjectId = a.Id, SubjectTitle = a.Name, HostUnitId = a.HostUnitId, HostUnitName = a.HeadEmployer,
            TemplateJson = JsonSerializer.Serialize(template, Json), Status = closed ? PanelStatus.Closed : PanelStatus.Open, CreatedAt = now.AddDays(-12),
            Deadline = DateOnly.FromDateTime(now.AddDays(closed ? -5 : 7).DateTime), ClosedAt = closed ? now.AddDays(-11) : null,
            Members = members.Select((id, i) => new PanelMember { ExpertId = id, IsChair = i == 0, AssignedAt = now.AddDays(-12) }).ToList(),
        };
        var items = template.AllItems.ToList();
        for (var i = 0; i < members.Count; i++)
        {
            // Open panel: expert1 and expert2 submitted, expert3 and expert4 drafts, expert5 not started.
            var submitted = closed || i < 2;
            if (!closed && i == 4) continue;
            var ratio = 0.7m + 0.05m * i;
            var filled = submitted ? items : items.Take(4).ToList();
            var scores = filled.ToDictionary(it => it.Code, it => (decimal?)(Math.Round(it.MaxPoints * ratio * 2) / 2));
            panel.Sheets.Add(new ScoreSheetRecord
            {
                ExpertId = members[i], Items = EvaluationSeed.ScoreRows(scores, now.AddDays(-3)),
                OverallComment = submitted ? "资源特色明显，运行管理方案较完整，建议通过论证。" : null,
                Status = submitted ? SheetStatus.Submitted : SheetStatus.Draft, SavedAt = now.AddDays(-3), SubmittedAt = submitted ? now.AddDays(-3) : null,
                Signature = submitted ? DemoSignature : null,
            });
        }
        if (closed) panel.ComputedScore = 80m;
        db.ReviewPanels.Add(panel);
        return panel;
    }

    private static IEnumerable<(string Action, int DaysAgo)> Steps(RecognitionStatus s)
    {
        yield return ("新建申请草稿", 35);
        if (s == RecognitionStatus.Draft) yield break;
        yield return ("提交申报", 30);
        if (s == RecognitionStatus.Submitted) yield break;
        yield return ("开始审核", 28);
        if (s == RecognitionStatus.DepartmentReview) yield break;
        if (s == RecognitionStatus.Returned) { yield return ("退回修改", 26); yield break; }
        yield return ("审核通过并报送省科技厅", 25);
        if (s == RecognitionStatus.FormalReview) yield break;
        yield return ("形式审查通过", 20);
        if (s == RecognitionStatus.Rejected) { yield return ("不予通过", 12); yield break; }
        if (s == RecognitionStatus.ExpertReview) yield break;
        yield return ("专家论证通过", 11);
        if (s == RecognitionStatus.OnSiteInspection) yield break;
        yield return ("完成现场考察核实", 10);
        yield return ("提出认定建议", 9);
        if (s == RecognitionStatus.Proposed) yield break;
        yield return ("报请审批", 8);
        if (s == RecognitionStatus.Approval) yield break;
        yield return ("审批通过并公示", 7);
    }
}

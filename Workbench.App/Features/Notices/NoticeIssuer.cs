using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.Core.Documents;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using NumberRule = Workbench.Core.Numbering.DocumentNumber;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Notices;

/// <summary>
/// Issues official notices (公文) at the state changes that call for them, in the caller's transaction: it only adds
/// <see cref="OfficialNotice"/> rows to the caller's context, which saves them with its own change (and audit).
/// 发文字号 from Core (<see cref="NumberRule.Next"/>) per prefix and year.
/// </summary>
public static class NoticeIssuer
{
    public const string Prefix = "湘科资";
    public const string IssuerMark = "湖南省科学技术厅文件";
    public const string Issuer = "湖南省科学技术厅";
    public const string PrintedBy = "湖南省科学技术厅办公室";
    public const string Measures = "《湖南省科技资源共享服务平台管理办法》（湘科发〔2024〕130号）";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] ListHeaders = ["序号", "平台名称", "依托单位", "主管部门"];
    private static readonly float[] ListWeights = [1.8f, 6.8f, 4.8f, 4.3f];

    /// <summary>第八条(二)3: the 公示 of one application proposed for recognition.</summary>
    public static async Task RecognitionPublicityAsync(WorkbenchDbContext db, RecognitionApplication a, UserScope scope, TimeProvider clock, CancellationToken ct)
    {
        var (host, dept) = await NamesAsync(db, a.HostUnitId, a.CompetentDepartmentId, ct);
        var batch = a.Batch ?? await db.RecognitionBatches.AsNoTracking().FirstAsync(b => b.Id == a.BatchId, ct);
        var start = a.NoticeStart!.Value;
        var end = a.NoticeEnd!.Value;
        var body = new List<NoticeContent>
        {
            new NoticeParagraph($"根据{Measures}第八条，经依托单位申请、主管部门推荐、形式审查、专家评审和现场考察核实，{batch.Title}拟认定以下平台为湖南省科技资源共享服务平台，现予以公示。"),
            new NoticeTable(new DocumentTable(ListHeaders, [["1", a.Name, host, dept]], ListWeights)),
            new NoticeParagraph($"公示期为{DocumentText.ChineseDate(start)}至{DocumentText.ChineseDate(end)}（{batch.NoticeWorkingDays}个工作日）。公示期间，任何单位和个人对公示平台有异议的，可在“公示公告”栏目以真实姓名提出书面异议，写明事实和理由并留下联系方式；匿名或逾期提出的异议不予受理。"),
        };
        var n = await Add(db, NoticeKind.RecognitionPublicity, $"关于{a.Name}拟认定为湖南省科技资源共享服务平台的公示", "各有关单位：", body, scope, clock, null, ct);
        n.NoticeStart = start;
        n.NoticeEnd = end;
        n.RecognitionBatchId = a.BatchId;
        n.ApplicationId = a.Id;
        n.Units.Add(new OfficialNoticeUnit { PlatformName = a.Name, HostUnitId = a.HostUnitId, DepartmentId = a.CompetentDepartmentId });
    }

    /// <summary>第九条: the 认定通知 once the 公示 has concluded and the platform enters the registry (call after the platform is attached).</summary>
    public static async Task RecognitionNoticeAsync(WorkbenchDbContext db, RecognitionApplication a, UserScope scope, TimeProvider clock, CancellationToken ct)
    {
        var (host, dept) = await NamesAsync(db, a.HostUnitId, a.CompetentDepartmentId, ct);
        var body = new List<NoticeContent>
        {
            new NoticeParagraph($"根据{Measures}第八条、第九条，经申报推荐、专家评审、现场考察核实和公示，省科技厅决定认定{a.Name}为湖南省科技资源共享服务平台，授予牌匾和证书（证书编号：{a.CertificateNumber}）。"),
            new NoticeTable(new DocumentTable([.. ListHeaders, "证书编号"], [["1", a.Name, host, dept, a.CertificateNumber ?? ""]], [1.8f, 5.2f, 4.2f, 3.8f, 5.6f])),
            new NoticeParagraph("请依托单位按照《管理办法》要求，落实平台负责人和专职服务人员，完善运行管理制度，做好开放共享服务，按时报送年度工作总结和计划，接受主管部门和省科技厅的监督管理与考核评估。"),
        };
        var n = await Add(db, NoticeKind.RecognitionNotice, $"关于认定{a.Name}为湖南省科技资源共享服务平台的通知", $"{host}、{dept}：", body, scope, clock, dept, ct);
        n.RecognitionBatchId = a.BatchId;
        n.ApplicationId = a.Id;
        n.Units.Add(new OfficialNoticeUnit { PlatformName = a.Name, Platform = a.Platform, PlatformId = a.PlatformId, HostUnitId = a.HostUnitId, DepartmentId = a.CompetentDepartmentId });
    }

    /// <summary>A registry platform as listed in a notice.</summary>
    public sealed record ListedPlatform(int Id, string Name, int HostUnitId, string Host, int DepartmentId, string Dept, string? CertificateNumber);

    /// <summary>第九条: one 认定通知 listing several platforms recognised together (as the province issues them per batch).</summary>
    public static async Task RecognitionListNoticeAsync(WorkbenchDbContext db, string batchTitle, IReadOnlyList<ListedPlatform> platforms, UserScope scope, TimeProvider clock, CancellationToken ct)
    {
        var body = new List<NoticeContent>
        {
            new NoticeParagraph($"根据{Measures}第八条、第九条，经申报推荐、专家评审、现场考察核实和公示，省科技厅决定认定以下{platforms.Count}家平台为湖南省科技资源共享服务平台，并授予牌匾和证书。"),
            new NoticeTable(new DocumentTable([.. ListHeaders, "证书编号"],
                platforms.Select((p, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name, p.Host, p.Dept, p.CertificateNumber ?? ""]).ToList(),
                [1.8f, 5.2f, 4.2f, 3.8f, 5.6f])),
            new NoticeParagraph("请各依托单位按照《管理办法》要求，落实平台负责人和专职服务人员，完善运行管理制度，做好开放共享服务，按时报送年度工作总结和计划，接受主管部门和省科技厅的监督管理与考核评估。"),
        };
        var n = await Add(db, NoticeKind.RecognitionNotice, $"关于认定{batchTitle}湖南省科技资源共享服务平台的通知", "各市州科技局，省直有关部门，各有关单位：", body, scope, clock, null, ct);
        foreach (var p in platforms)
            n.Units.Add(new OfficialNoticeUnit { PlatformId = p.Id, PlatformName = p.Name, HostUnitId = p.HostUnitId, DepartmentId = p.DepartmentId });
    }

    /// <summary>第十七条: the 公示 of a round's proposed grades (the rows just moved to 公示).</summary>
    public static async Task EvaluationPublicityAsync(WorkbenchDbContext db, int roundId, IReadOnlyList<RoundPlatform> rows, UserScope scope, TimeProvider clock, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var round = await db.EvaluationRounds.AsNoTracking().FirstAsync(r => r.Id == roundId, ct);
        var list = await GradeTableAsync(db, rows, ct);
        var start = rows.Min(r => r.NoticeStart!.Value);
        var end = rows.Max(r => r.NoticeEnd!.Value);
        var body = new List<NoticeContent>
        {
            new NoticeParagraph($"根据{Measures}第十六条、第十七条，经材料审核和专家评估，{round.Title}拟定评估结果如下，现予以公示。"),
            new NoticeTable(list),
            new NoticeParagraph($"公示期为{DocumentText.ChineseDate(start)}至{DocumentText.ChineseDate(end)}（5个工作日）。对公示结果有异议的，请在公示期内以书面形式向省科技厅实名反映，写明事实和理由并留下联系方式；逾期不予受理。"),
        };
        var n = await Add(db, NoticeKind.EvaluationPublicity, $"关于{round.Title}结果的公示", "各有关单位：", body, scope, clock, null, ct);
        n.RoundId = roundId;
        n.NoticeStart = start;
        n.NoticeEnd = end;
        await AddUnitsAsync(db, n, rows, ct);
    }

    /// <summary>第十七条: the 评估结果通知 for the rows just published, then the rectification and removal notices the publication caused.</summary>
    public static async Task EvaluationNoticeAsync(WorkbenchDbContext db, int roundId, IReadOnlyList<RoundPlatform> rows, UserScope scope, TimeProvider clock, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var round = await db.EvaluationRounds.AsNoTracking().FirstAsync(r => r.Id == roundId, ct);
        var body = new List<NoticeContent>
        {
            new NoticeParagraph($"根据{Measures}第十六条、第十七条，省科技厅组织开展了{round.Title}。经材料审核、专家评估和公示，现将评估结果予以公布（见下表）。"),
            new NoticeTable(await GradeTableAsync(db, rows, ct)),
            new NoticeParagraph("评估结果为优秀的平台，省科技厅将在政策和项目上予以支持；评估结果为合格的平台，继续保留省资源平台资格；首次评估结果为不合格的平台，限期整改并进行复评，复评仍不合格的，撤销其省资源平台资格并收回牌匾。整改和撤销事项另行通知。"),
            new NoticeParagraph("请各依托单位和主管部门对照评估意见，持续加强平台建设和运行管理，提升开放共享服务水平。"),
        };
        var n = await Add(db, NoticeKind.EvaluationNotice, $"关于公布{round.Title}结果的通知", "各有关依托单位、主管部门：", body, scope, clock, "各市州科技局，省直有关部门", ct);
        n.RoundId = roundId;
        await AddUnitsAsync(db, n, rows, ct);
        await AdjustmentNoticesAsync(db, scope, clock, ct);
    }

    /// <summary>
    /// 第十七条、第十八条: a 整改通知书 to the host unit for every rectification case opened in this transaction and a
    /// 撤销（摘牌）通知 with the plaque recall for every platform revoked in it.
    /// </summary>
    public static async Task AdjustmentNoticesAsync(WorkbenchDbContext db, UserScope scope, TimeProvider clock, CancellationToken ct)
    {
        var opened = db.ChangeTracker.Entries<Rectification>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var revoked = db.ChangeTracker.Entries<Platform>()
            .Where(e => e.State == EntityState.Modified && e.Entity.Status == PlatformStatus.Revoked && e.Property(p => p.Status).OriginalValue != PlatformStatus.Revoked)
            .Select(e => e.Entity).ToList();
        if (opened.Count == 0 && revoked.Count == 0) return;
        var ids = opened.Select(r => r.PlatformId).Concat(revoked.Select(p => p.Id)).Distinct().ToList();
        var info = await db.Platforms.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.HostUnitId, Host = p.HostUnit!.Name, p.CompetentDepartmentId, Dept = p.CompetentDepartment!.Name, p.CertificateNumber })
            .ToDictionaryAsync(p => p.Id, ct);
        var rounds = db.ChangeTracker.Entries<RoundPlatform>().Select(e => e.Entity).Where(r => r.Round is not null).GroupBy(r => r.PlatformId).ToDictionary(g => g.Key, g => g.First());
        foreach (var c in opened)
        {
            var p = info[c.PlatformId];
            await RectificationNoticeAsync(db, c, p.Id, p.Name, p.HostUnitId, p.Host, p.CompetentDepartmentId, p.Dept,
                rounds.TryGetValue(c.PlatformId, out var rp) ? rp.RoundId : null, scope, clock, ct);
        }
        foreach (var platform in revoked)
        {
            var p = info[platform.Id];
            var reason = platform.Events.Where(e => e.Id == 0).Select(e => e.Detail).LastOrDefault(d => !string.IsNullOrWhiteSpace(d));
            var body = new List<NoticeContent>
            {
                new NoticeParagraph($"{(rounds.TryGetValue(p.Id, out var r) && r.Round is { } round ? $"在{round.Title}中，" : "")}{p.Name}{(reason is null ? "经核实不再符合省资源平台的管理要求" : $"：{reason.TrimEnd('。')}")}。"),
                new NoticeParagraph($"根据{Measures}第十七条、第十八条，省科技厅决定撤销{p.Name}的湖南省科技资源共享服务平台资格，将其移出平台名录，收回牌匾和证书（证书编号：{p.CertificateNumber ?? "无"}）。"),
                new NoticeParagraph("请你单位自本通知印发之日起停止以“湖南省科技资源共享服务平台”名义开展活动，将牌匾和证书交回省科技厅，并在单位网站和宣传材料中删除相关标识。"),
            };
            var n = await Add(db, NoticeKind.Removal, $"关于撤销{p.Name}湖南省科技资源共享服务平台资格的通知", $"{p.Host}：", body, scope, clock, p.Dept, ct);
            n.RoundPlatformId = r?.Id;
            n.RoundId = r?.RoundId;
            n.Units.Add(new OfficialNoticeUnit { PlatformId = p.Id, PlatformName = p.Name, HostUnitId = p.HostUnitId, DepartmentId = p.CompetentDepartmentId });
        }
    }

    /// <summary>第十七条: the 整改通知书 to the host unit for one rectification case.</summary>
    public static async Task RectificationNoticeAsync(WorkbenchDbContext db, Rectification c, int platformId, string platform, int hostUnitId, string host,
        int departmentId, string dept, int? roundId, UserScope scope, TimeProvider clock, CancellationToken ct)
    {
        var body = new List<NoticeContent>
        {
            new NoticeParagraph($"{c.Reason?.TrimEnd('。')}。"),
            new NoticeParagraph($"根据{Measures}第十七条，请你单位对{platform}存在的问题进行认真整改，于{DocumentText.ChineseDate(c.DueOn)}前完成整改，并通过省科技资源共享服务平台管理系统提交整改报告，经主管部门审核后报省科技厅。"),
            new NoticeParagraph("整改期满后，省科技厅将组织复评。复评合格的，恢复正常运行；逾期未提交整改报告、整改不到位或复评仍不合格的，撤销其省资源平台资格，收回牌匾。"),
        };
        var n = await Add(db, NoticeKind.Rectification, $"关于{platform}限期整改的通知", $"{host}：", body, scope, clock, dept, ct);
        n.Rectification = c;
        n.RoundPlatformId = c.RoundPlatformId;
        n.RoundId = roundId;
        n.Units.Add(new OfficialNoticeUnit { PlatformId = platformId, PlatformName = platform, HostUnitId = hostUnitId, DepartmentId = departmentId });
    }

    /// <summary>Reads a snapshot back.</summary>
    public static OfficialNoticeModel Read(string json) =>
        JsonSerializer.Deserialize<OfficialNoticeModel>(json, Json) ?? throw new InvalidOperationException("公文快照无法读取。");

    private static async Task<OfficialNotice> Add(WorkbenchDbContext db, NoticeKind kind, string title, string addressees,
        List<NoticeContent> body, UserScope scope, TimeProvider clock, string? copyTo, CancellationToken ct)
    {
        var today = clock.ChinaToday();
        var number = await NextNumberAsync(db, today.Year, ct);
        var model = new OfficialNoticeModel(IssuerMark, new DocumentNumber(number.Prefix, number.Year, number.Sequence), title, addressees, body,
            [new SealModel(Issuer)], today, CopyTo: copyTo, PrintedBy: PrintedBy, PrintedOn: today);
        var check = model.Validate();
        if (!check.Passed) throw new InvalidOperationException(string.Join("；", check.Problems));
        var n = new OfficialNotice
        {
            Kind = kind, Prefix = number.Prefix, Year = number.Year, Sequence = number.Sequence, Number = number.Format(), Title = title,
            IssuedOn = today, IssuedAt = clock.GetUtcNow(), IssuedBy = scope.DisplayName, ModelJson = JsonSerializer.Serialize(model, Json),
        };
        db.OfficialNotices.Add(n);
        return n;
    }

    /// <summary>
    /// The next 发文字号 of the year from the database counter, in the save's transaction: distinct across instances and
    /// across several notices issued in one save; never below the highest already issued.
    /// </summary>
    private static async Task<NumberRule> NextNumberAsync(WorkbenchDbContext db, int year, CancellationToken ct)
    {
        var saved = await db.OfficialNotices.AsNoTracking().Where(n => n.Prefix == Prefix && n.Year == year).Select(n => (int?)n.Sequence).MaxAsync(ct) ?? 0;
        var next = await db.NextNumberAsync($"notice:{Prefix}:{year}", saved, ct);
        return new NumberRule(Prefix, year, checked((int)next));
    }

    private static async Task<(string Host, string Dept)> NamesAsync(WorkbenchDbContext db, int hostUnitId, int departmentId, CancellationToken ct)
    {
        var host = await db.HostUnits.AsNoTracking().Where(h => h.Id == hostUnitId).Select(h => h.Name).FirstAsync(ct);
        var dept = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.Name).FirstAsync(ct);
        return (host, dept);
    }

    private static async Task<DocumentTable> GradeTableAsync(WorkbenchDbContext db, IReadOnlyList<RoundPlatform> rows, CancellationToken ct)
    {
        var names = await PlatformNamesAsync(db, rows, ct);
        var ordered = rows.OrderBy(r => r.Grade).ThenByDescending(r => r.PanelScore).ThenBy(r => names[r.PlatformId].Name).ToList();
        return new DocumentTable(["序号", "平台名称", "依托单位", "主管部门", "评估等次"],
            ordered.Select((r, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), names[r.PlatformId].Name + (r.IsReEvaluation ? "（复评）" : ""),
                names[r.PlatformId].Host, names[r.PlatformId].Dept, r.Grade?.Label() ?? "—"]).ToList(), [1.8f, 5.8f, 4.3f, 3.9f, 2.6f]);
    }

    private sealed record Names(int Id, string Name, int HostUnitId, string Host, int DepartmentId, string Dept);

    private static Task<Dictionary<int, Names>> PlatformNamesAsync(WorkbenchDbContext db, IReadOnlyList<RoundPlatform> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.PlatformId).Distinct().ToList();
        return db.Platforms.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new Names(p.Id, p.Name, p.HostUnitId, p.HostUnit!.Name, p.CompetentDepartmentId, p.CompetentDepartment!.Name))
            .ToDictionaryAsync(p => p.Id, ct);
    }

    private static async Task AddUnitsAsync(WorkbenchDbContext db, OfficialNotice n, IReadOnlyList<RoundPlatform> rows, CancellationToken ct)
    {
        var names = await PlatformNamesAsync(db, rows, ct);
        foreach (var r in rows)
            n.Units.Add(new OfficialNoticeUnit { PlatformId = r.PlatformId, PlatformName = names[r.PlatformId].Name, HostUnitId = names[r.PlatformId].HostUnitId, DepartmentId = names[r.PlatformId].DepartmentId });
    }
}

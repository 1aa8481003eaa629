using Workbench.App.Data;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Recognition;

namespace Workbench.App.Features.Recognition;

/// <summary>现场考察核实 (第八条(二)2, 第十八条) and 公示 with objections (第八条(二)3).</summary>
public sealed partial class RecognitionService
{
    private static readonly JsonSerializerOptions ItemJson = new(JsonSerializerDefaults.Web);

    /// <summary>The on-site checklist: the 第八条(一) sub-items plus the configurable extra items (Recognition:InspectionExtraItems).</summary>
    public IReadOnlyList<InspectionItem> InspectionTemplate()
    {
        var extra = config.GetSection("Recognition:InspectionExtraItems").Get<string[]>()
            ?? ["运行管理方案所述内容与现场情况一致", "网络安全、应急管理和容灾备份措施落实（第十二条）", "申报材料中的仪器设备、数据资源真实存在"];
        return RecognitionChecklist.Items.Select(i => new InspectionItem(i.Code, i.Text, null, null))
            .Concat(extra.Select((t, n) => new InspectionItem($"X{n + 1}", t, null, null))).ToList();
    }

    public async Task<InspectionEditModel?> LoadInspectionAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        if (scope.Role is not (Role.Agency or Role.Admin)) return null;
        await using var db = await dbf.CreateDbContextAsync(ct);
        if (!await db.RecognitionApplications.VisibleTo(scope).AnyAsync(a => a.Id == id, ct)) return null;
        var i = await db.SiteInspections.AsNoTracking().FirstOrDefaultAsync(x => x.ApplicationId == id, ct);
        if (i is null) return new InspectionEditModel { Items = [.. InspectionTemplate()], InspectedOn = Today.ToDateTime(TimeOnly.MinValue) };
        return new InspectionEditModel
        {
            InspectedOn = i.InspectedOn?.ToDateTime(TimeOnly.MinValue), Participants = i.Participants,
            Items = JsonSerializer.Deserialize<List<InspectionItem>>(i.ItemsJson, ItemJson) ?? [], FalsifiedFound = i.FalsifiedFound,
            FalsifiedDetail = i.FalsifiedDetail, Conclusion = i.Conclusion, Version = i.Version,
        };
    }

    /// <summary>
    /// Saves the record; with <paramref name="complete"/> every item needs a verdict, the date and participants. A falsification
    /// finding stops the application: 未通过 with the reason (第十八条).
    /// </summary>
    public async Task<SaveResult> SaveInspectionAsync(UserScope scope, int id, InspectionEditModel m, bool complete, CancellationToken ct = default)
    {
        if (scope.Role != Role.Agency) return SaveResult.Fail("现场考察核实由第三方机构记录。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var a = await db.RecognitionApplications.VisibleTo(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return SaveResult.Fail("未找到或无权查看该申请。");
        if (a.Status != RecognitionStatus.OnSiteInspection) return SaveResult.Fail($"申请当前状态为“{a.Status.Label()}”，不在现场考察阶段。");
        var errors = new List<string>();
        if (m.FalsifiedFound && string.IsNullOrWhiteSpace(m.FalsifiedDetail)) errors.Add("认定弄虚作假须写明发现的具体情况（第十八条）。");
        if (complete)
        {
            if (m.InspectedOn is null) errors.Add("请填写考察日期。");
            if (string.IsNullOrWhiteSpace(m.Participants)) errors.Add("请填写参加考察的人员。");
            errors.AddRange(m.Items.Where(i => i.Verdict is null).Select(i => $"考察项“{i.Code} {i.Text}”尚未给出核实结论。"));
            errors.AddRange(m.Items.Where(i => i.Verdict is InspectionVerdicts.NotConform && string.IsNullOrWhiteSpace(i.Note)).Select(i => $"考察项“{i.Code}”为不符合，请填写说明。"));
            if (!m.FalsifiedFound && string.IsNullOrWhiteSpace(m.Conclusion)) errors.Add("请填写考察结论。");
        }
        if (errors.Count > 0) return SaveResult.Fail(errors);
        var i = await db.SiteInspections.FirstOrDefaultAsync(x => x.ApplicationId == id, ct);
        if (i is null) i = db.SiteInspections.Add(new SiteInspection { ApplicationId = id }).Entity;
        else db.Entry(i).Property(x => x.Version).OriginalValue = m.Version;
        i.InspectedOn = m.InspectedOn is { } d ? DateOnly.FromDateTime(d) : null;
        i.Participants = m.Participants?.Trim();
        i.ItemsJson = JsonSerializer.Serialize(m.Items, ItemJson);
        i.FalsifiedFound = m.FalsifiedFound;
        i.FalsifiedDetail = m.FalsifiedDetail?.Trim();
        i.Conclusion = m.Conclusion?.Trim();
        db.AuditAction = "保存现场考察记录";
        if (complete)
        {
            i.Completed = true;
            i.CompletedAt = clock.GetUtcNow();
            AddHistory(db, id, scope, "完成现场考察核实", $"{i.InspectedOn:yyyy年M月d日}；参加人员：{i.Participants}");
            db.AuditAction = "完成现场考察核实";
            if (m.FalsifiedFound)
            {
                var step = RecognitionWorkflow.Apply(a.Status, RecognitionAction.Reject, Role.Agency);
                if (!step.Succeeded) return SaveResult.Fail(step.Check.Problems);
                a.Status = step.Status;
                a.LastReason = $"现场考察发现申报材料弄虚作假：{i.FalsifiedDetail}（第十八条，取消申报资格）";
                a.UpdatedAt = clock.GetUtcNow();
                AddHistory(db, id, scope, "现场考察认定弄虚作假，不予通过", a.LastReason);
                db.AuditAction = "认定弄虚作假并终止申请";
            }
        }
        var saved = await SaveResult.SaveAsync(db, () => i.Id, "考察记录刚刚被他人修改过。请刷新页面后再保存。", ct);
        if (saved.Ok && complete && m.FalsifiedFound) await ReportFalsificationAsync(db, a, i, ct);
        return saved;
    }

    /// <summary>第十八条: whether fraud is a 失信行为 with its consequences is the 省科技厅's determination, not the
    /// inspecting agency's — so the finding goes to every admin's inbox, linked to the integrity form prefilled from
    /// this inspection (<see cref="Supervision.Integrity.IntegrityService.FromInspectionAsync"/>).</summary>
    private async Task ReportFalsificationAsync(WorkbenchDbContext db, RecognitionApplication a, SiteInspection i, CancellationToken ct)
    {
        var unit = await db.HostUnits.Where(u => u.Id == a.HostUnitId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        var admins = await Supervision.SupervisionCommon.UsersInRoleAsync(db, Role.Admin, ct);
        await inbox.SendAsync(admins.Select(u => new Supervision.InboxNote(u, $"现场考察发现弄虚作假：{a.Name}",
            $"第三方机构于{i.InspectedOn:yyyy年M月d日}现场考察认定“{a.Name}”（依托单位：{unit}）申报材料弄虚作假：{i.FalsifiedDetail}" +
            "申请已终止。请在“监督管理 → 诚信记录”认定失信行为，依第十八条确定取消申报资格等处理。",
            $"/supervision/integrity/new?application={a.Id}", $"inspection-fraud-{a.Id}")), ct);
    }

    /// <summary>The public list: applications under 公示 today (no login).</summary>
    public async Task<IReadOnlyList<NoticeRow>> NoticesAsync(CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var today = Today;
        return await db.RecognitionApplications.AsNoTracking()
            .Where(a => a.Status == RecognitionStatus.PublicNotice && a.NoticeStart <= today && a.NoticeEnd >= today)
            .OrderBy(a => a.Id)
            .Select(a => new NoticeRow(a.Id, a.Name, a.EnglishName, a.Category, a.HostUnit!.Name, a.HeadName, a.NoticeStart!.Value, a.NoticeEnd!.Value))
            .ToListAsync(ct);
    }

    /// <summary>第八条(二)3: a written objection with real name and contact, only while the 公示 is open.</summary>
    public async Task<SaveResult> SubmitObjectionAsync(int id, string? name, string? contact, string? content, string? ip, CancellationToken ct = default)
    {
        var errors = new List<string>();
        var n = name?.Trim() ?? "";
        if (n.Length is < 2 or > 20 || !n.All(c => c is >= '\u4e00' and <= '\u9fff' or '·'))
            errors.Add("请填写真实姓名（2至20个汉字）。异议须实名提出。");
        var c = contact?.Trim() ?? "";
        if (!System.Text.RegularExpressions.Regex.IsMatch(c, @"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|[^@\s]+@[^@\s]+\.[^@\s]+)$"))
            errors.Add("请填写有效的联系方式（手机号、固定电话或电子邮箱），以便核实和反馈。");
        var t = content?.Trim() ?? "";
        if (t.Length < 20) errors.Add("异议内容请具体说明事实和理由（不少于20字）。");
        if (t.Length > 2000) errors.Add("异议内容请控制在2000字以内。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var today = Today;
        var open = await db.RecognitionApplications.AnyAsync(a => a.Id == id && a.Status == RecognitionStatus.PublicNotice && a.NoticeStart <= today && a.NoticeEnd >= today, ct);
        if (!open) errors.Add("该平台不在公示期内，不再受理异议。");
        if (errors.Count > 0) return SaveResult.Fail(errors);
        var o = new NoticeObjection { ApplicationId = id, Name = n, Contact = c, Content = t, SubmittedAt = clock.GetUtcNow(), IpAddress = ip, Status = ObjectionStatus.Pending };
        db.NoticeObjections.Add(o);
        db.AuditAction = "受理公示异议";
        await db.SaveChangesAsync(ct);
        return SaveResult.Success(o.Id);
    }

    /// <summary>The admin decides an objection: upheld or dismissed, with a reason.</summary>
    public async Task<SaveResult> ResolveObjectionAsync(UserScope scope, int objectionId, bool upheld, string? reason, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return SaveResult.Fail("公示异议由省科技厅处理。");
        if (string.IsNullOrWhiteSpace(reason)) return SaveResult.Fail("请填写处理意见。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var o = await db.NoticeObjections.FirstOrDefaultAsync(x => x.Id == objectionId, ct);
        if (o is null) return SaveResult.Fail("该异议不存在。");
        if (o.Status != ObjectionStatus.Pending) return SaveResult.Fail("该异议已处理。");
        o.Status = upheld ? ObjectionStatus.Upheld : ObjectionStatus.Dismissed;
        o.Resolution = reason.Trim();
        o.ResolvedAt = clock.GetUtcNow();
        o.ResolvedBy = scope.DisplayName;
        AddHistory(db, o.ApplicationId, scope, upheld ? "公示异议成立" : "公示异议不成立", $"{o.Name}：{o.Resolution}");
        db.AuditAction = "处理公示异议";
        await db.SaveChangesAsync(ct);
        return SaveResult.Success(o.ApplicationId);
    }
}

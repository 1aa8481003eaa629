using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.App.Features.Reviews;
using Workbench.Core;
using Workbench.Core.Calendar;
using Workbench.Core.Numbering;
using Workbench.Core.Platforms;
using Workbench.Core.Recognition;
using Workbench.Core.Scoring;

namespace Workbench.App.Features.Recognition;

/// <summary>第八条(二): the steps. Every transition goes through Core RecognitionWorkflow.Apply; each is audited and in the history.</summary>
public sealed partial class RecognitionService
{
    private static readonly RecognitionAction[] NeedReason = [RecognitionAction.Return, RecognitionAction.Reject];

    /// <summary>Takes a workflow step for the signed-in role, after the step's own checks; one save.</summary>
    public async Task<SaveResult> ActAsync(UserScope scope, int id, RecognitionAction action, string? reason, CancellationToken ct = default)
    {
        if (scope.Role is not Role role) return SaveResult.Fail("未登录。");
        if (NeedReason.Contains(action) && string.IsNullOrWhiteSpace(reason))
            return SaveResult.Fail($"“{action.Label()}”须填写理由，以便依托单位知悉。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var a = await db.RecognitionApplications.VisibleTo(scope).Include(x => x.Batch).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return SaveResult.Fail("未找到或无权查看该申请。");
        var step = RecognitionWorkflow.Apply(a.Status, action, role);
        if (!step.Succeeded) return SaveResult.Fail(step.Check.Problems);
        var guard = await GuardAsync(db, a, action, ct);
        if (!guard.Passed) return SaveResult.Fail(guard.Problems);

        var from = a.Status;
        a.Status = step.Status;
        a.UpdatedAt = clock.GetUtcNow();
        if (NeedReason.Contains(action)) a.LastReason = reason!.Trim();
        string? detail = NeedReason.Contains(action) ? $"理由：{reason!.Trim()}" : null;
        switch (action)
        {
            case RecognitionAction.Submit:
                a.SubmittedAt = clock.GetUtcNow();
                a.LastReason = null;
                break;
            case RecognitionAction.ApproveAndPublicise:
                // 第八条(二)3: the 公示 runs its working days on the official calendar; a year it lacks stops the step.
                var end = PublicNotice.EndDate(await db.LoadCalendarAsync(ct), Today, a.Batch!.NoticeWorkingDays);
                if (!end.TryGetValue(out var noticeEnd)) return SaveResult.Fail(end.Check.WithHint());
                a.NoticeStart = Today;
                a.NoticeEnd = noticeEnd;
                detail = $"公示期{a.NoticeStart:yyyy年M月d日}至{a.NoticeEnd:yyyy年M月d日}（{a.Batch.NoticeWorkingDays}个工作日）";
                await Notices.NoticeIssuer.RecognitionPublicityAsync(db, a, scope, clock, ct);
                break;
            case RecognitionAction.ConfirmRecognition:
                detail = await PublishAsync(db, a, scope, ct);
                await Notices.NoticeIssuer.RecognitionNoticeAsync(db, a, scope, clock, ct);
                break;
        }
        AddHistory(db, a.Id, scope, RecognitionWorkflow.Machine.Transitions.First(t => t.From == from && t.Action == action && t.Role == role).Label, detail);
        db.AuditAction = action.Label();
        return await SaveResult.SaveAsync(db, () => a.Id, "该申请刚刚被他人办理过。请刷新页面后再操作。", ct);
    }

    private async Task<Check> GuardAsync(WorkbenchDbContext db, RecognitionApplication a, RecognitionAction action, CancellationToken ct)
    {
        switch (action)
        {
            case RecognitionAction.Submit:
                return await SubmissionCheckAsync(db, a, ct);
            case RecognitionAction.PassFormalReview:
                var attached = await db.ApplicationFiles.AsNoTracking().Where(f => f.ApplicationId == a.Id).ToListAsync(ct);
                return RecognitionChecklist.Evaluate(Contents(ToModel(a), attached)).Check;
            case RecognitionAction.CompleteExpertReview:
                var panel = a.PanelId is int pid ? await db.ReviewPanels.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
                return panel is { Status: PanelStatus.Closed } ? Check.Ok : Check.Fail("专家组尚未完成论证并结束评审（第八条(二)2）。");
            case RecognitionAction.ProposeRecognition:
                var ins = await db.SiteInspections.AsNoTracking().FirstOrDefaultAsync(i => i.ApplicationId == a.Id, ct);
                if (ins is not { Completed: true }) return Check.Fail("现场考察核实尚未完成（第八条(二)2）。");
                return ins.FalsifiedFound ? Check.Fail("现场考察发现材料弄虚作假，不能提出认定建议（第十八条）。") : Check.Ok;
            case RecognitionAction.ConfirmRecognition:
                var check = a.NoticeStart is { } start
                    ? PublicNotice.MayConclude(await db.LoadCalendarAsync(ct), start, Today, a.Batch!.NoticeWorkingDays)
                    : Check.Fail("尚未开始公示（第八条(二)3）。");
                if (OfficialCalendar.IsMissingYear(check)) check = new Check(check.WithHint());
                var objections = await db.NoticeObjections.AsNoTracking().Where(o => o.ApplicationId == a.Id).Select(o => o.Status).ToListAsync(ct);
                if (objections.Contains(ObjectionStatus.Pending)) check = check.And(Check.Fail("公示期间收到的异议尚未处理完毕（第八条(二)3）。"));
                if (objections.Contains(ObjectionStatus.Upheld)) check = check.And(Check.Fail("有异议经核实成立，应作“异议成立，不予认定”处理（第八条(二)3）。"));
                return check;
            default:
                return Check.Ok;
        }
    }

    /// <summary>第九条: the application becomes a registry platform (已认定), with a certificate number, the head filed and a timeline event.</summary>
    private async Task<string> PublishAsync(WorkbenchDbContext db, RecognitionApplication a, UserScope scope, CancellationToken ct)
    {
        var year = Today.Year;
        var prefix = $"{CertificateNumber.DefaultPrefix}-{year}-";
        var issued = (await db.Platforms.AsNoTracking().Where(p => p.CertificateNumber != null && p.CertificateNumber.StartsWith(prefix)).Select(p => p.CertificateNumber!).ToListAsync(ct))
            .Select(CertificateNumber.Parse).Where(r => r.Succeeded).Select(r => r.Value);
        // The highest issued (typed-in numbers included) is the floor; the database counter makes it distinct across instances.
        var floor = CertificateNumber.Next(year, issued).Sequence - 1;
        var number = new CertificateNumber(year, checked((int)await db.NextNumberAsync($"certificate:{prefix}", floor, ct))).Format();
        var platform = new Platform
        {
            Name = a.Name, EnglishName = a.EnglishName, Category = a.Category, HostUnitId = a.HostUnitId, CompetentDepartmentId = a.CompetentDepartmentId,
            Status = PlatformStatus.Recognised, RecognisedOn = Today, CertificateNumber = number,
            Head = new PlatformHead { Name = a.HeadName, Title = a.HeadTitleText ?? a.HeadTitle.Label(), Phone = a.HeadPhone, Email = a.HeadEmail },
            Summary = a.ResourceSummary,
        };
        platform.Events.Add(new PlatformEvent
        {
            OccurredAt = clock.GetUtcNow(), Kind = PlatformEventKind.Recognised, Title = "认定为省资源平台并授牌",
            Detail = $"证书编号 {number}；{a.Batch!.Title}", Actor = scope.DisplayName,
        });
        a.Platform = platform; // saved with the status change, in one transaction
        a.CertificateNumber = number;
        return $"列入平台名录，证书编号 {number}，平台负责人{a.HeadName}已备案";
    }

    /// <summary>Uploads a file to an application (host unit while editable; agency/expert photos during inspection).</summary>
    public async Task<SaveResult> UploadAsync(UserScope scope, int id, FileKind kind, string? evidenceCode, Stream content, string fileName, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var a = await db.RecognitionApplications.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return SaveResult.Fail("未找到或无权查看该申请。");
        var allowed = kind == FileKind.InspectionPhoto
            ? scope.Role is Role.Agency && a.Status == RecognitionStatus.OnSiteInspection
            : scope.Role is Role.HostUnit && RecognitionWorkflow.IsEditable(a.Status);
        if (!allowed) return SaveResult.Fail($"当前状态为“{a.Status.Label()}”，您不能上传此类文件。");
        if (kind == FileKind.Evidence && !RecognitionChecklist.Items.SelectMany(i => i.Evidence).Any(e => e.Code == evidenceCode))
            return SaveResult.Fail("请选择该佐证材料对应的基本条件。");
        var (saved, error) = await files.SaveAsync(content, fileName, kind == FileKind.InspectionPhoto, ct);
        if (saved is null) return SaveResult.Fail(error!);
        int? inspectionId = kind == FileKind.InspectionPhoto ? await db.SiteInspections.Where(i => i.ApplicationId == id).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct) : null;
        var f = new ApplicationFile
        {
            ApplicationId = id, Kind = kind, EvidenceCode = kind == FileKind.Evidence ? evidenceCode : null, InspectionId = inspectionId,
            FileName = Path.GetFileName(fileName), ContentType = saved.ContentType, Size = saved.Size, StoredName = saved.StoredName, UploadedAt = clock.GetUtcNow(), UploadedBy = scope.DisplayName,
        };
        db.ApplicationFiles.Add(f);
        AddHistory(db, id, scope, "上传" + kind.Label(), f.FileName);
        db.AuditAction = "上传附件";
        await db.SaveChangesAsync(ct);
        return SaveResult.Success(f.Id);
    }

    public async Task<SaveResult> DeleteFileAsync(UserScope scope, int fileId, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var f = await db.ApplicationFiles.FirstOrDefaultAsync(x => x.Id == fileId, ct);
        var a = f is null ? null : await db.RecognitionApplications.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(x => x.Id == f.ApplicationId, ct);
        if (f is null || a is null || scope.Role != Role.HostUnit || !RecognitionWorkflow.IsEditable(a.Status) || f.Kind == FileKind.InspectionPhoto)
            return SaveResult.Fail("该附件不能删除。");
        db.ApplicationFiles.Remove(f);
        AddHistory(db, a.Id, scope, "删除附件", f.FileName);
        db.AuditAction = "删除附件";
        await db.SaveChangesAsync(ct);
        return SaveResult.Success(a.Id);
    }

    /// <summary>For the /files endpoint: the file if the user may see its application (or sits on its panel without a conflict).</summary>
    public async Task<ApplicationFile?> FileForAsync(UserScope scope, int fileId, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var f = await db.ApplicationFiles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == fileId, ct);
        if (f is null) return null;
        return await Readable(db, scope).AnyAsync(a => a.Id == f.ApplicationId, ct) ? f : null;
    }

    /// <summary>专家论证: the agency forms the panel (5–7, odd, no conflicts) via the Reviews module with the Core recognition template.</summary>
    public async Task<SaveResult> FormPanelAsync(UserScope scope, int id, IReadOnlyList<int> expertIds, int? chair, DateOnly? deadline, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var a = await db.RecognitionApplications.VisibleTo(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return SaveResult.Fail("未找到或无权查看该申请。");
        if (a.Status != RecognitionStatus.ExpertReview) return SaveResult.Fail("申请处于“专家论证”阶段时才能组建专家组（第八条(二)2）。");
        if (a.PanelId is not null) return SaveResult.Fail("该申请已组建专家组。");
        var r = await reviews.CreatePanelAsync(scope, new NewPanel(PanelKind.Recognition, a.Id, a.Name, a.HostUnitId, DefaultTemplates.Recognition(), expertIds, chair, deadline), ct);
        if (!r.Ok) return SaveResult.Fail(r.Errors);
        a.PanelId = r.Id;
        AddHistory(db, a.Id, scope, "组建专家论证专家组", $"{expertIds.Count}名专家");
        db.AuditAction = "组建专家组";
        await db.SaveChangesAsync(ct);
        return SaveResult.Success(r.Id);
    }

    public async Task<IReadOnlyList<PanelCandidate>> CandidatesAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var host = await db.RecognitionApplications.AsNoTracking().VisibleTo(scope).Where(a => a.Id == id).Select(a => (int?)a.HostUnitId).FirstOrDefaultAsync(ct);
        return host is int h && ReviewService.MayManage(scope) ? await reviews.CandidatesAsync(h, ct) : [];
    }
}

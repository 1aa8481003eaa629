using Workbench.App.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Calendar;
using Workbench.Core.Recognition;

namespace Workbench.App.Features.Supervision.Changes;

public sealed class MajorChangeInput
{
    public int? PlatformId { get; set; }
    public MajorChangeKind Kind { get; set; }
    public string Description { get; set; } = "";
    public DateTime? EffectiveOn { get; set; }
    public string? NewHeadName { get; set; }
    public string? NewHeadEmployer { get; set; }
    public EmploymentKind NewHeadEmployment { get; set; }
    public ProfessionalTitle NewHeadTitle { get; set; } = ProfessionalTitle.AssociateSenior;
    public int NewHeadYearsInField { get; set; }
    public int NewHeadManagementYears { get; set; }
    public string? NewHeadPhone { get; set; }
    public string? NewHeadEmail { get; set; }
}

public sealed record MajorChangeRow(int Id, int PlatformId, string Platform, string HostUnit, MajorChangeKind Kind, DateOnly EffectiveOn,
    MajorChangeStatus Status, DateTimeOffset FiledAt);

/// <summary>第十八条: 依托单位内部管理、主要人员等发生重大变化的，由主管部门公示后，确认并报省科技厅备案.</summary>
public sealed class MajorChangeService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock, InboxWriter inbox)
{
    private static IQueryable<MajorChange> Visible(WorkbenchDbContext db, UserScope scope) =>
        db.MajorChanges.Where(c => db.Platforms.VisibleTo(scope).Any(p => p.Id == c.PlatformId));

    public async Task<PageOfRows<MajorChangeRow>> ListAsync(UserScope scope, MajorChangeStatus? status, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var q = Visible(db, scope).AsNoTracking();
        if (status is { } s) q = q.Where(c => c.Status == s);
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(c => c.FiledAt).ThenByDescending(c => c.Id).Skip(page * pageSize).Take(pageSize)
            .Select(c => new MajorChangeRow(c.Id, c.PlatformId, c.Platform!.Name, c.Platform.HostUnit!.Name, c.Kind, c.EffectiveOn, c.Status, c.FiledAt))
            .ToListAsync(ct);
        return new(items, total);
    }

    public async Task<(MajorChange Change, string Platform, string HostUnit)?> GetAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var c = await Visible(db, scope).AsNoTracking().Include(x => x.Platform).ThenInclude(p => p!.HostUnit).FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? null : (c, c.Platform!.Name, c.Platform.HostUnit!.Name);
    }

    /// <summary>第十八条、第八条(三): the host unit files; a new head is checked by Core before anything is saved.</summary>
    public async Task<SaveResult> FileAsync(UserScope scope, MajorChangeInput m, CancellationToken ct = default)
    {
        if (scope.Role != Role.HostUnit) return SaveResult.Fail("重大事项由依托单位报备（第十八条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var p = m.PlatformId is int pid ? await db.Platforms.VisibleTo(scope).Include(x => x.HostUnit).FirstOrDefaultAsync(x => x.Id == pid, ct) : null;
        var errors = new List<string>();
        if (p is null) errors.Add("请选择发生变化的平台。");
        if (string.IsNullOrWhiteSpace(m.Description) || m.Description.Trim().Length < 10) errors.Add("请说明变化的具体情况（不少于10字）。");
        if (m.EffectiveOn is null) errors.Add("请填写变化的生效日期。");
        if (m.Kind == MajorChangeKind.HeadChange && p is not null)
        {
            var candidate = new PlatformHeadCandidate(m.NewHeadName?.Trim() ?? "", m.NewHeadEmployer?.Trim() ?? "", m.NewHeadEmployment,
                m.NewHeadTitle, m.NewHeadYearsInField, m.NewHeadManagementYears);
            errors.AddRange(PlatformHeadRules.Validate(candidate, p.HostUnit!.Name).Problems);
        }
        if (errors.Count > 0) return SaveResult.Fail(errors);
        var head = m.Kind == MajorChangeKind.HeadChange;
        var c = new MajorChange
        {
            PlatformId = p!.Id, Kind = m.Kind, Description = m.Description.Trim(), EffectiveOn = DateOnly.FromDateTime(m.EffectiveOn!.Value),
            Status = MajorChangeStatus.Filed, FiledAt = clock.GetUtcNow(), FiledBy = SupervisionCommon.Actor(scope),
            NewHeadName = head ? m.NewHeadName?.Trim() : null, NewHeadEmployer = head ? m.NewHeadEmployer?.Trim() : null,
            NewHeadEmployment = head ? m.NewHeadEmployment : null, NewHeadTitle = head ? m.NewHeadTitle : null,
            NewHeadYearsInField = head ? m.NewHeadYearsInField : null, NewHeadManagementYears = head ? m.NewHeadManagementYears : null,
            NewHeadPhone = head ? m.NewHeadPhone?.Trim() : null, NewHeadEmail = head ? m.NewHeadEmail?.Trim() : null,
        };
        db.MajorChanges.Add(c);
        db.AuditAction = "报备重大事项";
        await db.SaveChangesAsync(ct);
        var deptUsers = await db.Users.Where(u => u.CompetentDepartmentId == p.CompetentDepartmentId).Select(u => u.UserName!).ToListAsync(ct);
        await inbox.SendAsync(deptUsers.Select(u => new InboxNote(u, $"{p.Name}报备重大事项：{c.Kind.Label()}",
            $"{p.HostUnit!.Name}报备{p.Name}{c.Kind.Label()}，请组织公示并确认（第十八条）。", $"/supervision/changes/{c.Id}", $"change-filed:{c.Id}")), ct);
        return SaveResult.Success(c.Id);
    }

    /// <summary>第十八条: the department records the start of its 公示; the end follows the official calendar (5 working days).</summary>
    public async Task<SaveResult> StartNoticeAsync(UserScope scope, int id, DateTime? start, Guid version, CancellationToken ct = default)
    {
        if (scope.Role != Role.Department) return SaveResult.Fail("重大事项由主管部门公示（第十八条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var c = await Visible(db, scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return SaveResult.Fail("未找到或无权查看该报备。");
        if (c.Status != MajorChangeStatus.Filed) return SaveResult.Fail($"该报备当前为“{c.Status.Label()}”，不能开始公示。");
        if (start is null) return SaveResult.Fail("请填写公示开始日期。");
        var from = DateOnly.FromDateTime(start.Value);
        if (from > clock.ChinaToday()) return SaveResult.Fail("公示开始日期不能晚于今天：请在公示发布后登记。");
        var end = PublicNotice.EndDate(await db.LoadCalendarAsync(ct), from);
        if (!end.TryGetValue(out var noticeEnd)) return SaveResult.Fail(end.Check.WithHint());
        db.Entry(c).Property(x => x.Version).OriginalValue = version;
        c.NoticeStart = from;
        c.NoticeEnd = noticeEnd;
        c.Status = MajorChangeStatus.Publicising;
        db.AuditAction = "公示重大事项";
        return await SaveAsync(db, c.Id, ct);
    }

    /// <summary>第十八条: after the 公示, the department confirms; the platform is updated and the timeline gets a line.</summary>
    public async Task<SaveResult> ConfirmAsync(UserScope scope, int id, string? outcome, Guid version, CancellationToken ct = default)
    {
        if (scope.Role != Role.Department) return SaveResult.Fail("重大事项由主管部门确认（第十八条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var c = await Visible(db, scope).Include(x => x.Platform).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return SaveResult.Fail("未找到或无权查看该报备。");
        if (c.Status != MajorChangeStatus.Publicising || c.NoticeStart is null) return SaveResult.Fail("重大事项须经主管部门公示后方可确认（第十八条）。");
        var check = PublicNotice.MayConclude(await db.LoadCalendarAsync(ct), c.NoticeStart.Value, clock.ChinaToday());
        var errors = check.WithHint().ToList();
        if (string.IsNullOrWhiteSpace(outcome)) errors.Add("请填写公示结果（如：公示期内无异议）。");
        if (errors.Count > 0) return SaveResult.Fail(errors);
        db.Entry(c).Property(x => x.Version).OriginalValue = version;
        c.NoticeOutcome = outcome!.Trim();
        c.Status = MajorChangeStatus.Confirmed;
        c.ConfirmedAt = clock.GetUtcNow();
        c.ConfirmedBy = SupervisionCommon.Actor(scope);
        var p = c.Platform!;
        var detail = c.Description;
        if (c.Kind == MajorChangeKind.HeadChange && c.NewHeadName is not null)
        {
            detail = $"平台负责人由{p.Head.Name}变更为{c.NewHeadName}（{c.NewHeadTitle?.Label()}）。{c.Description}";
            p.Head = new PlatformHead { Name = c.NewHeadName, Title = c.NewHeadTitle?.Label(), Phone = c.NewHeadPhone, Email = c.NewHeadEmail };
        }
        p.Events.Add(new PlatformEvent
        {
            OccurredAt = clock.GetUtcNow(), Kind = PlatformEventKind.MajorChange, Actor = SupervisionCommon.Actor(scope),
            Title = $"{c.Kind.Label()}（经主管部门公示确认，第十八条）",
            Detail = $"{detail} 公示期{c.NoticeStart:yyyy-MM-dd}至{c.NoticeEnd:yyyy-MM-dd}，{c.NoticeOutcome}",
        });
        db.AuditAction = "确认重大事项";
        var result = await SaveAsync(db, c.Id, ct);
        if (!result.Ok) return result;
        var admins = await SupervisionCommon.UsersInRoleAsync(db, Role.Admin, ct);
        await inbox.SendAsync(admins.Select(a => new InboxNote(a, $"{p.Name}重大事项待备案",
            $"主管部门已公示并确认{p.Name}的{c.Kind.Label()}，请予备案（第十八条）。", $"/supervision/changes/{c.Id}", $"change-confirmed:{c.Id}")), ct);
        return result;
    }

    public async Task<SaveResult> ReturnAsync(UserScope scope, int id, string? reason, Guid version, CancellationToken ct = default)
    {
        if (scope.Role != Role.Department) return SaveResult.Fail("只有主管部门可以退回报备。");
        if (string.IsNullOrWhiteSpace(reason)) return SaveResult.Fail("请填写退回理由，告知依托单位需要补正的内容。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var c = await Visible(db, scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return SaveResult.Fail("未找到或无权查看该报备。");
        if (c.Status is not (MajorChangeStatus.Filed or MajorChangeStatus.Publicising)) return SaveResult.Fail($"该报备当前为“{c.Status.Label()}”，不能退回。");
        db.Entry(c).Property(x => x.Version).OriginalValue = version;
        c.Status = MajorChangeStatus.Returned;
        c.DepartmentNote = reason.Trim();
        db.AuditAction = "退回重大事项";
        return await SaveAsync(db, c.Id, ct);
    }

    /// <summary>第十八条: 报省科技厅备案.</summary>
    public async Task<SaveResult> RecordAsync(UserScope scope, int id, Guid version, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return SaveResult.Fail("备案由省科技厅办理（第十八条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var c = await db.MajorChanges.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return SaveResult.Fail("未找到该报备。");
        if (c.Status != MajorChangeStatus.Confirmed) return SaveResult.Fail("只有经主管部门确认的重大事项才能备案（第十八条）。");
        db.Entry(c).Property(x => x.Version).OriginalValue = version;
        c.Status = MajorChangeStatus.Recorded;
        c.RecordedAt = clock.GetUtcNow();
        db.AuditAction = "备案重大事项";
        return await SaveAsync(db, c.Id, ct);
    }

    private static Task<SaveResult> SaveAsync(WorkbenchDbContext db, int id, CancellationToken ct) =>
        SaveResult.SaveAsync(db, () => id, "该报备刚刚被他人处理过。请刷新页面后再操作。", ct);
}

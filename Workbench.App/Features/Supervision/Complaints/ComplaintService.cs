using Workbench.App.Infrastructure;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;

namespace Workbench.App.Features.Supervision.Complaints;

/// <summary>The public form. Real name and a way to reach the complainant are required (实名投诉).</summary>
public sealed class ComplaintInput
{
    [Required(ErrorMessage = "请填写真实姓名（实名投诉）。")]
    [RegularExpression(@"^[\u4e00-\u9fa5·]{2,20}$", ErrorMessage = "请填写2至20个汉字的真实姓名。")]
    public string RealName { get; set; } = "";

    [Required(ErrorMessage = "请填写联系电话，以便答复。")]
    [RegularExpression(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$", ErrorMessage = "请填写正确的手机号码（11位）或固定电话（如0731-88888888）。")]
    public string Phone { get; set; } = "";

    /// <summary>Optional: an empty box posts "", which is kept as "no e-mail" (EmailAddressAttribute would reject "").</summary>
    [EmailAddress(ErrorMessage = "电子邮箱格式不正确。")]
    public string? Email { get => email; set => email = string.IsNullOrWhiteSpace(value) ? null : value.Trim(); }
    private string? email;

    public int? PlatformId { get; set; }

    [Required(ErrorMessage = "请填写投诉内容。")]
    [StringLength(4000, MinimumLength = 15, ErrorMessage = "投诉内容请写明事实和诉求，15至4000字。")]
    public string Content { get; set; } = "";
}

public sealed record ComplaintRow(int Id, string TrackingNumber, string RealName, string? Platform, ComplaintStatus Status, string? AssignedTo, DateTimeOffset ReceivedAt);

public sealed record ComplaintTrack(string TrackingNumber, ComplaintStatus Status, DateTimeOffset ReceivedAt, string? Response, DateTimeOffset? RespondedAt);

/// <summary>第十八条: 省科技厅建立投诉渠道，接受社会监督 — intake, tracking, and the admin queue.</summary>
public sealed class ComplaintService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock)
{
    public async Task<IReadOnlyList<Option>> PlatformOptionsAsync(CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        return await db.Platforms.AsNoTracking().OrderBy(p => p.Name).Select(p => new Option(p.Id, p.Name)).ToListAsync(ct);
    }

    /// <summary>Validates with the same rules as the form, saves, and returns the tracking number (TS-2026-000123).</summary>
    public async Task<(string? Number, IReadOnlyList<string> Errors)> SubmitAsync(ComplaintInput m, CancellationToken ct = default)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(m, new ValidationContext(m), results, validateAllProperties: true);
        var errors = results.Select(r => r.ErrorMessage ?? "").ToList();
        await using var db = await dbf.CreateDbContextAsync(ct);
        if (m.PlatformId is int pid && !await db.Platforms.AnyAsync(p => p.Id == pid, ct)) errors.Add("所选平台不存在，请重新选择或留空。");
        if (errors.Count > 0) return (null, errors);
        var now = clock.GetUtcNow();
        var year = now.ToChina().Year;
        var prefix = $"TS-{year}-";
        // Distinct across instances: the counter row is taken in the save's transaction (a failed save gives the number back).
        var last = await db.Complaints.Where(c => c.TrackingNumber.StartsWith(prefix)).MaxAsync(c => (string?)c.TrackingNumber, ct);
        var floor = last is null ? 0 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture);
        var seq = await db.NextNumberAsync($"complaint:{prefix}", floor, ct);
        var c = new Complaint
        {
            TrackingNumber = prefix + seq.ToString("D6", CultureInfo.InvariantCulture), RealName = m.RealName.Trim(), Phone = m.Phone.Trim(),
            Email = string.IsNullOrWhiteSpace(m.Email) ? null : m.Email.Trim(), PlatformId = m.PlatformId, Content = m.Content.Trim(),
            Status = ComplaintStatus.Received, ReceivedAt = now,
        };
        db.Complaints.Add(c);
        db.AuditAction = "受理投诉";
        await db.SaveChangesAsync(ct);
        return (c.TrackingNumber, []);
    }

    /// <summary>Public status lookup: both the number and the phone given must match.</summary>
    public async Task<ComplaintTrack?> TrackAsync(string? number, string? phone, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(number) || string.IsNullOrWhiteSpace(phone)) return null;
        await using var db = await dbf.CreateDbContextAsync(ct);
        var n = number.Trim().ToUpperInvariant();
        var p = phone.Trim();
        return await db.Complaints.AsNoTracking().Where(c => c.TrackingNumber == n && c.Phone == p)
            .Select(c => new ComplaintTrack(c.TrackingNumber, c.Status, c.ReceivedAt, c.Status >= ComplaintStatus.Responded ? c.Response : null, c.RespondedAt))
            .FirstOrDefaultAsync(ct);
    }

    public async Task<PageOfRows<ComplaintRow>> ListAsync(UserScope scope, ComplaintStatus? status, int page, int pageSize, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return new([], 0);
        await using var db = await dbf.CreateDbContextAsync(ct);
        var q = db.Complaints.AsNoTracking();
        if (status is { } s) q = q.Where(c => c.Status == s);
        var total = await q.CountAsync(ct);
        var items = await q.OrderBy(c => c.Status == ComplaintStatus.Closed).ThenByDescending(c => c.ReceivedAt).Skip(page * pageSize).Take(pageSize)
            .Select(c => new ComplaintRow(c.Id, c.TrackingNumber, c.RealName, c.Platform!.Name, c.Status, c.AssignedTo, c.ReceivedAt)).ToListAsync(ct);
        return new(items, total);
    }

    public async Task<(Complaint Complaint, string? Platform)?> GetAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return null;
        await using var db = await dbf.CreateDbContextAsync(ct);
        var c = await db.Complaints.AsNoTracking().Include(x => x.Platform).FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? null : (c, c.Platform?.Name);
    }

    /// <summary>Who a complaint can be assigned to: 省科技厅 staff (by name) and the third-party agencies.</summary>
    public async Task<IReadOnlyList<string>> AssigneesAsync(UserScope scope, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return [];
        await using var db = await dbf.CreateDbContextAsync(ct);
        var staff = (from u in db.Users join ur in db.UserRoles on u.Id equals ur.UserId join r in db.Roles on ur.RoleId equals r.Id
                     where r.Name == nameof(Role.Admin) && u.DisplayName != "" select "省科技厅 " + u.DisplayName);
        var agencies = (from u in db.Users join ur in db.UserRoles on u.Id equals ur.UserId join r in db.Roles on ur.RoleId equals r.Id
                        where r.Name == nameof(Role.Agency) && u.OrganisationName != null select u.OrganisationName!);
        return (await staff.ToListAsync(ct)).Concat(await agencies.ToListAsync(ct)).Distinct().Order().ToList();
    }

    /// <summary>Which handling steps the current status allows (the page enables exactly these buttons).</summary>
    public static bool Allows(ComplaintStatus s, Step step) => step switch
    {
        Step.Assign => s is ComplaintStatus.Received or ComplaintStatus.Assigned or ComplaintStatus.Investigating,
        Step.Investigate => s is ComplaintStatus.Assigned or ComplaintStatus.Investigating,
        Step.Respond => s is ComplaintStatus.Investigating or ComplaintStatus.Responded,
        Step.Close => s is ComplaintStatus.Responded,
        _ => false,
    };

    public enum Step { Assign, Investigate, Respond, Close }

    /// <summary>One step of handling, each audited: 分办 → 调查核实 → 答复 → 办结.</summary>
    public async Task<SaveResult> ActAsync(UserScope scope, int id, Step step, string? text, Guid version, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return SaveResult.Fail("投诉由省科技厅办理（第十八条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var c = await db.Complaints.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return SaveResult.Fail("未找到该投诉。");
        if (c.Status == ComplaintStatus.Closed) return SaveResult.Fail("该投诉已办结。");
        if (!Allows(c.Status, step))
            return SaveResult.Fail($"该投诉当前为“{c.Status.Label()}”，不能{step switch { Step.Assign => "分办", Step.Investigate => "登记调查情况", Step.Respond => "答复", _ => "办结" }}。");
        var t = text?.Trim();
        switch (step)
        {
            case Step.Assign:
                if (string.IsNullOrEmpty(t)) return SaveResult.Fail("请填写承办人或承办机构。");
                c.AssignedTo = t;
                if (c.Status == ComplaintStatus.Received) c.Status = ComplaintStatus.Assigned;
                db.AuditAction = "分办投诉";
                break;
            case Step.Investigate:
                if (string.IsNullOrEmpty(t)) return SaveResult.Fail("请填写调查核实情况。");
                if (c.AssignedTo is null) return SaveResult.Fail("请先分办，确定承办人后再登记调查情况。");
                var stamp = clock.GetUtcNow().ToChina().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                c.InvestigationNotes = (c.InvestigationNotes is null ? "" : c.InvestigationNotes + "\n") + $"【{stamp} {SupervisionCommon.Actor(scope)}】{t}";
                if (c.Status < ComplaintStatus.Investigating) c.Status = ComplaintStatus.Investigating;
                db.AuditAction = "登记投诉调查情况";
                break;
            case Step.Respond:
                if (string.IsNullOrEmpty(t) || t.Length < 10) return SaveResult.Fail("请填写答复意见（不少于10字），投诉人可凭编号查询。");
                if (c.Status < ComplaintStatus.Investigating) return SaveResult.Fail("请先登记调查核实情况，再答复投诉人。");
                c.Response = t;
                c.RespondedAt = clock.GetUtcNow();
                c.Status = ComplaintStatus.Responded;
                db.AuditAction = "答复投诉";
                break;
            case Step.Close:
                if (c.Status != ComplaintStatus.Responded) return SaveResult.Fail("答复投诉人后方可办结。");
                c.Status = ComplaintStatus.Closed;
                c.ClosedAt = clock.GetUtcNow();
                db.AuditAction = "办结投诉";
                break;
        }
        db.Entry(c).Property(x => x.Version).OriginalValue = version;
        return await SaveResult.SaveAsync(db, () => c.Id, "该投诉刚刚被他人处理过。请刷新页面后再操作。", ct);
    }
}

using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.Core;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Platforms;

/// <summary>平台名录: search, detail and admin editing of recognised platforms, scoped to the user.</summary>
public sealed class PlatformService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock)
{
    public async Task<PageOf<PlatformRow>> SearchAsync(UserScope scope, PlatformQuery q, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var query = Filter(db, db.Platforms.AsNoTracking().VisibleTo(scope), q);
        var total = await query.CountAsync(ct);
        IOrderedQueryable<Platform> ordered = (q.SortBy, q.Descending) switch
        {
            ("HostUnit", false) => query.OrderBy(p => p.HostUnit!.Name),
            ("HostUnit", true) => query.OrderByDescending(p => p.HostUnit!.Name),
            ("Department", false) => query.OrderBy(p => p.CompetentDepartment!.Name),
            ("Department", true) => query.OrderByDescending(p => p.CompetentDepartment!.Name),
            ("RecognisedOn", false) => query.OrderBy(p => p.RecognisedOn),
            ("RecognisedOn", true) => query.OrderByDescending(p => p.RecognisedOn),
            ("Category", false) => query.OrderBy(p => p.Category),
            ("Category", true) => query.OrderByDescending(p => p.Category),
            ("Status", false) => query.OrderBy(p => p.Status),
            ("Status", true) => query.OrderByDescending(p => p.Status),
            ("CertificateNumber", false) => query.OrderBy(p => p.CertificateNumber),
            ("CertificateNumber", true) => query.OrderByDescending(p => p.CertificateNumber),
            (_, true) => query.OrderByDescending(p => p.Name),
            _ => query.OrderBy(p => p.Name),
        };
        var items = await ordered.ThenBy(p => p.Id).Skip(q.Page * q.PageSize).Take(q.PageSize)
            .Select(p => new PlatformRow(p.Id, p.Name, p.Category, p.HostUnit!.Name, p.CompetentDepartment!.Name, p.Status,
                p.RecognisedOn, p.CertificateNumber, p.Head.Name))
            .ToListAsync(ct);
        return new(items, total);
    }

    /// <summary>The latest published grade of each platform (null if never graded); used by the registry's <c>grade=</c> filter and the 工作台 grade charts, so a chart figure and the list behind it agree.</summary>
    public static IQueryable<LatestGradeRow> LatestGrades(WorkbenchDbContext db, IQueryable<Platform> platforms) =>
        platforms.Select(p => new LatestGradeRow
        {
            PlatformId = p.Id, Category = p.Category, DepartmentId = p.CompetentDepartmentId,
            Grade = db.RoundPlatforms.Where(rp => rp.PlatformId == p.Id && rp.PublishedOn != null && rp.Grade != null)
                .OrderByDescending(rp => rp.PublishedOn).ThenByDescending(rp => rp.Id).Select(rp => rp.Grade).FirstOrDefault(),
        }).Where(x => x.Grade != null);

    /// <summary>The registry's filters (search, category, status, department, latest grade); also used by exports and batch printing.</summary>
    public static IQueryable<Platform> Filter(WorkbenchDbContext db, IQueryable<Platform> query, PlatformQuery q)
    {
        if (q.Grade is { } grade)
        {
            var graded = LatestGrades(db, db.Platforms).Where(x => x.Grade == grade).Select(x => x.PlatformId);
            query = query.Where(p => graded.Contains(p.Id));
        }
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            query = query.Where(p => p.Name.Contains(s) || p.HostUnit!.Name.Contains(s) || p.Head.Name.Contains(s) || (p.CertificateNumber ?? "").Contains(s));
        }
        if (q.Category is { } c) query = query.Where(p => p.Category == c);
        if (q.Status is { } st) query = query.Where(p => p.Status == st);
        if (q.DepartmentId is { } d) query = query.Where(p => p.CompetentDepartmentId == d);
        return query;
    }

    public async Task<PlatformDetail?> GetAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var p = await db.Platforms.AsNoTracking().VisibleTo(scope).Where(x => x.Id == id)
            .Select(x => new { x, Host = x.HostUnit!.Name, Dept = x.CompetentDepartment!.Name })
            .FirstOrDefaultAsync(ct);
        if (p is null) return null;
        var timeline = await db.PlatformEvents.AsNoTracking().Where(e => e.PlatformId == id).OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).ToListAsync(ct);
        var x = p.x;
        return new(x.Id, x.Name, x.EnglishName, x.Category, p.Host, p.Dept, x.Status, x.RecognisedOn, x.CertificateNumber, x.Head, x.Summary, x.Website, timeline);
    }

    public async Task<IReadOnlyList<Option>> DepartmentsAsync(UserScope scope, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var q = db.Departments.AsNoTracking();
        if (scope.Role == Role.Department) q = q.Where(d => d.Id == scope.DepartmentId);
        if (scope.Role == Role.HostUnit) q = q.Where(d => d.HostUnits.Any(u => u.Id == scope.HostUnitId));
        return await q.OrderBy(d => d.Kind).ThenBy(d => d.Id).Select(d => new Option(d.Id, d.Name)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Option>> HostUnitsAsync(CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        return await db.HostUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => new Option(u.Id, u.Name)).ToListAsync(ct);
    }

    public async Task<PlatformEditModel?> LoadForEditAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        if (!PlatformScope.CanEdit(scope)) return null;
        await using var db = await dbf.CreateDbContextAsync(ct);
        var p = await db.Platforms.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return p is null ? null : new PlatformEditModel
        {
            Id = p.Id, Name = p.Name, EnglishName = p.EnglishName, Category = p.Category, HostUnitId = p.HostUnitId,
            Status = p.Status, RecognisedOn = p.RecognisedOn?.ToDateTime(TimeOnly.MinValue), CertificateNumber = p.CertificateNumber,
            HeadName = p.Head.Name, HeadTitle = p.Head.Title, HeadPhone = p.Head.Phone, HeadEmail = p.Head.Email,
            Summary = p.Summary, Website = p.Website, Version = p.Version,
        };
    }

    /// <summary>Validates everything first (第九条 naming by Core, uniqueness, required fields), then saves in one transaction.</summary>
    public async Task<SaveResult> SaveAsync(UserScope scope, PlatformEditModel m, CancellationToken ct = default)
    {
        if (!PlatformScope.CanEdit(scope)) return SaveResult.Fail("只有省科技厅管理员可以新建或修改平台。");
        var errors = Validate(m).ToList();
        await using var db = await dbf.CreateDbContextAsync(ct);
        var name = m.Name.Trim();
        if (await db.Platforms.AnyAsync(p => p.Name == name && p.Id != m.Id, ct))
            errors.Add($"已有名为“{name}”的平台，请勿重复登记。");
        var cert = string.IsNullOrWhiteSpace(m.CertificateNumber) ? null : m.CertificateNumber.Trim();
        if (cert is not null && await db.Platforms.AnyAsync(p => p.CertificateNumber == cert && p.Id != m.Id, ct))
            errors.Add($"证书编号“{cert}”已被其他平台使用。");
        var unit = m.HostUnitId is int hid ? await db.HostUnits.FirstOrDefaultAsync(u => u.Id == hid, ct) : null;
        if (m.HostUnitId is not null && unit is null) errors.Add("所选依托单位不存在，请重新选择。");
        if (errors.Count > 0) return SaveResult.Fail(errors);

        var platform = m.Id == 0 ? null : await db.Platforms.FirstOrDefaultAsync(p => p.Id == m.Id, ct);
        if (m.Id != 0 && platform is null) return SaveResult.Fail("该平台已不存在。");
        var isNew = platform is null;
        platform ??= db.Platforms.Add(new Platform { Name = name, EnglishName = "" }).Entity;
        if (!isNew) db.Entry(platform).Property(p => p.Version).OriginalValue = m.Version;
        var statusChanged = !isNew && platform.Status != m.Status;
        var oldStatus = platform.Status;
        platform.Name = name;
        platform.EnglishName = string.Join(' ', m.EnglishName.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        platform.Category = m.Category;
        platform.HostUnitId = unit!.Id;
        platform.CompetentDepartmentId = unit.CompetentDepartmentId;
        platform.Status = m.Status;
        platform.RecognisedOn = m.RecognisedOn is { } r ? DateOnly.FromDateTime(r) : null;
        platform.CertificateNumber = cert;
        platform.Head = new PlatformHead { Name = m.HeadName.Trim(), Title = m.HeadTitle?.Trim(), Phone = m.HeadPhone?.Trim(), Email = m.HeadEmail?.Trim() };
        platform.Summary = m.Summary?.Trim();
        platform.Website = m.Website?.Trim();
        platform.Events.Add(new PlatformEvent
        {
            OccurredAt = clock.GetUtcNow(), Actor = scope.DisplayName,
            Kind = isNew ? PlatformEventKind.Edited : statusChanged ? PlatformEventKind.StatusChanged : PlatformEventKind.Edited,
            Title = isNew ? "登记入平台名录" : statusChanged ? $"状态由“{oldStatus.Label()}”变更为“{m.Status.Label()}”" : "修改平台信息",
        });
        db.AuditAction = isNew ? "登记平台" : statusChanged ? "变更平台状态" : "修改平台信息";
        return await SaveResult.SaveAsync(db, () => platform.Id, "该平台刚刚被他人修改过。请刷新页面，核对最新内容后再保存。", ct);
    }

    /// <summary>The form's field checks; naming is 第九条 in Core.</summary>
    public static IEnumerable<string> Validate(PlatformEditModel m)
    {
        foreach (var p in PlatformNaming.ValidateChineseName(m.Name).Problems) yield return p;
        foreach (var p in PlatformNaming.ValidateEnglishName(m.EnglishName, m.Name).Problems) yield return p;
        if (m.HostUnitId is null) yield return "请选择依托单位（第六条）。";
        if (string.IsNullOrWhiteSpace(m.HeadName)) yield return "请填写平台负责人姓名（第八条(三)）。";
        if (m.RecognisedOn is null) yield return "请填写认定日期。";
    }
}

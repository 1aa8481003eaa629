using Workbench.App.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Supervision.Summaries;

public sealed record SummaryStatusRow(int PlatformId, int Year, SummaryStatus Status, DateOnly? SubmittedOn);

public sealed record SummaryRow(int PlatformId, string Platform, string HostUnit, string Department, int Year,
    SummaryStatus Status, DateOnly? SubmittedOn, string? SubmittedBy);

public sealed record SummaryDetail(int PlatformId, string Platform, string HostUnit, int Year, int? Id, string SummaryText,
    string PlanText, DateOnly? SubmittedOn, string? SubmittedBy, SummaryStatus Status, string StatusText, Guid Version,
    IReadOnlyList<StoredFile> Files, bool CanEdit);

/// <summary>第十五条: annual summaries and next year's plans, their status per platform, and who is missing.</summary>
public sealed class SummaryService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock, FileStore files, InboxWriter inbox)
{
    /// <summary>The year whose summary is being collected now: last year's (due end of February this year).</summary>
    public int CurrentYear => clock.ChinaToday().Year - 1;

    /// <summary>第十五条: status of each platform's summary for <paramref name="year"/> (Core decides on time / late / missing). For the evaluation feature.</summary>
    public async Task<IReadOnlyList<SummaryStatusRow>> SummaryStatusAsync(IEnumerable<int> platformIds, int year, CancellationToken ct = default)
    {
        var ids = platformIds.Distinct().ToList();
        await using var db = await dbf.CreateDbContextAsync(ct);
        var submitted = await db.AnnualSummaries.AsNoTracking().Where(s => s.Year == year && ids.Contains(s.PlatformId))
            .ToDictionaryAsync(s => s.PlatformId, s => s.SubmittedOn, ct);
        var today = clock.ChinaToday();
        return ids.Select(id => new SummaryStatusRow(id, year, AnnualSummary.Status(year, submitted.GetValueOrDefault(id), today), submitted.GetValueOrDefault(id))).ToList();
    }

    /// <summary>Every platform in scope that owes a summary for <paramref name="year"/>, with its status.</summary>
    public async Task<IReadOnlyList<SummaryRow>> ListAsync(UserScope scope, int year, SummaryStatus? status = null, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var yearEnd = new DateOnly(year, 12, 31);
        var rows = await db.Platforms.AsNoTracking().VisibleTo(scope)
            .Where(p => p.Status != PlatformStatus.Revoked && p.RecognisedOn != null && p.RecognisedOn <= yearEnd)
            .Select(p => new
            {
                p.Id, p.Name, Host = p.HostUnit!.Name, Dept = p.CompetentDepartment!.Name,
                S = db.AnnualSummaries.Where(s => s.PlatformId == p.Id && s.Year == year).Select(s => new { s.SubmittedOn, s.SubmittedBy }).FirstOrDefault(),
            })
            .OrderBy(p => p.Dept).ThenBy(p => p.Host).ThenBy(p => p.Name).ToListAsync(ct);
        var today = clock.ChinaToday();
        return rows.Select(r => new SummaryRow(r.Id, r.Name, r.Host, r.Dept, year, AnnualSummary.Status(year, r.S?.SubmittedOn, today), r.S?.SubmittedOn, r.S?.SubmittedBy))
            .Where(r => status is null || r.Status == status).ToList();
    }

    /// <summary>One page of <see cref="ListAsync"/> (the status is Core's, so it is computed before paging).</summary>
    public async Task<PageOfRows<SummaryRow>> PageAsync(UserScope scope, int year, SummaryStatus? status, int page, int pageSize, CancellationToken ct = default)
    {
        var all = await ListAsync(scope, year, status, ct);
        return new(all.Skip(page * pageSize).Take(pageSize).ToList(), all.Count);
    }

    /// <summary>What 一键提醒 would do: how many platforms owe the summary and how many host-unit accounts would be told.</summary>
    public async Task<(int Platforms, int Reachable, int Recipients)> RemindPreviewAsync(UserScope scope, int year, CancellationToken ct = default)
    {
        if (scope.Role is not (Role.Admin or Role.Department)) return (0, 0, 0);
        var owing = (await ListAsync(scope, year, null, ct)).Where(r => r.Status is SummaryStatus.Missing or SummaryStatus.Pending).Select(r => r.PlatformId).ToList();
        await using var db = await dbf.CreateDbContextAsync(ct);
        var hostIds = db.Platforms.Where(p => owing.Contains(p.Id)).Select(p => p.HostUnitId);
        var users = await db.Users.CountAsync(u => u.HostUnitId != null && hostIds.Contains(u.HostUnitId.Value), ct);
        var reachable = await db.Platforms.CountAsync(p => owing.Contains(p.Id) && db.Users.Any(u => u.HostUnitId == p.HostUnitId), ct);
        return (owing.Count, reachable, users);
    }

    public async Task<SummaryDetail?> GetAsync(UserScope scope, int platformId, int year, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var p = await db.Platforms.AsNoTracking().VisibleTo(scope).Where(x => x.Id == platformId)
            .Select(x => new { x.Id, x.Name, Host = x.HostUnit!.Name }).FirstOrDefaultAsync(ct);
        if (p is null) return null;
        var s = await db.AnnualSummaries.AsNoTracking().FirstOrDefaultAsync(x => x.PlatformId == platformId && x.Year == year, ct);
        var attached = s is null ? [] : await db.StoredFiles.AsNoTracking().Where(f => f.OwnerKind == "Summary" && f.OwnerId == s.Id).OrderBy(f => f.Id).ToListAsync(ct);
        var today = clock.ChinaToday();
        return new(p.Id, p.Name, p.Host, year, s?.Id, s?.SummaryText ?? "", s?.PlanText ?? "", s?.SubmittedOn, s?.SubmittedBy,
            AnnualSummary.Status(year, s?.SubmittedOn, today), AnnualSummary.Describe(year, s?.SubmittedOn, today), s?.Version ?? Guid.Empty,
            attached, scope.Role == Role.HostUnit);
    }

    /// <summary>第十五条: the host unit submits (or amends) the summary and plan; the first submission date counts for the deadline.</summary>
    public async Task<SaveResult> SubmitAsync(UserScope scope, int platformId, int year, string summary, string plan, Guid version,
        IReadOnlyList<UploadedFile>? uploads = null, CancellationToken ct = default)
    {
        if (scope.Role != Role.HostUnit) return SaveResult.Fail("年度总结由依托单位提交（第十五条）。");
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(summary) || summary.Trim().Length < 20) errors.Add("请填写年度总结（不少于20字），说明本年度资源整合、开放共享和运行管理情况（第十五条）。");
        if (string.IsNullOrWhiteSpace(plan) || plan.Trim().Length < 20) errors.Add($"请填写{year + 1}年度工作计划（不少于20字）（第十五条）。");
        var today = clock.ChinaToday();
        if (year >= today.Year) errors.Add($"{year}年度尚未结束，年度总结应于次年提交（第十五条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        if (!await db.Platforms.VisibleTo(scope).AnyAsync(p => p.Id == platformId, ct)) return SaveResult.Fail("未找到或无权查看该平台。");
        if (errors.Count > 0) return SaveResult.Fail(errors);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var s = await db.AnnualSummaries.FirstOrDefaultAsync(x => x.PlatformId == platformId && x.Year == year, ct);
        var isNew = s is null;
        s ??= db.AnnualSummaries.Add(new AnnualSummaryReport { PlatformId = platformId, Year = year }).Entity;
        if (!isNew) db.Entry(s).Property(x => x.Version).OriginalValue = version;
        s.SummaryText = summary.Trim();
        s.PlanText = plan.Trim();
        s.SubmittedOn ??= today;
        s.SubmittedBy ??= SupervisionCommon.Actor(scope);
        db.AuditAction = isNew ? "提交年度总结" : "修改年度总结";
        try
        {
            await db.SaveChangesAsync(ct);
            foreach (var u in uploads ?? [])
            {
                var (_, error) = await files.StoreAsync(db, u.Content, u.Name, u.Length, "Summary", s.Id, SupervisionCommon.Actor(scope), clock.GetUtcNow(), ct);
                if (error is not null) return SaveResult.Fail(error);
            }
            if (uploads is { Count: > 0 })
            {
                db.AuditAction = "上传年度总结附件";
                await db.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.Fail("该年度总结刚刚被他人修改过。请刷新页面，核对最新内容后再保存。");
        }
        return SaveResult.Success(s.Id);
    }

    /// <summary>Reminds the host units of every missing (or, before the deadline, pending) summary in scope; returns how many messages were new.</summary>
    public async Task<int> RemindMissingAsync(UserScope scope, int year, CancellationToken ct = default)
    {
        if (scope.Role is not (Role.Admin or Role.Department)) return 0;
        var owing = (await ListAsync(scope, year, null, ct)).Where(r => r.Status is SummaryStatus.Missing or SummaryStatus.Pending).ToList();
        await using var db = await dbf.CreateDbContextAsync(ct);
        var ids = owing.Select(o => o.PlatformId).ToList();
        var hosts = await db.Platforms.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.HostUnitId }).ToDictionaryAsync(p => p.Id, p => p.HostUnitId, ct);
        var hostIds = hosts.Values.Distinct().ToList();
        var users = await db.Users.Where(u => u.HostUnitId != null && hostIds.Contains(u.HostUnitId.Value)).Select(u => new { u.UserName, u.HostUnitId }).ToListAsync(ct);
        var deadline = AnnualSummary.Deadline(year);
        var notes = owing.SelectMany(o => users.Where(u => u.HostUnitId == hosts[o.PlatformId]).Select(u => new InboxNote(u.UserName!,
            $"请提交{o.Platform}{year}年度总结",
            $"{o.Platform}的{year}年度总结及{year + 1}年度工作计划{(o.Status == SummaryStatus.Missing ? "逾期未提交" : "尚未提交")}，截止日期为{deadline:yyyy年M月d日}（第十五条）。请尽快在“监督管理—年度总结”中提交。",
            $"/supervision/summaries/{o.PlatformId}/{year}", $"summary-remind:{year}:{o.PlatformId}:{scope.Role}")));
        return await inbox.SendAsync(notes, ct);
    }
}

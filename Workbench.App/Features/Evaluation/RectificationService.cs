using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.App.Infrastructure;
using Workbench.Core;

namespace Workbench.App.Features.Evaluation;

/// <summary>第十七条: rectification cases (1 year), the host unit's report and file, countdown and overdue state.</summary>
public sealed class RectificationService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock, IOptions<WorkbenchOptions> options, IWebHostEnvironment env)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public string UploadFolder => Path.Combine(options.Value.ResolveDataFolder(env.ContentRootPath), "uploads", "rectifications");

    public async Task<IReadOnlyList<RectificationRow>> ListAsync(UserScope scope, bool includeClosed, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var q = db.Rectifications.AsNoTracking().VisibleTo(scope);
        if (!includeClosed) q = q.Where(r => r.Status != RectificationStatus.Passed && r.Status != RectificationStatus.Removed);
        var today = clock.ChinaToday();
        var rows = await q.OrderBy(r => r.DueOn).Select(r => new
        {
            r.Id, r.PlatformId, r.Platform!.Name, Host = r.Platform.HostUnit!.Name, Dept = r.Platform.CompetentDepartment!.Name, r.Platform.Status,
            r.OpenedOn, r.DueOn, St = r.Status, r.Reason, r.ReportText, r.ReportFileName, r.ReportSubmittedAt, r.Outcome,
        }).ToListAsync(ct);
        return rows.Select(r =>
        {
            var left = r.DueOn.DayNumber - today.DayNumber;
            var closed = r.St is RectificationStatus.Passed or RectificationStatus.Removed;
            return new RectificationRow(r.Id, r.PlatformId, r.Name, r.Host, r.Dept, r.Status, r.OpenedOn, r.DueOn, left,
                !closed && left < 0 && r.St == RectificationStatus.Open, r.St, r.Reason, r.ReportText, r.ReportFileName, r.ReportSubmittedAt, r.Outcome);
        }).ToList();
    }

    /// <summary>Recognises PDF, Word (docx), PNG and JPEG by their first bytes; the browser's content type is not trusted.</summary>
    /// <summary>第十七条: the host unit submits its rectification report (text, optional file stored outside wwwroot).</summary>
    public async Task<SaveResult> SubmitReportAsync(UserScope scope, int id, string? text, string? fileName, Stream? file, long size, CancellationToken ct = default)
    {
        if (scope.Role != Role.HostUnit) return SaveResult.Fail("整改报告由依托单位提交（第十七条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var r = await db.Rectifications.VisibleTo(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return SaveResult.Fail(EvaluationScope.NotFound);
        var errors = new List<string>();
        if (r.Status is not (RectificationStatus.Open or RectificationStatus.ReportSubmitted or RectificationStatus.ReEvaluating))
            errors.Add($"整改事项当前为“{r.Status.Label()}”，不能再提交整改报告。");
        if (string.IsNullOrWhiteSpace(text)) errors.Add("请填写整改情况说明。");
        if (file is not null && size > MaxFileBytes) errors.Add($"附件不能超过{MaxFileBytes / 1024 / 1024}MB，当前为{size / 1024.0 / 1024.0:0.0}MB。");
        byte[]? content = null;
        string? type = null;
        if (file is not null && errors.Count == 0)
        {
            using var ms = new MemoryStream();
            await file.CopyToAsync(ms, ct);
            content = ms.ToArray();
            type = UploadTypes.Sniff(content, fileName ?? "");
            if (type is null) errors.Add($"附件只能是{FileStore.Accepted}文件（按文件内容检查），请转换后重新上传。");
        }
        if (errors.Count > 0) return SaveResult.Fail(errors);
        if (content is not null)
        {
            Directory.CreateDirectory(UploadFolder);
            var stored = $"{Guid.NewGuid():N}.bin";
            await File.WriteAllBytesAsync(Path.Combine(UploadFolder, stored), content, ct);
            (r.ReportStoredName, r.ReportContentType, r.ReportSize, r.ReportFileName) = (stored, type, content.Length, Path.GetFileName(fileName ?? "整改报告"));
        }
        r.ReportText = text!.Trim();
        r.ReportSubmittedAt = clock.GetUtcNow();
        if (r.Status == RectificationStatus.Open) r.Status = RectificationStatus.ReportSubmitted;
        db.AuditAction = "提交整改报告";
        return await RoundService.SaveAsync(db, r.Id, ct);
    }

    /// <summary>The report file, only for entitled users (admin, agency, the platform's department and host unit).</summary>
    public async Task<(string Path, string ContentType, string FileName)?> OpenReportAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var r = await db.Rectifications.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r?.ReportStoredName is null) return null;
        var path = Path.Combine(UploadFolder, r.ReportStoredName);
        return File.Exists(path) ? (path, r.ReportContentType ?? "application/octet-stream", r.ReportFileName ?? "整改报告") : null;
    }
}

public static class EvaluationEndpoints
{
    /// <summary>GET /evaluation/rectifications/{id}/report — download, scoped like the list.</summary>
    public static IEndpointRouteBuilder MapEvaluationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/evaluation/rectifications/{id:int}/report", async (int id, HttpContext http, RectificationService service) =>
        {
            var file = await service.OpenReportAsync(UserScope.From(http.User), id, http.RequestAborted);
            return file is { } f ? Results.File(f.Path, f.ContentType, f.FileName) : Results.NotFound();
        }).RequireAuthorization();
        return app;
    }
}

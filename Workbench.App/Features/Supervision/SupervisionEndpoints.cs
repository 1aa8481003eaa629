using Workbench.App.Infrastructure;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Documents.Sheets;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.App.Features.Supervision.Complaints;
using Workbench.App.Features.Supervision.Shortlist;
using Workbench.App.Features.Supervision.Summaries;
using Workbench.Core;
using Workbench.Core.Evaluation;

namespace Workbench.App.Features.Supervision;

/// <summary>Authorised downloads: attachments (after an entitlement check) and the shortlist sheet.</summary>
public static class SupervisionEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static WebApplication MapSupervision(this WebApplication app)
    {
        app.UseRateLimiter();
        var g = app.MapGroup("/supervision").RequireAuthorization();
        g.MapGet("/files/{id:int}", FileAsync);
        // Earlier address of the list, kept for bookmarks: one list now, under the exports.
        g.MapGet("/summaries/missing.xlsx", (int? year) => Results.Redirect(year is { } y ? $"/exports/summaries/overdue.xlsx?year={y}" : "/exports/summaries/overdue.xlsx"))
            .RequireAuthorization(p => p.RequireRole("Admin", "Department"));
        g.MapGet("/shortlist.xlsx", ShortlistAsync).RequireAuthorization(p => p.RequireRole("Admin"));
        return app;
    }

    private static async Task<IResult> FileAsync(int id, HttpContext http, IDbContextFactory<WorkbenchDbContext> dbf, FileStore store)
    {
        var scope = UserScope.From(http.User);
        await using var db = await dbf.CreateDbContextAsync();
        var f = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id);
        if (f is null) return Results.NotFound();
        var allowed = f.OwnerKind switch
        {
            "Summary" => await db.AnnualSummaries.AnyAsync(s => s.Id == f.OwnerId && db.Platforms.VisibleTo(scope).Any(p => p.Id == s.PlatformId)),
            "Integrity" => scope.Role == Role.Admin,
            _ => false,
        };
        var content = allowed ? store.Open(f.StoredName) : null;
        return content is null ? Results.NotFound() : Results.File(content, f.ContentType, f.FileName);
    }

    private static async Task<IResult> ShortlistAsync(HttpContext http, ShortlistService shortlist, SheetExporter sheets, TimeProvider clock)
    {
        var list = (await shortlist.CandidatesAsync(UserScope.From(http.User))).Where(c => c.EntryId is not null).ToList();
        var spec = new SheetSpec($"国家资源平台推荐名单（第十条，{clock.ChinaToday():yyyy年M月d日}）",
            [new("序号", ColumnKind.Int), new("平台名称"), new("依托单位"), new("最近评估结果"), new("近三年服务次数", ColumnKind.Int),
             new("服务用户数", ColumnKind.Int), new("有偿服务收入（元）", ColumnKind.Decimal), new("推荐理由")], "推荐名单");
        var ms = new MemoryStream();
        await sheets.ExportAsync(ms, spec, list.Select((c, i) => SheetRow.Of(i + 1, c.Platform, c.HostUnit, c.LatestGrade ?? "—",
            c.Totals.Services, c.Totals.UsersServed, c.Totals.Revenue, c.Reason)));
        ms.Position = 0;
        return Results.File(ms, Xlsx, "国家资源平台推荐名单.xlsx");
    }
}

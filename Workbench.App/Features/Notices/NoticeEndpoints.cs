using Microsoft.AspNetCore.Authorization;
using Workbench.App.Documents.Composers;
using Workbench.App.Documents.Pdf;
using Workbench.App.Features.Account;

namespace Workbench.App.Features.Notices;

/// <summary>
/// <c>/documents/notices/{id}.pdf</c> (scoped by <see cref="NoticeScope"/>; unseen → 404), page previews as PNG, and the
/// anonymous PDF of a 公示 while its publicity period is open (<c>/public/notices/{id}.pdf</c>).
/// </summary>
public static class NoticeEndpoints
{
    private const string NotFound = "未找到该公文，或您无权查看。";

    public static IEndpointRouteBuilder MapNoticeDocuments(this IEndpointRouteBuilder app)
    {
        var roles = new AuthorizeAttribute { Roles = NoticeService.Roles };

        app.MapGet("/documents/notices/{id:int}.pdf", async (int id, bool? download, HttpContext http, NoticeService notices, CancellationToken ct) =>
        {
            var doc = await notices.GetAsync(UserScope.From(http.User), id, ct);
            return doc is null ? Text404(NotFound) : Pdf(http, notices.Pdf(doc), doc.FileName, download == true);
        }).RequireAuthorization(roles);

        app.MapGet("/documents/notices/{id:int}/preview/{page:int}.png", async (int id, int page, HttpContext http, NoticeService notices, CancellationToken ct) =>
        {
            var doc = await notices.GetAsync(UserScope.From(http.User), id, ct);
            if (doc is null || page < 1 || page > 20) return Text404(NotFound);
            var pngs = notices.Preview(doc, page);
            if (pngs.Count < page) return Text404("该公文没有这一页。");
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(pngs[page - 1], "image/png");
        }).RequireAuthorization(roles);

        app.MapGet("/public/notices/{id:int}.pdf", async (int id, HttpContext http, NoticeService notices, CancellationToken ct) =>
        {
            var doc = await notices.GetPublicAsync(id, ct);
            return doc is null ? Text404("该公示不存在或公示期已结束。") : Pdf(http, notices.Pdf(doc), doc.FileName, false);
        }).AllowAnonymous();

        app.MapGet("/documents/sheets/{panelId:int}/{expertId:int}.pdf", async (int panelId, int expertId, bool? download, HttpContext http,
            ReportDocuments docs, PdfRenderer renderer, CancellationToken ct) =>
            Report(http, await docs.ScoreSheetAsync(UserScope.From(http.User), panelId, expertId, ct), renderer, download == true))
            .RequireAuthorization(new AuthorizeAttribute { Roles = "Admin,Agency,Expert" });

        app.MapGet("/documents/inspections/{id:int}.pdf", async (int id, bool? download, HttpContext http,
            ReportDocuments docs, PdfRenderer renderer, CancellationToken ct) =>
            Report(http, await docs.InspectionAsync(UserScope.From(http.User), id, ct), renderer, download == true))
            .RequireAuthorization(new AuthorizeAttribute { Roles = "Admin,Agency,Department" });

        app.MapGet("/documents/evaluations/{roundPlatformId:int}.pdf", async (int roundPlatformId, bool? download, HttpContext http,
            ReportDocuments docs, PdfRenderer renderer, CancellationToken ct) =>
            Report(http, await docs.EvaluationReportAsync(UserScope.From(http.User), roundPlatformId, ct), renderer, download == true))
            .RequireAuthorization(roles);

        return app;
    }

    private static IResult Report(HttpContext http, ReportLookup lookup, PdfRenderer renderer, bool download)
    {
        if (lookup.Model is not { } model)
            return Results.Text(lookup.Problem, "text/plain; charset=utf-8", statusCode: lookup.Found ? 409 : 404);
        return Pdf(http, renderer.RenderPdf(ReportComposer.Compose(model)), lookup.FileName, download);
    }

    internal static IResult Text404(string text) => Results.Text(text, "text/plain; charset=utf-8", statusCode: 404);

    internal static IResult Pdf(HttpContext http, byte[] pdf, string name, bool download)
    {
        if (download) return Results.File(pdf, "application/pdf", name);
        http.Response.Headers.ContentDisposition = $"inline; filename*=UTF-8''{Uri.EscapeDataString(name)}";
        return Results.File(pdf, "application/pdf");
    }
}

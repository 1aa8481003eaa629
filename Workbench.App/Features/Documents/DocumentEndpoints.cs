using Microsoft.AspNetCore.Http.Features;
using Workbench.App.Documents.Composers;
using Workbench.App.Documents.Pdf;
using Workbench.App.Features.Account;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Documents;

/// <summary>File endpoints: certificates (PDF and PNG preview), the registry export, import templates and batch
/// job downloads. Roles by policy; platform scope by <see cref="CertificateService"/> (unseen → 404).</summary>
public static class DocumentEndpoints
{
    public const string RegistryRoles = "Admin,Department,HostUnit,Agency";

    public static IEndpointRouteBuilder MapWorkbenchDocuments(this IEndpointRouteBuilder app)
    {
        var registry = new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = RegistryRoles };
        var admin = new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = "Admin" };

        app.MapGet("/documents/certificates/{platformId:int}.pdf", async (int platformId, bool? download, HttpContext http,
            CertificateService certificates, PdfRenderer renderer, CancellationToken ct) =>
        {
            var lookup = await certificates.ForPlatformAsync(UserScope.From(http.User), platformId, RequestBase(http), ct);
            if (lookup.Model is not { } model) return Problem(lookup);
            var pdf = renderer.RenderPdf(CertificateComposer.Compose(model));
            var name = $"认定证书_{model.CertificateNumber}_{model.PlatformName}.pdf";
            if (download == true) return Results.File(pdf, "application/pdf", name);
            http.Response.Headers.ContentDisposition = $"inline; filename*=UTF-8''{Uri.EscapeDataString(name)}";
            return Results.File(pdf, "application/pdf");
        }).RequireAuthorization(registry);

        app.MapGet("/documents/certificates/{platformId:int}/preview.png", async (int platformId, HttpContext http,
            CertificateService certificates, PdfRenderer renderer, CancellationToken ct) =>
        {
            var lookup = await certificates.ForPlatformAsync(UserScope.From(http.User), platformId, RequestBase(http), ct);
            if (lookup.Model is not { } model) return Problem(lookup);
            var png = renderer.RenderPreviewPngs(CertificateComposer.Compose(model), maxPages: 1)[0];
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(png, "image/png");
        }).RequireAuthorization(registry);

        app.MapGet("/exports/platforms.xlsx", async (HttpContext http, RegistryExport export, TimeProvider clock) =>
        {
            http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            // SpreadCheetah streams rows asynchronously but finishes the zip container with a few synchronous writes.
            if (http.Features.Get<IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
            var name = $"平台名录_{clock.ChinaNow():yyyyMMdd}.xlsx";
            http.Response.ContentType = Xlsx;
            http.Response.Headers.ContentDisposition = $"attachment; filename*=UTF-8''{Uri.EscapeDataString(name)}";
            await export.WriteAsync(http.Response.Body, UserScope.From(http.User), RegistryFilter.Parse(http.Request.Query), http.RequestAborted);
        }).RequireAuthorization(registry);

        app.MapGet("/exports/templates/{kind}.xlsx", async (string kind, HttpContext http, ImportService imports) =>
        {
            ImportKind? k = kind switch { "experts" => ImportKind.Experts, "platforms" => ImportKind.Platforms, _ => null };
            if (k is null) return Results.NotFound();
            using var ms = new MemoryStream();
            await imports.WriteTemplateAsync(ms, k.Value, http.RequestAborted);
            return Results.File(ms.ToArray(), Xlsx, k == ImportKind.Experts ? "专家导入模板.xlsx" : "平台导入模板.xlsx");
        }).RequireAuthorization(admin);

        app.MapGet("/documents/jobs/{id:guid}/download", async (Guid id, HttpContext http, DocumentJobQueue queue) =>
        {
            var job = await queue.DownloadAsync(id, UserScope.From(http.User).UserName, http.RequestAborted);
            if (job is null) return Results.Text("文件不存在、已过期（生成后保留一小时）或不属于您。请在报表中心重新生成。", "text/plain; charset=utf-8", statusCode: 404);
            return Results.File(job.ResultPath!, job.ContentType, job.FileName);
        }).RequireAuthorization();

        app.MapWorkbenchExports();
        return app;
    }

    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    internal static string RequestBase(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    private static IResult Problem(CertificateLookup lookup) =>
        Results.Text(string.Join("\n", lookup.Problems), "text/plain; charset=utf-8", statusCode: lookup.Found ? 409 : 404);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Workbench.App.Features.Account;

namespace Workbench.App.Features.Documents;

/// <summary>Round results, the expert score matrix and the overdue-summary list as .xlsx (stable URLs; roles by policy,
/// scope by the services: an unseen round → 404 with a Chinese reason).</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapWorkbenchExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/exports/rounds/{roundId:int}/results.xlsx", async (int roundId, HttpContext http, RoundExports exports) =>
            await SendAsync(http, await exports.ResultsAsync(UserScope.From(http.User), roundId, http.RequestAborted)))
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoundExports.ResultRoles });

        app.MapGet("/exports/rounds/{roundId:int}/scores.xlsx", async (int roundId, HttpContext http, RoundExports exports) =>
            await SendAsync(http, await exports.ScoresAsync(UserScope.From(http.User), roundId, http.RequestAborted)))
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoundExports.ScoreRoles });

        app.MapGet("/exports/summaries/overdue.xlsx", async (int? year, HttpContext http, SummaryExports exports) =>
            await SendAsync(http, await exports.OverdueAsync(UserScope.From(http.User), year, http.RequestAborted),
                "未找到该年度的年度总结数据（只能导出已结束的年度），或您无权查看。"))
            .RequireAuthorization(new AuthorizeAttribute { Roles = SummaryExports.Roles });

        return app;
    }

    private static async Task<IResult> SendAsync(HttpContext http, ExportFile? file, string notFound = "未找到该评估批次，或您无权查看。")
    {
        if (file is null) return Results.Text(notFound, "text/plain; charset=utf-8", statusCode: 404);
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        // SpreadCheetah streams rows asynchronously but finishes the zip container with a few synchronous writes.
        if (http.Features.Get<IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
        http.Response.ContentType = DocumentEndpoints.Xlsx;
        http.Response.Headers.ContentDisposition = $"attachment; filename*=UTF-8''{Uri.EscapeDataString(file.FileName)}";
        await file.WriteAsync(http.Response.Body, http.RequestAborted);
        return Results.Empty;
    }
}

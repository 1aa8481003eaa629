using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Workbench.App.Features.Supervision.Complaints;

/// <summary>The "public-forms" policy: a fixed window per client IP for POSTs to the public complaint pages.</summary>
public static class PublicFormsRateLimiting
{
    public const string Policy = "public-forms";

    public static IServiceCollection AddPublicFormsRateLimiting(this IServiceCollection services, IConfiguration config)
    {
        var limit = config.GetValue("PublicForms:PermitLimit", 5);
        var window = TimeSpan.FromMinutes(config.GetValue("PublicForms:WindowMinutes", 10));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter($"{ctx.Connection.RemoteIpAddress}|{ctx.Request.Path}",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await ctx.HttpContext.Response.WriteAsync(
                    "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>提交过于频繁</title></head>" +
                    "<body style=\"font-family:'Noto Sans CJK SC',sans-serif;max-width:560px;margin:80px auto;line-height:1.8\">" +
                    "<h1 style=\"color:#b71c1c\">提交过于频繁</h1>" +
                    $"<p>同一网络地址在{window.TotalMinutes:0}分钟内最多提交{limit}次。请稍后再试；如情况紧急，请拨打湖南省科学技术厅监督电话。</p>" +
                    "<p><a href=\"/public/complaints\">返回投诉页面</a></p></body></html>", ct);
            };
        });
        return services;
    }
}

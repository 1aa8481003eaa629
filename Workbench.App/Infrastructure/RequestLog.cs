using System.Diagnostics;

namespace Workbench.App.Infrastructure;

/// <summary>
/// One line per request: method, path, status and duration (category "Workbench.Requests"). Never the query string
/// (searches carry names and ID numbers), headers, cookies, form fields or the user. Static files and the Blazor
/// connection are logged at Debug, so the Information log shows what people did.
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILoggerFactory loggers)
{
    private readonly ILogger logger = loggers.CreateLogger("Workbench.Requests");

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var path = context.Request.PathBase.Add(context.Request.Path).Value ?? "/";
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode;
            if (IsBackground(context.Request.Path)) LogBackground(logger, context.Request.Method, path, status, ms);
            else LogRequest(logger, context.Request.Method, path, status, ms);
        }
    }

    internal static bool IsBackground(PathString path) =>
        path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content") || path.StartsWithSegments("/_blazor")
        || Path.HasExtension(path.Value);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "HTTP {Method} {Path} → {StatusCode} {ElapsedMs:0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "HTTP {Method} {Path} → {StatusCode} {ElapsedMs:0} ms")]
    private static partial void LogBackground(ILogger logger, string method, string path, int statusCode, double elapsedMs);
}

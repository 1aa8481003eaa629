using Microsoft.Extensions.DependencyInjection.Extensions;
using Workbench.App.Infrastructure;
using System.Collections.Concurrent;
using Workbench.App.Features.Account;
using Workbench.App.Features.Reviews;

namespace Workbench.App.Features.Recognition;

public static class RecognitionRegistration
{
    public static IServiceCollection AddRecognition(this IServiceCollection services)
    {
        services.AddScoped<ReviewService>();
        services.AddScoped<RecognitionService>();
        services.TryAddSingleton<FileStore>();
        // 第十八条: findings recorded under 监督管理 bar a unit from applying.
        services.AddScoped<IIntegrityLookup>(sp => sp.GetRequiredService<Supervision.Integrity.IntegrityService>());
        services.AddSingleton<ObjectionRateLimiter>();
        return services;
    }

    /// <summary>GET /files/{id}: an upload, only to those entitled to its application (or its panel's experts).</summary>
    public static IEndpointRouteBuilder MapRecognitionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/{id:int}", async (int id, HttpContext http, RecognitionService svc, FileStore store) =>
        {
            var f = await svc.FileForAsync(UserScope.From(http.User), id, http.RequestAborted);
            var content = f is null ? null : store.Open(f.StoredName);
            return content is null ? Results.NotFound() : Results.File(content, f!.ContentType, f.FileName);
        }).RequireAuthorization();
        return app;
    }
}

/// <summary>Public objections: at most <see cref="Limit"/> per IP address per hour.</summary>
public sealed class ObjectionRateLimiter(TimeProvider clock)
{
    public const int Limit = 5;
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> hits = new();

    public bool TryAcquire(string? ip)
    {
        var key = ip ?? "unknown";
        var now = clock.GetUtcNow();
        var list = hits.GetOrAdd(key, _ => []);
        lock (list)
        {
            list.RemoveAll(t => t < now.AddHours(-1));
            if (list.Count >= Limit) return false;
            list.Add(now);
            return true;
        }
    }
}

using System.Text.Json;

namespace Workbench.App.Infrastructure;

/// <summary>
/// Where the site's static files (blazor.web.js, MudBlazor's CSS/JS, app.css) come from. Published output has them in
/// wwwroot; a build run from source has them spread over the source tree and the NuGet cache, listed in the build's
/// static web assets manifest — which ASP.NET Core reads only in Development unless asked, so `dotnet run
/// --no-launch-profile` in Production answered 500 for every script and stylesheet. Now the manifest is used in every
/// environment, and when neither source exists the app refuses to start and says why.
/// </summary>
public static class StaticAssets
{
    public enum Source { Development, BuildManifest, Published }

    public static WebApplicationBuilder AddWorkbenchStaticAssets(this WebApplicationBuilder builder)
    {
        var env = builder.Environment;
        var source = Resolve(env.IsDevelopment(), Path.Combine(AppContext.BaseDirectory, env.ApplicationName + ".staticwebassets.runtime.json"),
            env.WebRootPath ?? Path.Combine(env.ContentRootPath, "wwwroot"));
        if (source == Source.BuildManifest) builder.WebHost.UseStaticWebAssets();
        return builder;
    }

    /// <summary>
    /// Development: the framework maps the build manifest itself. Otherwise the build manifest when present and its
    /// folders exist, else published files in <paramref name="webRoot"/>; throws with a Chinese message when neither.
    /// </summary>
    public static Source Resolve(bool development, string runtimeManifest, string webRoot)
    {
        if (development) return Source.Development;
        if (File.Exists(runtimeManifest))
        {
            var missing = MissingContentRoots(runtimeManifest);
            if (missing.Count == 0) return Source.BuildManifest;
            throw new InvalidOperationException(
                $"无法启动：构建清单 {runtimeManifest} 引用的静态资源目录不存在（{string.Join("、", missing)}）。" +
                "请在源码目录中用 dotnet run 运行，或用 dotnet publish 发布后运行发布目录中的程序。");
        }
        if (File.Exists(Path.Combine(webRoot, "_framework", "blazor.web.js"))) return Source.Published;
        throw new InvalidOperationException(
            $"无法启动：找不到静态资源（{Path.Combine(webRoot, "_framework", "blazor.web.js")} 不存在，也没有构建清单）。" +
            "请用 dotnet publish Workbench.App -c Release -r linux-x64 --self-contained false -o 目录 发布，并在发布目录中运行。");
    }

    private static List<string> MissingContentRoots(string manifest)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(manifest));
        return doc.RootElement.TryGetProperty("ContentRoots", out var roots)
            ? roots.EnumerateArray().Select(r => r.GetString() ?? "").Where(r => r.Length > 0 && !Directory.Exists(r)).ToList()
            : [];
    }
}

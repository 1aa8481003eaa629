using Workbench.App.Infrastructure;

namespace Workbench.Tests.Integration;

/// <summary>Where static files come from outside Development, and the refusal when there are none.</summary>
public sealed class StaticAssetsTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("workbench-assets-").FullName;

    private string Manifest(params string[] roots)
    {
        var path = Path.Combine(dir, "Workbench.App.staticwebassets.runtime.json");
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(new { ContentRoots = roots, Root = new { } }));
        return path;
    }

    [Fact]
    public void Development_LeavesItToTheFramework() =>
        Assert.Equal(StaticAssets.Source.Development, StaticAssets.Resolve(true, Path.Combine(dir, "none.json"), dir));

    [Fact]
    public void BuildOutput_UsesTheBuildManifest_InEveryEnvironment() =>
        Assert.Equal(StaticAssets.Source.BuildManifest, StaticAssets.Resolve(false, Manifest(dir), Path.Combine(dir, "wwwroot")));

    [Fact]
    public void BuildOutputCopiedAway_RefusesToStart_SayingWhichFoldersAreMissing()
    {
        var e = Assert.Throws<InvalidOperationException>(() => StaticAssets.Resolve(false, Manifest("/nonexistent/wwwroot/"), dir));
        Assert.Contains("无法启动", e.Message);
        Assert.Contains("/nonexistent/wwwroot/", e.Message);
    }

    [Fact]
    public void Published_UsesWwwroot()
    {
        Directory.CreateDirectory(Path.Combine(dir, "wwwroot", "_framework"));
        File.WriteAllText(Path.Combine(dir, "wwwroot", "_framework", "blazor.web.js"), "");
        Assert.Equal(StaticAssets.Source.Published, StaticAssets.Resolve(false, Path.Combine(dir, "none.json"), Path.Combine(dir, "wwwroot")));
    }

    [Fact]
    public void NothingAnywhere_RefusesToStart_SayingHowToPublish()
    {
        var e = Assert.Throws<InvalidOperationException>(() => StaticAssets.Resolve(false, Path.Combine(dir, "none.json"), Path.Combine(dir, "wwwroot")));
        Assert.Contains("dotnet publish Workbench.App -c Release -r linux-x64", e.Message);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}

using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workbench.Tests.Core;

namespace Workbench.Tests.Integration;

/// <summary>
/// The built app started as an operator would from source (`dotnet run --no-launch-profile`: Production, fresh data
/// folder, content root the project folder): static assets answer, and the console log has request lines, no failures
/// and no EF warnings.
/// </summary>
public sealed class ProductionStartTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "workbench-tests", "prod-" + Guid.NewGuid().ToString("N"));

    private sealed class RunningApp(Process process, StringBuilder log, string url) : IAsyncDisposable
    {
        public string Url => url;

        public HttpClient Client { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };

        public string Log { get { lock (log) return log.ToString(); } }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
    }

    private async Task<RunningApp> StartAsync(params (string Key, string Value)[] env)
    {
        var root = ArchitectureTests.FindRepoRoot();
        // This test assembly's own configuration folder (bin/Release/net10.0) names the app's build output.
        var outputTail = Path.GetRelativePath(Path.Combine(root, "Workbench.Tests"), AppContext.BaseDirectory);
        var dll = Path.Combine(root, "Workbench.App", outputTail, "Workbench.App.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(root, "Workbench.App"),
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Workbench__DataFolder"] = folder;
        start.Environment["Workbench__StrictQueries"] = "false";
        foreach (var (k, v) in env) start.Environment[k] = v;
        var log = new StringBuilder();
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start };
        void OnLine(string? line)
        {
            if (line is null) return;
            lock (log) log.AppendLine(line);
            var url = Regex.Match(line, @"Now listening on: (http://127\.0\.0\.1:\d+)");
            if (url.Success) listening.TrySetResult(url.Groups[1].Value);
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var done = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(3)));
        if (done != listening.Task)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            Assert.Fail("The app did not start:\n" + log);
        }
        return new RunningApp(process, log, await listening.Task);
    }

    [Fact]
    public async Task FromSource_InProduction_ServesStaticAssets_LogsRequestsWithoutQueryStrings_AndNoFailuresOrEfWarnings()
    {
        await using var app = await StartAsync(("Workbench__SeedDemoData", "true"));

        foreach (var asset in new[] { "/_framework/blazor.web.js", "/_content/MudBlazor/MudBlazor.min.css", "/_content/MudBlazor/MudBlazor.min.js", "/app.css" })
            Assert.True((await app.Client.GetAsync(asset)).StatusCode == HttpStatusCode.OK, asset + "\n" + app.Log);
        var login = await app.Client.GetStringAsync("/account/login?ReturnUrl=%2Fplatforms%3Fq%3D430102199001011234");
        Assert.Contains("登录", login);
        var html = await app.Client.GetStringAsync("/public/notices");
        Assert.Contains("<html lang=\"zh-CN\">", html);

        await WaitForAsync(() => app.Log.Contains("HTTP GET /public/notices → 200", StringComparison.Ordinal));
        var log = app.Log;
        Assert.Contains("HTTP GET /account/login → 200", log);
        Assert.DoesNotContain("430102199001011234", log);
        Assert.DoesNotContain("ReturnUrl", log);
        Assert.DoesNotContain("fail:", log);
        Assert.DoesNotContain("crit:", log);
        Assert.DoesNotContain("Microsoft.EntityFrameworkCore", log);
    }

    [Fact]
    public async Task JsonLogging_WhenConfigured_EveryLineIsJson_ChineseReadable()
    {
        await using var app = await StartAsync(("Workbench__SeedDemoData", "false"), ("Workbench__Logging__Json", "true"));
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/account/login")).StatusCode);

        await WaitForAsync(() => app.Log.Contains("/account/login", StringComparison.Ordinal));
        var lines = app.Log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var entries = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(entries, e => e.GetProperty("Category").GetString() == "Workbench"
            && e.GetProperty("Message").GetString()!.Contains("尚无管理员账号", StringComparison.Ordinal));
        var request = Assert.Single(entries, e => e.GetProperty("Category").GetString() == "Workbench.Requests");
        var state = request.GetProperty("State");
        Assert.Equal("GET", state.GetProperty("Method").GetString());
        Assert.Equal("/account/login", state.GetProperty("Path").GetString());
        Assert.Equal(200, state.GetProperty("StatusCode").GetInt32());
        Assert.Contains(lines, l => l.Contains("尚无管理员账号", StringComparison.Ordinal));   // not \u5C1A escapes
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 50 && !condition(); i++) await Task.Delay(100);
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workbench.App.Data;

namespace Workbench.Tests.Support;

/// <summary>The real app on a fresh SQLite file with the demo data, one per test class (xunit class fixture).</summary>
public class WorkbenchFactory : WebApplicationFactory<Program>
{
    public WorkbenchFactory() : this(null, null) { }

    /// <summary>A second instance on another's database: the same data folder (SQLite) or PostgreSQL database. Internal: xunit wants one public constructor on a class fixture.</summary>
    internal WorkbenchFactory(string? dataFolder, string? postgres)
    {
        DataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "workbench-tests", Guid.NewGuid().ToString("N"));
        this.postgres = postgres;
    }

    public string DataFolder { get; }

    /// <summary>This factory's own PostgreSQL database when the suite runs on PostgreSQL (<see cref="TestDatabase"/>).</summary>
    private string? postgres;

    /// <summary>A SQLite connection string to use instead of this factory's own file (a second instance on another's database).</summary>
    public string? ConnectionOverride { get; init; }

    /// <summary>The PostgreSQL connection string in use (null on SQLite); valid once the host has been built.</summary>
    public string? Postgres => postgres;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Workbench:DataFolder", DataFolder);
        if (TestDatabase.IsPostgres)
        {
            postgres ??= TestDatabase.CreatePostgresAsync().GetAwaiter().GetResult();
            builder.UseSetting("Workbench:DatabaseProvider", "Postgres");
            builder.UseSetting("ConnectionStrings:Workbench", postgres);
        }
        else
            builder.UseSetting("ConnectionStrings:Workbench", ConnectionOverride ?? $"Data Source={Path.Combine(DataFolder, "workbench.db")};Pooling=False");
        builder.UseSetting("Workbench:SeedDemoData", "true");
        builder.UseSetting("Workbench:StrictQueries", "true");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>
    /// Test-only clock seam: the real time plus <see cref="ShiftableClock.Offset"/> (zero unless a test moves it, e.g. past the
    /// end of a 公示). Tests that move it put it back in a finally block; tests in one collection run one after another.
    /// </summary>
    public ShiftableClock Clock { get; } = new();

    public HttpClient CreateBrowserlessClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<T> WithDbAsync<T>(Func<WorkbenchDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContextAsync();
        return await work(db);
    }

    /// <summary>Signs in through the real Chinese login form (antiforgery token included); returns the response.</summary>
    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string user, string password = "Workbench#2026")
    {
        var page = await client.GetStringAsync("/account/login");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = user,
            ["Input.Password"] = password,
        });
        return await client.PostAsync("/account/login", form);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (postgres is not null) TestDatabase.DropPostgres(postgres);
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The system clock moved by <see cref="Offset"/>; never registered outside the test factories.</summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}

/// <summary>The app on a real loopback port, for Playwright.</summary>
public sealed class KestrelWorkbenchFactory : WorkbenchFactory
{
    public string BaseUrl { get; private set; } = "";

    public KestrelWorkbenchFactory()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }
}

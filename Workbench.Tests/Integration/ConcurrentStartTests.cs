using Microsoft.EntityFrameworkCore;
using Workbench.Tests.Support;

namespace Workbench.Tests.Integration;

/// <summary>Issue 14: two instances starting together on one empty database both come up; it is migrated and seeded once.</summary>
public sealed class ConcurrentStartTests
{
    [Fact]
    public async Task TwoInstances_StartTogetherOnAnEmptyDatabase_BothServe_SeededOnce()
    {
        var folder = Path.Combine(Path.GetTempPath(), "workbench-tests", Guid.NewGuid().ToString("N"));
        var postgres = TestDatabase.IsPostgres ? await TestDatabase.CreateEmptyPostgresAsync() : null;
        await using var a = new WorkbenchFactory(folder, postgres);
        await using var b = new WorkbenchFactory(folder, postgres);
        await Task.WhenAll(Task.Run(() => a.Services), Task.Run(() => b.Services));

        foreach (var f in new[] { a, b })
        {
            var health = await f.CreateClient().GetAsync("/healthz");
            Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        }
        Assert.Equal(1, await a.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == "admin")));
        Assert.Equal(await a.WithDbAsync(db => db.Platforms.CountAsync()), await b.WithDbAsync(db => db.Platforms.CountAsync()));
        Assert.Equal(1, await b.WithDbAsync(db => db.AuditEntries.Select(e => e.Action).Distinct().CountAsync(x => x == "导入演示数据")));
    }

    [Fact]
    public async Task SignedInOnOneInstance_CookieWorksOnTheOther_KeysInTheDatabase()
    {
        var folderA = Path.Combine(Path.GetTempPath(), "workbench-tests", Guid.NewGuid().ToString("N"));
        var folderB = Path.Combine(Path.GetTempPath(), "workbench-tests", Guid.NewGuid().ToString("N"));
        var postgres = TestDatabase.IsPostgres ? await TestDatabase.CreateEmptyPostgresAsync() : null;
        await using var a = new WorkbenchFactory(folderA, postgres);
        // On SQLite the second instance reads the first one's database file; its own data folder has no keys.
        var shared = postgres is null ? $"Data Source={Path.Combine(folderA, "workbench.db")};Pooling=False" : postgres;
        await using var b = new WorkbenchFactory(folderB, postgres) { ConnectionOverride = shared };
        _ = a.Services;

        var login = await WorkbenchFactory.LoginAsync(a.CreateBrowserlessClient(), "admin");
        var cookies = login.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("Workbench.Auth", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]).ToList();
        Assert.NotEmpty(cookies);

        var other = b.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        other.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));
        var page = await other.GetAsync("/admin/calendar");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("节假日安排", await page.Content.ReadAsStringAsync());
        Assert.False(Directory.Exists(Path.Combine(folderB, "keys")) && Directory.EnumerateFiles(Path.Combine(folderB, "keys")).Any());
        Assert.True(await a.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }
}

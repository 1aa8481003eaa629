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
}

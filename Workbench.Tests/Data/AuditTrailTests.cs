using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Audit;
using Workbench.App.Features.Account;
using Workbench.App.Features.Admin;
using Workbench.Core;
using Workbench.Tests.Support;

namespace Workbench.Tests.Data;

public class AuditTrailTests
{
    private static readonly UserScope Admin = new("admin", "王建国", Role.Admin, null, null, null);

    [Fact]
    public async Task Migrations_ApplyToEmptySqlite_AllTablesAnswer()
    {
        await using var t = await TestDb.CreateAsync();
        await using var db = await t.Factory.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Platforms.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Create_WritesOneAuditEntryPerRecord_WithKeysAndSummary()
    {
        await using var t = await TestDb.CreateAsync();
        var (_, platformId) = await t.AddPlatformAsync();
        await using var db = await t.Factory.CreateDbContextAsync();
        var entries = await db.AuditEntries.OrderBy(a => a.Id).ToListAsync();
        var platform = Assert.Single(entries, e => e.EntityType == "平台");
        Assert.Equal(platformId.ToString(System.Globalization.CultureInfo.InvariantCulture), platform.EntityId);
        Assert.Equal("新增", platform.Action);
        Assert.Contains("名称：湖南省分析测试中心", platform.Summary);
        Assert.Contains("资源类别：科研设施和科研仪器", platform.Summary);
        Assert.DoesNotContain("-21474", platform.Summary);   // real foreign keys, not EF's temporary ones
        Assert.Matches(@"依托单位：\d+；", platform.Summary);
        Assert.Contains(entries, e => e.EntityType == "依托单位");
        Assert.Contains(entries, e => e.EntityType == "主管部门");
        Assert.All(entries, e => Assert.Equal("系统", e.UserName));
        Assert.Equal(t.Clock.GetUtcNow().ToUnixTimeMilliseconds(), platform.At.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Update_RecordsBeforeAndAfter_AndNamedAction()
    {
        await using var t = await TestDb.CreateAsync();
        var (_, id) = await t.AddPlatformAsync();
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            var p = await db.Platforms.SingleAsync(x => x.Id == id);
            p.Status = Workbench.Core.Platforms.PlatformStatus.Rectifying;
            db.AuditAction = "责令整改";
            await db.SaveChangesAsync();
        }
        await using var check = await t.Factory.CreateDbContextAsync();
        var last = await check.AuditEntries.OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal("责令整改", last.Action);
        Assert.Equal("状态：已认定 → 整改中", last.Summary);
    }

    [Fact]
    public async Task Chain_Untouched_Verifies()
    {
        await using var t = await TestDb.CreateAsync();
        await t.AddPlatformAsync();
        await t.AddPlatformAsync("湖南省种质资源库");
        var report = await new AuditService(t.Factory).VerifyAsync(Admin);
        Assert.True(report.Intact);
        Assert.Equal(8, report.Checked); // 2 × (platform, its head, unit, department)
    }

    [Fact]
    public async Task Chain_RowEditedInDatabase_IsReportedWithItsId()
    {
        await using var t = await TestDb.CreateAsync();
        await t.AddPlatformAsync();
        await t.AddPlatformAsync("湖南省种质资源库");
        await using (var db = await t.Factory.CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Summary\" = '名称：篡改后的内容' WHERE \"Id\" = 2");
        var report = await new AuditService(t.Factory).VerifyAsync(Admin);
        Assert.False(report.Intact);
        Assert.Equal(2, Assert.Single(report.Broken).Id);
    }

    [Fact]
    public async Task Chain_RowDeleted_BreaksTheLinkOfTheNext()
    {
        await using var t = await TestDb.CreateAsync();
        await t.AddPlatformAsync();
        await using (var db = await t.Factory.CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" = 2");
        var report = await new AuditService(t.Factory).VerifyAsync(Admin);
        Assert.Contains(report.Broken, b => b.Id == 3 && b.Problem.Contains("链接断开"));
    }

    [Fact]
    public async Task Verify_ByNonAdmin_Throws()
    {
        await using var t = await TestDb.CreateAsync();
        var expert = Admin with { Role = Role.Expert };
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => new AuditService(t.Factory).VerifyAsync(expert));
    }

    [Fact]
    public void Hash_DependsOnEveryField()
    {
        var e = new Workbench.App.Data.Entities.AuditEntry
        {
            At = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000), UserName = "admin", Role = "省科技厅管理员",
            EntityType = "平台", EntityId = "1", Action = "修改", Summary = "状态：已认定 → 整改中", PreviousHash = AuditInterceptor.GenesisHash, Hash = "",
        };
        var h = AuditInterceptor.ComputeHash(e);
        Assert.Equal(64, h.Length);
        Assert.NotEqual(h, AuditInterceptor.ComputeHash(new() { At = e.At, UserName = "admin2", Role = e.Role, EntityType = e.EntityType, EntityId = e.EntityId, Action = e.Action, Summary = e.Summary, PreviousHash = e.PreviousHash, Hash = "" }));
        Assert.NotEqual(h, AuditInterceptor.ComputeHash(new() { At = e.At.AddMilliseconds(1), UserName = e.UserName, Role = e.Role, EntityType = e.EntityType, EntityId = e.EntityId, Action = e.Action, Summary = e.Summary, PreviousHash = e.PreviousHash, Hash = "" }));
    }
}

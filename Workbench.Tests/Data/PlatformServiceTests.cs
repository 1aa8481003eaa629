using Microsoft.EntityFrameworkCore;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Platforms;
using Workbench.Tests.Support;

namespace Workbench.Tests.Data;

public class PlatformServiceTests
{
    private static readonly UserScope Admin = new("admin", "王建国", Role.Admin, null, null, null);

    private static PlatformEditModel Valid(int unitId) => new()
    {
        Name = "湖南省农作物种质资源库", EnglishName = "Hunan Provincial Crop Germplasm Resource Center",
        Category = ResourceCategory.BiologicalAndMaterials, HostUnitId = unitId, HeadName = "柏连阳",
        RecognisedOn = new DateTime(2025, 12, 20), CertificateNumber = "HNKJPT-2025-0009",
    };

    [Fact]
    public async Task Save_BadNames_ListsEveryProblem_AndWritesNothing()
    {
        await using var t = await TestDb.CreateAsync();
        var (unit, _) = await t.AddPlatformAsync();
        var service = new PlatformService(t.Factory, t.Clock);
        int before;
        await using (var db = await t.Factory.CreateDbContextAsync()) before = await db.AuditEntries.CountAsync();

        var model = Valid(unit);
        model.Name = "长沙种质资源";
        model.EnglishName = "Changsha Germplasm";
        var result = await service.SaveAsync(Admin, model);

        Assert.False(result.Ok);
        Assert.Contains(result.Errors, e => e.Contains("应以“湖南省”开头") && e.Contains("第九条"));
        Assert.Contains(result.Errors, e => e.Contains("Hunan Provincial"));
        await using var check = await t.Factory.CreateDbContextAsync();
        Assert.Equal(1, await check.Platforms.CountAsync());
        Assert.Equal(before, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Save_Valid_CreatesPlatformWithDepartmentOfItsUnit_AndTimelineEntry()
    {
        await using var t = await TestDb.CreateAsync();
        var (unit, _) = await t.AddPlatformAsync();
        var result = await new PlatformService(t.Factory, t.Clock).SaveAsync(Admin, Valid(unit));
        Assert.True(result.Ok, string.Join(";", result.Errors));
        await using var db = await t.Factory.CreateDbContextAsync();
        var p = await db.Platforms.Include(x => x.Events).Include(x => x.HostUnit).SingleAsync(x => x.Id == result.Id);
        Assert.Equal(p.HostUnit!.CompetentDepartmentId, p.CompetentDepartmentId);
        Assert.Equal("登记入平台名录", Assert.Single(p.Events).Title);
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.Action == "登记平台" && a.EntityType == "平台");
    }

    [Fact]
    public async Task Save_DuplicateName_IsRefused()
    {
        await using var t = await TestDb.CreateAsync();
        var (unit, _) = await t.AddPlatformAsync();
        var m = Valid(unit);
        m.Name = "湖南省分析测试中心";
        m.EnglishName = "Hunan Provincial Analysis and Testing Center";
        var result = await new PlatformService(t.Factory, t.Clock).SaveAsync(Admin, m);
        Assert.Contains(result.Errors, e => e.Contains("已有名为“湖南省分析测试中心”的平台"));
    }

    [Fact]
    public async Task Save_StaleVersion_IsRefusedWithChineseMessage()
    {
        await using var t = await TestDb.CreateAsync();
        var (_, id) = await t.AddPlatformAsync();
        var service = new PlatformService(t.Factory, t.Clock);
        var first = (await service.LoadForEditAsync(Admin, id))!;
        var second = (await service.LoadForEditAsync(Admin, id))!;
        first.Summary = "第一位管理员的修改";
        Assert.True((await service.SaveAsync(Admin, first)).Ok);
        second.Summary = "第二位管理员的修改";
        var result = await service.SaveAsync(Admin, second);
        Assert.False(result.Ok);
        Assert.Contains("刚刚被他人修改过", Assert.Single(result.Errors));
        await using (var db = await t.Factory.CreateDbContextAsync())
            Assert.Equal("第一位管理员的修改", (await db.Platforms.SingleAsync(p => p.Id == id)).Summary);

        // The failed save left nothing behind: a fresh edit saves and is audited.
        var third = (await service.LoadForEditAsync(Admin, id))!;
        third.Summary = "刷新后的修改";
        Assert.True((await service.SaveAsync(Admin, third)).Ok);
        await using var check = await t.Factory.CreateDbContextAsync();
        Assert.Equal(2, await check.AuditEntries.CountAsync(a => a.Action == "修改平台信息" && a.EntityType == "平台"));
    }

    [Fact]
    public async Task Save_ByNonAdmin_IsRefused()
    {
        await using var t = await TestDb.CreateAsync();
        var (unit, _) = await t.AddPlatformAsync();
        var result = await new PlatformService(t.Factory, t.Clock).SaveAsync(Admin with { Role = Role.HostUnit, HostUnitId = unit }, Valid(unit));
        Assert.False(result.Ok);
    }

    [Fact]
    public async Task Search_HostUnitScope_SeesOnlyOwn()
    {
        await using var t = await TestDb.CreateAsync();
        var (unitA, _) = await t.AddPlatformAsync();
        await t.AddPlatformAsync("湖南省种质资源库");
        var page = await new PlatformService(t.Factory, t.Clock).SearchAsync(Admin with { Role = Role.HostUnit, HostUnitId = unitA }, new PlatformQuery());
        Assert.Equal("湖南省分析测试中心", Assert.Single(page.Items).Name);
        Assert.Equal(1, page.Total);
    }
}

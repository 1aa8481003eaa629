using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Tests.Support;

namespace Workbench.Tests.Components;

public class PlatformListTests : ComponentTestBase
{
    private async Task<TestDb> ArrangeAsync()
    {
        var db = await TestDb.CreateAsync();
        Services.AddSingleton(db.Factory);
        Services.AddSingleton<TimeProvider>(db.Clock);
        Services.AddScoped<PlatformService>();
        return db;
    }

    private void SignIn(string role, int? hostUnitId = null)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("tester");
        auth.SetRoles(role);
        if (hostUnitId is int h) auth.SetClaims(new Claim(UserScope.HostUnitClaim, h.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Grid_LoadsPageFromServer_WithChineseLabels()
    {
        await using var db = await ArrangeAsync();
        await db.AddPlatformAsync();
        await db.AddPlatformAsync("湖南省农作物种质资源库");
        SignIn("Admin");
        var cut = RenderInteractive<PlatformList>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='platform-grid'] tbody tr").Count), TimeSpan.FromSeconds(5));
        Assert.Contains("科研设施和科研仪器", cut.Markup);
        Assert.Contains("已认定", cut.Markup);
        Assert.Contains("共 2 条", cut.Markup);
        Assert.Contains("登记平台", cut.Markup);
    }

    [Fact]
    public async Task Grid_ForHostUnit_ShowsOnlyOwnPlatforms_AndNoCreateButton()
    {
        await using var db = await ArrangeAsync();
        var (unit, _) = await db.AddPlatformAsync();
        await db.AddPlatformAsync("湖南省农作物种质资源库");
        SignIn("HostUnit", unit);
        var cut = RenderInteractive<PlatformList>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='platform-grid'] tbody tr")), TimeSpan.FromSeconds(5));
        Assert.Contains("湖南省分析测试中心", cut.Markup);
        Assert.DoesNotContain("湖南省农作物种质资源库", cut.Markup);
        Assert.DoesNotContain("登记平台", cut.Markup);
    }

    [Fact]
    public async Task SearchFromQueryString_FiltersOnTheServer()
    {
        await using var db = await ArrangeAsync();
        await db.AddPlatformAsync();
        await db.AddPlatformAsync("湖南省农作物种质资源库");
        SignIn("Admin");
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/platforms?q=种质");
        var cut = RenderInteractive<PlatformList>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='platform-grid'] tbody tr")), TimeSpan.FromSeconds(5));
        Assert.Contains("湖南省农作物种质资源库", cut.Markup);
    }
}

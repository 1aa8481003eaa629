using System.Net;
using Microsoft.EntityFrameworkCore;
using Workbench.Tests.Support;

namespace Workbench.Tests.Integration;

public class EvaluationAccessTests(WorkbenchFactory app) : IClassFixture<WorkbenchFactory>
{
    private Task<(int Own, int Other)> MaterialIdsAsync() => app.WithDbAsync(async db =>
    {
        var rows = await db.RoundPlatforms.Where(r => r.Round!.Title == "2026年度考核评估")
            .Select(r => new { r.Id, r.Platform!.Name, Host = r.Platform.HostUnit!.Name }).ToListAsync();
        return (rows.Single(r => r.Name == "湖南省电子信息产品检测服务平台").Id, rows.First(r => r.Host != "长沙学院").Id);
    });

    [Fact]
    public async Task HostUnit_OpeningAnotherUnitsMaterialsByUrl_SeesNotFound_OwnMaterialsOpen()
    {
        var (own, other) = await MaterialIdsAsync();
        var client = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(client, "host");

        var denied = await client.GetStringAsync($"/evaluation/materials/{other}");
        Assert.Contains("未找到该评估材料，或您无权查看", denied);
        Assert.DoesNotContain("对照指标自评", denied);

        var mine = await client.GetStringAsync($"/evaluation/materials/{own}");
        Assert.Contains("湖南省电子信息产品检测服务平台", mine);
        Assert.Contains("对照指标自评", mine);
    }

    [Fact]
    public async Task HostUnit_OpeningTemplates_IsDenied()
    {
        var client = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(client, "host");
        var response = await client.GetAsync("/evaluation/templates");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.OriginalString);
    }
}

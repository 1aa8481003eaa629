using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workbench.App.Features.Account;
using Workbench.App.Features.Supervision.ServiceRecords;
using Workbench.Core;
using Workbench.Tests.Support;

namespace Workbench.Tests.Supervision;

/// <summary>A host unit typing another unit's platform into the address bar sees "未找到或无权查看", never the records.</summary>
public class SupervisionScopeTests(WorkbenchFactory app) : IClassFixture<WorkbenchFactory>
{
    private async Task<(int Id, string Name)> OtherUnitsPlatformAsync() => await app.WithDbAsync(async db =>
    {
        var p = await db.Platforms.Where(x => x.HostUnit!.Name != "长沙学院" && db.AnnualSummaries.Any(s => s.PlatformId == x.Id && s.Year == 2025))
            .OrderBy(x => x.Id).Select(x => new { x.Id, x.Name }).FirstAsync();
        return (p.Id, p.Name);
    });

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = app.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await WorkbenchFactory.LoginAsync(client, user)).StatusCode);
        return client;
    }

    [Fact]
    public async Task SummaryDetail_HostOpensOtherUnitsPlatform_NotFoundAndNoText()
    {
        var (id, name) = await OtherUnitsPlatformAsync();
        var text = await app.WithDbAsync(db => db.AnnualSummaries.Where(s => s.PlatformId == id && s.Year == 2025).Select(s => s.SummaryText).FirstAsync());
        var html = await (await SignedInAsync("host")).GetStringAsync($"/supervision/summaries/{id}/2025");
        Assert.Contains("未找到或无权查看该平台的年度总结", html);
        Assert.DoesNotContain(name, html);
        Assert.DoesNotContain(text[..20], html);

        var admin = await (await SignedInAsync("admin")).GetStringAsync($"/supervision/summaries/{id}/2025");
        Assert.Contains(text[..20], admin);
    }

    [Fact]
    public async Task ServiceRecords_HostAsksForOtherUnitsPlatform_NotFound()
    {
        var (id, _) = await OtherUnitsPlatformAsync();
        var own = await app.WithDbAsync(db => db.Platforms.Where(p => p.HostUnit!.Name == "长沙学院").Select(p => p.Id).FirstAsync());
        var client = await SignedInAsync("host");
        Assert.Contains("未找到或无权查看该平台的服务记录", await client.GetStringAsync($"/supervision/services?platform={id}"));
        Assert.DoesNotContain("未找到或无权查看", await client.GetStringAsync($"/supervision/services?platform={own}"));
    }

    [Fact]
    public async Task ServiceRecordService_OtherHostUnitAsksForPlatform_Empty()
    {
        var (ownUnit, otherUnit, platform) = await app.WithDbAsync(async db =>
        {
            var p = await db.Platforms.Where(x => x.HostUnit!.Name == "长沙学院" && db.ServiceRecords.Any(r => r.PlatformId == x.Id)).FirstAsync();
            var other = await db.HostUnits.Where(u => u.Id != p.HostUnitId).Select(u => u.Id).FirstAsync();
            return (p.HostUnitId, other, p.Id);
        });
        using var scope = app.Services.CreateScope();
        var svc = scope.ServiceProvider.GetRequiredService<ServiceRecordService>();
        var own = await svc.ListAsync(new UserScope("host", "陈静", Role.HostUnit, ownUnit, null, null), platform, null, null, 0, 50);
        var other = await svc.ListAsync(new UserScope("x", "x", Role.HostUnit, otherUnit, null, null), platform, null, null, 0, 50);
        var totals = await svc.TotalsAsync(new UserScope("x", "x", Role.HostUnit, otherUnit, null, null), platform, null, null);
        Assert.True(own.Total > 0);
        Assert.Equal((0, 0, 0), (other.Total, other.Items.Count, totals.Services));
    }

    [Theory]
    [InlineData("/supervision/complaints")]
    [InlineData("/supervision/integrity")]
    [InlineData("/supervision/shortlist")]
    [InlineData("/supervision/outbox")]
    [InlineData("/supervision/services/new")]
    public async Task AdminOnlyPages_Department_RedirectedToDenied(string path)
    {
        var r = await (await SignedInAsync("dept")).GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Contains("/account/denied", r.Headers.Location!.ToString());
    }
}

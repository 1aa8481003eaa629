using System.Net;
using Microsoft.EntityFrameworkCore;
using Workbench.Tests.Support;

namespace Workbench.Tests.Integration;

public class AccessTests(WorkbenchFactory app) : IClassFixture<WorkbenchFactory>
{
    [Fact]
    public async Task Healthz_DatabaseAnswers_Returns200()
    {
        var response = await app.CreateBrowserlessClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LoginPage_IsChinese()
    {
        var html = await app.CreateBrowserlessClient().GetStringAsync("/account/login");
        Assert.Contains("用户名", html);
        Assert.Contains("密码", html);
        Assert.Contains(">登录<", html);
        Assert.DoesNotContain("fonts.googleapis", html);
    }

    [Fact]
    public async Task Anonymous_OpeningRegistry_IsSentToLogin()
    {
        var response = await app.CreateBrowserlessClient().GetAsync("/platforms");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Login_RightPassword_SetsCookieAndOpensRegistry()
    {
        var client = app.CreateBrowserlessClient();
        var login = await WorkbenchFactory.LoginAsync(client, "admin");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var registry = await client.GetStringAsync("/platforms");
        Assert.Contains("平台名录", registry);
        Assert.Contains("王建国", registry);
    }

    [Fact]
    public async Task Login_WrongPassword_SaysSoInChinese()
    {
        var response = await WorkbenchFactory.LoginAsync(app.CreateBrowserlessClient(), "agency", "wrong-Password#1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码不正确", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_FiveFailures_LocksEvenTheRightPassword()
    {
        var client = app.CreateBrowserlessClient();
        for (var i = 0; i < 5; i++)
            await WorkbenchFactory.LoginAsync(client, "expert7", "not-the-Password#" + i);
        var response = await WorkbenchFactory.LoginAsync(client, "expert7");
        Assert.Contains("账号已锁定", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Expert_OpeningSystemAdmin_IsRefusedOnTheServer()
    {
        var client = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(client, "expert1");
        foreach (var path in new[] { "/admin/users", "/admin/audit", "/platforms" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
        }
        var denied = await client.GetStringAsync("/account/denied");
        Assert.Contains("无权访问", denied);
    }

    [Fact]
    public async Task HostUnit_OpeningAnotherUnitsPlatform_SeesNothingOfIt()
    {
        var (own, other) = await app.WithDbAsync(async db =>
        {
            var mine = await db.Platforms.Where(p => p.HostUnit!.Name == "长沙学院").Select(p => p.Id).FirstAsync();
            var theirs = await db.Platforms.Where(p => p.HostUnit!.Name == "中南大学").Select(p => new { p.Id, p.Name }).FirstAsync();
            return (mine, theirs);
        });
        var client = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(client, "host");
        var ownPage = await client.GetStringAsync($"/platforms/{own}");
        Assert.Contains("长沙学院", ownPage);
        var otherPage = await client.GetStringAsync($"/platforms/{other.Id}");
        Assert.DoesNotContain(other.Name, otherPage);
        Assert.Contains("无权查看", otherPage);
    }

    [Fact]
    public async Task Department_SeesOnlyItsUnitsPlatforms()
    {
        var ids = await app.WithDbAsync(db => db.Platforms.ToDictionaryAsync(p => p.Name, p => p.Id));
        var client = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(client, "dept");
        // 长沙学院 is under 长沙市科学技术局; 湖南省农业科学院 under 湖南省农业农村厅.
        Assert.Contains("长沙学院", await client.GetStringAsync($"/platforms/{ids["湖南省电子信息产品检测服务平台"]}"));
        var other = await client.GetStringAsync($"/platforms/{ids["湖南省农作物种质资源库"]}");
        Assert.DoesNotContain("湖南省农作物种质资源库", other);
        Assert.Contains("无权查看", other);
    }

    [Fact]
    public async Task NonAdmin_OpeningPlatformEditor_IsRefused()
    {
        var client = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(client, "agency");
        var response = await client.GetAsync("/platforms/1/edit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
    }
}

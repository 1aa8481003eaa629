using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workbench.App.Data.Audit;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Admin;
using Workbench.App.Infrastructure;
using Workbench.Core;
using Workbench.Tests.Support;

namespace Workbench.Tests.Integration;

/// <summary>The app with the security stamp checked on every request, as it is after a minute in production.</summary>
public sealed class StrictStampFactory : WorkbenchFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workbench:Security:RevalidationSeconds", "0");
    }
}

/// <summary>系统管理 → 用户: 停用, 解除锁定, 重置密码 as an administrator does them, and what the user then sees.</summary>
public class AccountAdminTests(StrictStampFactory app) : IClassFixture<StrictStampFactory>
{
    private static readonly UserScope Admin = new("admin", "王建国", Role.Admin, null, null, null);

    private async Task<T> AsAdminAsync<T>(Func<UserAdminService, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, "Admin")], "test"));
        scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAs(principal);
        return await work(scope.ServiceProvider.GetRequiredService<UserAdminService>());
    }

    private async Task<string> NewUserAsync(string password = "Agency#2026x")
    {
        var name = "u" + Guid.NewGuid().ToString("N")[..8];
        var r = await AsAdminAsync(s => s.CreateAsync(Admin, new NewUserModel
        {
            UserName = name, DisplayName = "测试用户", Role = Role.Agency, OrganisationName = "湖南省科技评估中心", Password = password,
        }));
        Assert.True(r.Ok, string.Join(" ", r.Errors));
        return name;
    }

    private Task<AppUser> FindAsync(string name) => app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == name));

    private Task<List<AuditEntry>> TrailAsync(string userId) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "用户" && a.EntityId == userId).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task Disable_PermanentLock_IsAuditedInChinese_AndListedAs已停用()
    {
        var name = await NewUserAsync();
        var user = await FindAsync(name);

        var r = await AsAdminAsync(s => s.SetLockedAsync(Admin, user.Id, locked: true));

        Assert.True(r.Ok, string.Join(" ", r.Errors));
        Assert.True((await FindAsync(name)).LockoutEnd!.Value.IsForever());
        var entry = (await TrailAsync(user.Id)).Last();
        Assert.Equal("停用账号", entry.Action);
        Assert.Equal("admin", entry.UserName);
        Assert.Equal("锁定至：（空） → 永久锁定（已停用）", entry.Summary);
        var row = Assert.Single((await AsAdminAsync(s => s.ListAsync(Admin, name, 0, 20))).Items);
        Assert.Equal("已停用", row.StateLabel);
    }

    [Fact]
    public async Task Disable_EndsTheUsersSignedInSession_AndSignInSays已停用()
    {
        var name = await NewUserAsync();
        var client = app.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await WorkbenchFactory.LoginAsync(client, name, "Agency#2026x")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/platforms")).StatusCode);

        await AsAdminAsync(async s => await s.SetLockedAsync(Admin, (await FindAsync(name)).Id, locked: true));

        var after = await client.GetAsync("/platforms");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.PathAndQuery);
        var again = await WorkbenchFactory.LoginAsync(app.CreateBrowserlessClient(), name, "Agency#2026x");
        Assert.Contains("该账号已停用，请联系系统管理员。", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Disable_OpenCircuitFailsRevalidation_UnlockLetsTheUserBackIn()
    {
        var name = await NewUserAsync();
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value;
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var circuitUser = await factory.CreateAsync((await users.FindByNameAsync(name))!);
        Assert.True(await RevalidatingAuthenticationStateProvider.IsCurrentAsync(users, options, circuitUser));

        var id = (await FindAsync(name)).Id;
        await AsAdminAsync(s => s.SetLockedAsync(Admin, id, locked: true));
        using (var check = app.Services.CreateScope())
            Assert.False(await RevalidatingAuthenticationStateProvider.IsCurrentAsync(
                check.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), options, circuitUser));

        var unlock = await AsAdminAsync(s => s.SetLockedAsync(Admin, id, locked: false));
        Assert.True(unlock.Ok);
        Assert.Equal("解除锁定", (await TrailAsync(id)).Last().Action);
        Assert.Equal(HttpStatusCode.Redirect, (await WorkbenchFactory.LoginAsync(app.CreateBrowserlessClient(), name, "Agency#2026x")).StatusCode);
    }

    [Fact]
    public async Task Disable_OwnAccount_IsRefused()
    {
        var adminId = (await FindAsync("admin")).Id;
        var r = await AsAdminAsync(s => s.SetLockedAsync(Admin, adminId, locked: true));
        Assert.False(r.Ok);
        Assert.Equal("不能停用自己的账号。", Assert.Single(r.Errors));
    }

    [Fact]
    public async Task ResetPassword_TemporaryPasswordWorksOnce_UserMustChangeItBeforeAnythingElse()
    {
        var name = await NewUserAsync();
        var id = (await FindAsync(name)).Id;
        var open = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(open, name, "Agency#2026x");

        var reset = await AsAdminAsync(s => s.ResetPasswordAsync(Admin, id));

        Assert.True(reset.Ok, string.Join(" ", reset.Errors));
        var temporary = reset.TemporaryPassword!;
        Assert.Matches("^(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{12,}$", temporary);
        Assert.Equal(HttpStatusCode.Redirect, (await open.GetAsync("/platforms")).StatusCode);   // the old session ended
        Assert.Equal(HttpStatusCode.OK, (await WorkbenchFactory.LoginAsync(app.CreateBrowserlessClient(), name, "Agency#2026x")).StatusCode);
        Assert.Equal("重置密码（临时密码，须首次登录修改）", (await TrailAsync(id)).Last().Action);

        var client = app.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await WorkbenchFactory.LoginAsync(client, name, temporary)).StatusCode);
        var home = await client.GetAsync("/platforms");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(PasswordChange.Path, home.Headers.Location!.OriginalString);
        var page = await client.GetStringAsync(PasswordChange.Path);
        Assert.Contains("您正在使用管理员设置的临时密码", page);

        var weak = await PostChangeAsync(client, page, temporary, "abc", "abc");
        Assert.Contains("密码至少 8 位。", await weak.Content.ReadAsStringAsync());
        var changed = await PostChangeAsync(client, page, temporary, "Changed#2026y", "Changed#2026y");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/platforms")).StatusCode);
        Assert.Equal("修改密码", (await TrailAsync(id)).Last().Action);
        Assert.Equal(HttpStatusCode.Redirect, (await WorkbenchFactory.LoginAsync(app.CreateBrowserlessClient(), name, "Changed#2026y")).StatusCode);
    }

    [Fact]
    public void SecurityDefaults_AreThoseDocumentedFor等保三级()
    {
        var identity = app.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        Assert.Equal(8, identity.Password.RequiredLength);
        Assert.True(identity.Password.RequireDigit && identity.Password.RequireLowercase && identity.Password.RequireUppercase && identity.Password.RequireNonAlphanumeric);
        Assert.Equal(5, identity.Lockout.MaxFailedAccessAttempts);
        Assert.Equal(TimeSpan.FromMinutes(15), identity.Lockout.DefaultLockoutTimeSpan);
        var cookie = app.Services.GetRequiredService<IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        Assert.Equal(TimeSpan.FromMinutes(30), cookie.ExpireTimeSpan);
        Assert.True(cookie.SlidingExpiration);
        Assert.Equal(TimeSpan.Zero, app.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval);
    }

    [Fact]
    public async Task SignedInPage_CarriesTheIdleTimeout_ForTheSignOutScript()
    {
        var client = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(client, "admin");
        var html = await client.GetStringAsync("/platforms");
        Assert.Contains("data-idle-minutes=\"30\"", html);
        Assert.Contains("form[data-idle-minutes]", await client.GetStringAsync(Regex.Match(html, @"src=""(js/workbench[^""]*\.js)""").Groups[1].Value));
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59.9999999+00:00")]
    [InlineData("9999-12-31T20:00:00+00:00")]
    public void ToChina_NearTheEndOfTime_ClampsInsteadOfThrowing(string at)
    {
        var china = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture).ToChina();
        Assert.Equal(ChinaTime.Offset, china.Offset);
        Assert.Equal(9999, china.Year);
    }

    private static async Task<HttpResponseMessage> PostChangeAsync(HttpClient client, string page, string current, string next, string confirm)
    {
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync(PasswordChange.Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password", ["__RequestVerificationToken"] = token,
            ["Input.Current"] = current, ["Input.New"] = next, ["Input.Confirm"] = confirm,
        }));
    }
}

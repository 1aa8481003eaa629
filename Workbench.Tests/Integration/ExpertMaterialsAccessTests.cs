using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Recognition;
using Workbench.App.Features.Reviews;
using Workbench.Core;
using Workbench.Tests.Support;

namespace Workbench.Tests.Integration;

/// <summary>
/// 第八条(二)2: recognition panel members without a conflict read the application they score (page, service and every
/// attachment); non-members and members who abstained get 404, by URL too.
/// </summary>
public class ExpertMaterialsAccessTests(WorkbenchFactory factory) : IClassFixture<WorkbenchFactory>
{
    private async Task<(int AppId, string Name, int PanelId, int PlanFileId)> SeededAsync() =>
        await factory.WithDbAsync(async db =>
        {
            var a = await db.RecognitionApplications.AsNoTracking().FirstAsync(x => x.Name.Contains("岩土"));
            var plan = await db.ApplicationFiles.Where(f => f.ApplicationId == a.Id && f.Kind == FileKind.OperationPlan).Select(f => f.Id).FirstAsync();
            return (a.Id, a.Name, a.PanelId!.Value, plan);
        });

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var c = factory.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(c, user);
        return c;
    }

    private async Task<UserScope> ExpertAsync(string user)
    {
        var u = await factory.WithDbAsync(db => db.Users.AsNoTracking().FirstAsync(x => x.UserName == user));
        return new UserScope(user, u.DisplayName, Role.Expert, null, null, u.ExpertId);
    }

    [Fact]
    public async Task PanelMember_ReadsTheApplicationPageAndPlan_NonMemberGets404()
    {
        var (appId, name, _, plan) = await SeededAsync();
        var member = await SignedInAsync("expert1");
        var page = await member.GetAsync($"/recognition/applications/{appId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(name, html, StringComparison.Ordinal);
        Assert.Contains("基本条件核查（第八条(一)）", html, StringComparison.Ordinal);
        Assert.Contains($"/files/{plan}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("办理记录", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/files/{plan}")).StatusCode);

        var outsider = await SignedInAsync("expert7");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/recognition/applications/{appId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/files/{plan}")).StatusCode);
    }

    [Fact]
    public async Task MemberWhoAbstained_Gets404ForPageFileAndService()
    {
        var (appId, _, panelId, plan) = await SeededAsync();
        var expert4 = await ExpertAsync("expert4");
        using var scope = factory.Services.CreateScope();
        var recognition = scope.ServiceProvider.GetRequiredService<RecognitionService>();
        Assert.NotNull(await recognition.GetAsync(expert4, appId));

        var r = await scope.ServiceProvider.GetRequiredService<ReviewService>().AbstainAsync(expert4, panelId, "本人曾在该依托单位任职，申请回避。");
        Assert.True(r.Ok, string.Join("；", r.Errors));

        Assert.Null(await recognition.GetAsync(expert4, appId));
        var client = await SignedInAsync("expert4");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/recognition/applications/{appId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/files/{plan}")).StatusCode);
    }
}

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

    [Fact]
    public async Task Expert_OpeningEvaluationPanelsByUrl_SeesOnlyOwnSheet_NeverOthersOrProgress()
    {
        var panel = await app.WithDbAsync(async db =>
        {
            var p = await db.RoundPlatforms.Where(r => r.Round!.Title == "2026年度考核评估" && r.Status == Workbench.Core.Evaluation.EvaluationStatus.ExpertScoring && r.PanelId != null)
                .Select(r => new { r.Id, PanelId = r.PanelId!.Value, r.Platform!.Name }).FirstAsync();
            var members = await db.PanelMembers.Where(m => m.PanelId == p.PanelId).Select(m => m.Expert!.Name).ToListAsync();
            var others = await db.ScoreSheets.Where(s => s.PanelId == p.PanelId && db.Experts.Any(e => e.Id == s.ExpertId && e.Name != "张明远")).Select(s => s.OverallComment).ToListAsync();
            return (p.Id, p.PanelId, p.Name, members, others);
        });
        Assert.Contains("张明远", panel.members);
        string[] accounts = ["张明远", "李晓红", "王建华", "刘德胜", "陈丽君", "杨志强", "赵文静"];
        var outsiderAccount = $"expert{Array.FindIndex(accounts, n => !panel.members.Contains(n)) + 1}";
        Assert.NotEqual("expert0", outsiderAccount);

        var outsider = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(outsider, outsiderAccount);
        var denied = await outsider.GetStringAsync($"/reviews/{panel.PanelId}");
        Assert.Contains("未找到该评审任务", denied);
        Assert.DoesNotContain(panel.Name, denied);

        var member = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(member, "expert1");
        var own = await member.GetStringAsync($"/reviews/{panel.PanelId}");
        Assert.Contains(panel.Name, own);
        Assert.Contains("评估材料", own);
        Assert.DoesNotContain("专家组评审进度", own);
        foreach (var name in panel.members.Where(n => n != "张明远")) Assert.DoesNotContain(name, own);
        foreach (var comment in panel.others.Where(c => c is not null)) Assert.DoesNotContain(comment!, own);

        var result = await member.GetAsync($"/evaluation/round-platforms/{panel.Id}");
        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        Assert.Contains("/account/denied", result.Headers.Location!.OriginalString);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;
using Workbench.Tests.Support;

namespace Workbench.Tests.Documents.App;

/// <summary>Notice and per-document PDF URLs through the real app (seeded notices), scoped per role.</summary>
public class NoticeEndpointTests(WorkbenchFactory app) : IClassFixture<WorkbenchFactory>
{
    private static string Flat(IEnumerable<string> pages) => new(string.Concat(pages).Where(c => !char.IsWhiteSpace(c)).ToArray());

    private async Task<HttpClient> AsAsync(string user)
    {
        var client = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(client, user);
        return client;
    }

    /// <summary>A seeded notice concerning (or not) the host account's unit.</summary>
    private Task<OfficialNotice> NoticeAsync(bool ofHost, NoticeKind? kind = null) => app.WithDbAsync(async db =>
    {
        var host = await db.Users.Where(u => u.UserName == "host").Select(u => u.HostUnitId!.Value).SingleAsync();
        var q = db.OfficialNotices.Include(n => n.Units).Where(n => ofHost ? n.Units.Any(u => u.HostUnitId == host) : n.Units.All(u => u.HostUnitId != host));
        if (kind is { } k) q = q.Where(n => n.Kind == k);
        return await q.OrderBy(n => n.Id).FirstAsync();
    });

    [Fact]
    public async Task Notice_HostOfAnotherUnit_NotFound_OwnNoticePdfHasNumberTitleAndPlatform()
    {
        var host = await AsAsync("host");
        var other = await NoticeAsync(ofHost: false);
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync($"/documents/notices/{other.Id}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync($"/documents/notices/{other.Id}/preview/1.png")).StatusCode);

        var own = await NoticeAsync(ofHost: true);
        var response = await host.GetAsync($"/documents/notices/{own.Id}.pdf?download=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = Flat(DocumentFixture.PageTexts(await response.Content.ReadAsByteArrayAsync()));
        Assert.Contains(own.Number, text);
        Assert.Contains(own.Title, text);
        Assert.Contains(own.Units[0].PlatformName, text);
        var png = await host.GetAsync($"/documents/notices/{own.Id}/preview/1.png");
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Notice_AgencyAll_ExpertDenied_PublicOnlyOpenPublicity()
    {
        var other = await NoticeAsync(ofHost: false, NoticeKind.EvaluationNotice);
        Assert.Equal(HttpStatusCode.OK, (await (await AsAsync("agency")).GetAsync($"/documents/notices/{other.Id}.pdf")).StatusCode);
        var expert = await (await AsAsync("expert1")).GetAsync($"/documents/notices/{other.Id}.pdf");
        Assert.NotEqual(HttpStatusCode.OK, expert.StatusCode);

        var anonymous = app.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/public/notices/{other.Id}.pdf")).StatusCode);
        var open = await app.WithDbAsync(db => db.OfficialNotices.Where(n => n.Kind == NoticeKind.RecognitionPublicity).OrderByDescending(n => n.NoticeEnd).FirstAsync());
        var pub = await anonymous.GetAsync($"/public/notices/{open.Id}.pdf");
        Assert.Equal(HttpStatusCode.OK, pub.StatusCode);
        Assert.Contains("公示", Flat(DocumentFixture.PageTexts(await pub.Content.ReadAsByteArrayAsync())));

        // The public 公示 page links each platform under notice to that document.
        var page = await anonymous.GetStringAsync("/public/notices");
        Assert.Contains($"href=\"/public/notices/{open.Id}.pdf\"", page);
        Assert.Contains("查看公示文件（PDF）", page);
    }

    [Fact]
    public async Task Sheet_ExpertNotOnPanel_NotFound_HostDenied()
    {
        var (panel, member, outsider) = await app.WithDbAsync(async db =>
        {
            var m = await db.PanelMembers.OrderBy(x => x.Id).FirstAsync();
            var members = await db.PanelMembers.Where(x => x.PanelId == m.PanelId).Select(x => x.ExpertId).ToListAsync();
            var outsider = await db.Users.Where(u => u.ExpertId != null && !members.Contains(u.ExpertId!.Value)).Select(u => u.UserName!).FirstAsync();
            return (m.PanelId, m.ExpertId, outsider);
        });
        var response = await (await AsAsync(outsider)).GetAsync($"/documents/sheets/{panel}/{member}.pdf");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await (await AsAsync("host")).GetAsync($"/documents/sheets/{panel}/{member}.pdf")).StatusCode);
    }
}

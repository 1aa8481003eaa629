using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Supervision;
using Workbench.Tests.Support;

namespace Workbench.Tests.Components;

public class InboxBadgeTests : BunitContext, IAsyncLifetime
{
    private TestDb db = null!;

    public async Task InitializeAsync()
    {
        db = await TestDb.CreateAsync();
        Services.AddMudServices();
        Services.AddSingleton(db.Factory);
        Services.AddSingleton<TimeProvider>(db.Clock);
        Services.AddScoped<InboxService>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private async Task AddMessagesAsync(string user, int unread, int read)
    {
        await using var ctx = await db.Factory.CreateDbContextAsync();
        var now = db.Clock.GetUtcNow();
        for (var i = 0; i < unread + read; i++)
            ctx.InboxMessages.Add(new InboxMessage { UserName = user, Title = $"提醒{i}", Body = "请提交年度总结。", ReasonKey = $"t:{user}:{i}", CreatedAt = now, ReadAt = i < unread ? null : now });
        await ctx.SaveChangesAsync();
    }

    [Fact]
    public async Task InboxBadge_ThreeUnreadOneRead_ShowsThree()
    {
        await AddMessagesAsync("host", unread: 3, read: 1);
        await AddMessagesAsync("dept", unread: 5, read: 0);
        var cut = Render<InboxBadge>(p => p.Add(x => x.UserName, "host"));
        cut.WaitForAssertion(() => Assert.Equal("3", cut.Find(".mud-badge").TextContent.Trim()));
        Assert.Equal("消息提醒，3条未读", cut.Find("[aria-label^='消息提醒']").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task InboxBadge_AllRead_NoBadgeShown()
    {
        await AddMessagesAsync("host", unread: 0, read: 2);
        var cut = Render<InboxBadge>(p => p.Add(x => x.UserName, "host"));
        cut.WaitForAssertion(() => Assert.Equal("消息提醒，0条未读", cut.Find("[aria-label^='消息提醒']").GetAttribute("aria-label")));
        Assert.Empty(cut.FindAll(".mud-badge"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await db.DisposeAsync();
    }
}

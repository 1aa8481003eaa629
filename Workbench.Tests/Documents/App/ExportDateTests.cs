using Workbench.App.Documents.Sheets;
using Workbench.App.Features.Account;
using Workbench.App.Features.Documents;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Tests.Support;

namespace Workbench.Tests.Documents.App;

/// <summary>Export dates are Beijing dates whatever the server's time zone (the test clock's local zone is UTC).</summary>
public sealed class ExportDateTests : IAsyncLifetime
{
    private TestDb db = null!;

    public async Task InitializeAsync()
    {
        db = await TestDb.CreateAsync();
        await db.AddPlatformAsync();
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task RegistryExport_LateEveningUtc_TitleCarriesTheBeijingDate()
    {
        db.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 18, 30, 0, TimeSpan.Zero));   // 2026-11-30 02:30 in Beijing
        Assert.Equal(TimeZoneInfo.Utc, db.Clock.LocalTimeZone);
        using var ms = new MemoryStream();
        await new RegistryExport(db.Factory, new SheetExporter(), db.Clock)
            .WriteAsync(ms, new UserScope("admin", "王建国", Role.Admin, null, null, null), new PlatformQuery());
        DocumentEndpointTests.ReadBack(ms.ToArray(), out var title);
        Assert.Contains("导出日期：2026年11月30日", title);
    }
}

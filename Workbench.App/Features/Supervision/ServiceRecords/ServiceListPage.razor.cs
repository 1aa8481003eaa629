using Workbench.App.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;

namespace Workbench.App.Features.Supervision.ServiceRecords;

public partial class ServiceListPage
{
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [SupplyParameterFromQuery(Name = "platform")] private int? PlatformParam { get; set; }

    private UserScope scope = UserScope.Anonymous;
    private MudDataGrid<ServiceRow>? grid;
    private IReadOnlyList<Option> platforms = [];
    private int? platformId;
    private DateRange range = new();
    private ServiceTotals totals = new(0, 0, 0, 0, 0, 0);
    private bool notFound;
    private (string Label, DateTime From, DateTime To)[] Presets = [];

    protected override async Task OnInitializedAsync()
    {
        scope = UserScope.From((await Auth).User);
        platforms = await Services.PlatformsAsync(scope);
        // A platform the user may not see (e.g. another unit's, typed into the address bar) is reported, never shown.
        notFound = PlatformParam is int p && platforms.All(x => x.Id != p);
        platformId = notFound ? null : PlatformParam;
        var today = Clock.ChinaToday().ToDateTime(TimeOnly.MinValue);
        Presets =
        [
            ($"{today.Year}年", new DateTime(today.Year, 1, 1), today),
            ($"{today.Year - 1}年", new DateTime(today.Year - 1, 1, 1), new DateTime(today.Year - 1, 12, 31)),
            ("近三年", today.AddYears(-3).AddDays(1), today),
        ];
        range = new DateRange(Presets[0].From, Presets[0].To);
        if (!notFound) await LoadTotalsAsync();
    }

    private DateOnly? From => range.Start is { } s ? DateOnly.FromDateTime(s) : null;
    private DateOnly? To => range.End is { } e ? DateOnly.FromDateTime(e) : null;

    private async Task<GridData<ServiceRow>> LoadAsync(GridState<ServiceRow> s, CancellationToken ct)
    {
        var page = await Services.ListAsync(scope, platformId, From, To, s.Page, s.PageSize, ct);
        return new() { Items = page.Items, TotalItems = page.Total };
    }

    private async Task LoadTotalsAsync() => totals = await Services.TotalsAsync(scope, platformId, From, To);

    private async Task PlatformChangedAsync(int? id) { platformId = id; await ReloadAsync(); }
    private async Task RangeChangedAsync(DateRange r) { range = r; await ReloadAsync(); }

    private async Task ReloadAsync()
    {
        await LoadTotalsAsync();
        if (grid is not null) await grid.ReloadServerData();
    }
}

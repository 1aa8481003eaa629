using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;

namespace Workbench.App.Features.Notices;

public sealed partial class NoticesPage
{
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [SupplyParameterFromQuery(Name = "kind")] private string? KindParam { get; set; }
    [SupplyParameterFromQuery(Name = "year")] private int? YearParam { get; set; }
    [SupplyParameterFromQuery(Name = "round")] private int? RoundParam { get; set; }
    [SupplyParameterFromQuery(Name = "batch")] private int? BatchParam { get; set; }
    [SupplyParameterFromQuery(Name = "platform")] private int? PlatformParam { get; set; }

    private MudDataGrid<NoticeRow>? grid;
    private UserScope scope = UserScope.Anonymous;
    private IReadOnlyList<int> years = [];
    private NoticeKind? kind;
    private int? year;

    private string? SourceText => (RoundParam, BatchParam, PlatformParam) switch
    {
        ({ }, _, _) => "仅本评估批次的公文",
        (_, { }, _) => "仅本认定批次的公文",
        (_, _, { }) => "仅该平台的公文",
        _ => null,
    };

    protected override async Task OnInitializedAsync()
    {
        scope = UserScope.From((await Auth).User);
        years = await Notices.YearsAsync(scope);
        kind = Enum.TryParse<NoticeKind>(KindParam, out var k) ? k : null;
        year = YearParam;
    }

    private async Task<GridData<NoticeRow>> LoadAsync(GridState<NoticeRow> state, CancellationToken ct)
    {
        var (rows, total) = await Notices.ListAsync(scope, new NoticeQuery(kind, year, RoundParam, BatchParam, PlatformParam, state.Page, state.PageSize), ct);
        return new GridData<NoticeRow> { Items = rows, TotalItems = total };
    }

    private static string PlatformsText(NoticeRow r) =>
        r.Platforms.Count <= 2 ? string.Join("、", r.Platforms) : $"{r.Platforms[0]}等{r.Platforms.Count}个平台";

    private async Task OnKind(NoticeKind? k)
    {
        kind = k;
        if (grid is not null) await grid.ReloadServerData();
    }

    private async Task OnYear(int? y)
    {
        year = y;
        if (grid is not null) await grid.ReloadServerData();
    }

    private void ClearSource() => Nav.NavigateTo("/documents/notices");
}

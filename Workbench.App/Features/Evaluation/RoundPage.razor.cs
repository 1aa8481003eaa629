using Workbench.App.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Workbench.App.Features.Account;
using Workbench.Core.Evaluation;

namespace Workbench.App.Features.Evaluation;

public partial class RoundPage
{
    [Parameter] public int Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [Inject] private RoundService Rounds { get; set; } = default!;
    [Inject] private DecisionService Decisions { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private RoundDetail? detail;
    private MudDataGrid<RoundPlatformRow>? grid;
    private UserScope scope = UserScope.Anonymous;
    private bool loading = true;
    private List<BreadcrumbItem> crumbs = [];
    /// <summary>Rows the admin ticked (kept across pages of the grid).</summary>
    private readonly Dictionary<int, RoundPlatformRow> picked = [];
    private IReadOnlyList<string> errors = [];

    protected override async Task OnParametersSetAsync()
    {
        scope = UserScope.From((await Auth).User);
        detail = await Rounds.GetAsync(scope, Id);
        crumbs = [new("考核评估", "/evaluation"), new(detail?.Round.Title ?? "", null, disabled: true)];
        loading = false;
    }

    private async Task<GridData<RoundPlatformRow>> LoadAsync(GridState<RoundPlatformRow> state, CancellationToken ct)
    {
        var (rows, total) = await Rounds.PageAsync(scope, Id, state.Page, state.PageSize, ct);
        foreach (var r in rows.Where(r => picked.ContainsKey(r.Id))) picked[r.Id] = r;
        return new GridData<RoundPlatformRow> { Items = rows, TotalItems = total };
    }

    private async Task ReloadAsync()
    {
        detail = await Rounds.GetAsync(scope, Id);
        if (grid is not null) await grid.ReloadServerData();
    }

    private void Toggle(RoundPlatformRow row, bool on) { if (on) picked[row.Id] = row; else picked.Remove(row.Id); }

    private List<RoundPlatformRow> Picked(EvaluationStatus status) => picked.Values.Where(r => r.Status == status).ToList();

    private static string GradeText(RoundPlatformRow r) => r.Grade is { } g ? g.Label()
        : r.Proposed is { } p ? $"建议：{p.Grade.Label()}" : "—";

    private async Task StartNoticeAsync()
    {
        var rows = Picked(EvaluationStatus.Scored);
        var lines = rows.Select(r => r.Proposed is { } p ? $"{r.Name}：{p.Reason}" : $"{r.Name}：尚不能确定等次").ToList();
        lines.Add("公示期为5个工作日（按国家法定节假日和调休安排计算），公示期满后方可公布（第十七条）。");
        if (!await ConfirmChangesDialog.AskAsync(Dialogs, "确定等次并公示", "将按专家组评分确定以下等次并开始公示：", lines, "确定并公示")) return;
        await Done(await Decisions.StartNoticeAsync(scope, Id, rows.Select(r => r.Id).ToList()), "已确定等次并开始公示。");
    }

    private async Task PublishAsync()
    {
        var rows = Picked(EvaluationStatus.PublicNotice);
        var lines = rows.Select(r =>
        {
            var d = DynamicAdjustment.Decide(new EvaluationOutcome(r.Grade, Participation.Participated, r.IsReEvaluation, Clock.ChinaToday()));
            return $"{r.Name}：{r.Grade?.Label()}。{(d.Succeeded ? d.Value!.Explanation : string.Join("", d.Check.Problems))}";
        }).ToList();
        lines.Add("结果写入各平台大事记；平台状态按第十七条动态调整。");
        if (!await ConfirmChangesDialog.AskAsync(Dialogs, "公布评估结果", "将公布以下结果并进行动态调整：", lines, "确认公布", Color.Success)) return;
        await Done(await Decisions.PublishAsync(scope, Id, rows.Select(r => r.Id).ToList()), "评估结果已公布。");
    }

    private async Task CloseRoundAsync()
    {
        string[] lines = ["本批次全部参评平台的结果均已公布或已作处理。", "结束后不能再确定等次、公布结果或分配专家。"];
        if (!await ConfirmChangesDialog.AskAsync(Dialogs, "结束评估批次", $"将结束“{detail?.Round.Title}”：", lines, "确认结束")) return;
        await Done(await Rounds.CloseAsync(scope, Id), "评估批次已结束。");
    }

    private async Task Done(Platforms.SaveResult result, string message)
    {
        errors = result.Errors;
        if (!result.Ok) return;
        picked.Clear();
        Snackbar.Add(message, Severity.Success);
        await ReloadAsync();
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Workbench.App.Features.Account;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Evaluation;

public partial class AssignPage
{
    [Parameter] public int Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [Inject] private AssignmentService Assignments { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private UserScope scope = UserScope.Anonymous;
    private ResourceCategory category;
    private IReadOnlyList<AssignmentRow> rows = [];
    private Dictionary<int, HashSet<int>> choice = [];
    private IReadOnlyList<string> errors = [];
    private bool busy;
    private List<BreadcrumbItem> crumbs = [];

    protected override async Task OnParametersSetAsync()
    {
        scope = UserScope.From((await Auth).User);
        crumbs = [new("考核评估", "/evaluation"), new("评估批次", $"/evaluation/rounds/{Id}"), new("分配评估专家", null, disabled: true)];
        await LoadAsync();
    }

    private async Task CategoryChanged(ResourceCategory c)
    {
        category = c;
        errors = [];
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        rows = await Assignments.SuggestExpertsAsync(scope, Id, category);
        choice = rows.ToDictionary(r => r.RoundPlatformId, r => r.Candidates.Where(c => c.Assigned).Select(c => c.ExpertId).ToHashSet());
        foreach (var r in rows.Where(r => choice[r.RoundPlatformId].Count == 0))
            choice[r.RoundPlatformId] = r.Candidates.Where(c => c.Suggested).Select(c => c.ExpertId).ToHashSet();
    }

    private void Toggle(int rp, int expert, bool on) { if (on) choice[rp].Add(expert); else choice[rp].Remove(expert); }

    private async Task ConfirmAsync()
    {
        var lines = rows.Select(r =>
        {
            var names = r.Candidates.Where(c => choice[r.RoundPlatformId].Contains(c.ExpertId)).Select(c => c.Name);
            var before = r.Candidates.Where(c => c.Assigned).Select(c => c.Name).ToList();
            var change = before.Count == 0 ? "新分配" : "调整为";
            return $"{r.PlatformName}：{change}{string.Join("、", names)}（{choice[r.RoundPlatformId].Count}人）{(before.Count > 0 ? $"，原为{string.Join("、", before)}" : "")}";
        }).ToList();
        lines.Add("尚未开始专家评估的平台，状态将变更为“专家评估中”。");
        if (!await ConfirmChangesDialog.AskAsync(Dialogs, "确认分配评估专家", $"{category.Label()}类，将进行以下变更：", lines, "确认分配")) return;
        busy = true;
        var result = await Assignments.AssignAsync(scope, Id, rows.Select(r => new AssignmentRequest(r.RoundPlatformId, choice[r.RoundPlatformId].ToList())).ToList());
        busy = false;
        errors = result.Errors;
        if (!result.Ok) return;
        Snackbar.Add("专家分配已保存。", Severity.Success);
        await LoadAsync();
    }
}

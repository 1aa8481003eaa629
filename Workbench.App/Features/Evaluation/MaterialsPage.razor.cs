using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Workbench.App.Features.Account;
using Workbench.Core;
using Workbench.Core.Evaluation;

namespace Workbench.App.Features.Evaluation;

public partial class MaterialsPage
{
    [Parameter] public int Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [Inject] private MaterialsService Materials { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private MaterialView? view;
    private UserScope scope = UserScope.Anonymous;
    private bool loading = true, busy;
    private List<BreadcrumbItem> crumbs = [];
    private IReadOnlyList<string> errors = [];
    private string? returnReason;

    private bool editable => view is not null && scope.Is(Role.HostUnit) && view.Actions.Contains(EvaluationAction.SubmitMaterials);

    protected override async Task OnParametersSetAsync()
    {
        scope = UserScope.From((await Auth).User);
        await LoadAsync();
        loading = false;
    }

    private async Task LoadAsync()
    {
        view = await Materials.GetAsync(scope, Id);
        crumbs = [new("考核评估", "/evaluation"), new(view?.RoundTitle ?? "", view is null ? null : $"/evaluation/rounds/{view.RoundId}"), new("评估材料", null, disabled: true)];
    }

    private async Task SaveAsync(bool submit)
    {
        busy = true;
        var result = await Materials.SaveAsync(scope, Id, view!.Form, submit);
        busy = false;
        errors = result.Errors;
        if (!result.Ok) return;
        Snackbar.Add(submit ? "材料已提交，等待主管部门审核（第十六条）。" : "草稿已保存。", Severity.Success);
        await LoadAsync();
    }

    private async Task ReviewAsync(bool confirm)
    {
        busy = true;
        var result = await Materials.ReviewAsync(scope, Id, confirm, returnReason);
        busy = false;
        errors = result.Errors;
        if (!result.Ok) return;
        Snackbar.Add(confirm ? "已审核通过，材料将提交专家评估。" : "已退回依托单位补充材料。", Severity.Success);
        await LoadAsync();
    }

    private async Task WithdrawAsync()
    {
        var lines = new List<string>
        {
            "第十七条：中途退出评估的，不再纳入省资源平台序列，收回所授牌匾。",
            "退出后由省科技厅确认并作出撤销决定。",
        };
        if (!await ConfirmChangesDialog.AskAsync(Dialogs, "退出评估", $"{view!.PlatformName}将退出{view.RoundTitle}：", lines, "确认退出", Color.Error)) return;
        var result = await Materials.WithdrawAsync(scope, Id, "依托单位申请中途退出评估");
        errors = result.Errors;
        if (result.Ok) await LoadAsync();
    }
}

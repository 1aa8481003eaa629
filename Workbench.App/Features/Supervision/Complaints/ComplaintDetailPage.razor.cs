using Workbench.App.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;

namespace Workbench.App.Features.Supervision.Complaints;

public partial class ComplaintDetailPage
{
    [Parameter] public int Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [Inject] private ComplaintService Complaints { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private UserScope scope = UserScope.Anonymous;
    private (Complaint Complaint, string? Platform)? item;
    private IReadOnlyList<string> assignees = [];
    private bool loaded, busy;
    private string? assignee, notes, response;
    private IReadOnlyList<string> errors = [];
    private List<BreadcrumbItem> crumbs = [];

    protected override async Task OnParametersSetAsync()
    {
        scope = UserScope.From((await Auth).User);
        assignees = await Complaints.AssigneesAsync(scope);
        await LoadAsync();
        crumbs = [new("监督管理", "/supervision"), new("投诉办理", "/supervision/complaints"), new(item?.Complaint.TrackingNumber ?? "", null, disabled: true)];
    }

    private async Task LoadAsync()
    {
        item = await Complaints.GetAsync(scope, Id);
        assignee = item?.Complaint.AssignedTo;
        response = item?.Complaint.Response;
        loaded = true;
    }

    private bool Can(ComplaintService.Step step) => item is { } i && ComplaintService.Allows(i.Complaint.Status, step);

    private Task<IEnumerable<string>> SearchAssignees(string? text, CancellationToken ct) =>
        Task.FromResult(string.IsNullOrWhiteSpace(text) ? assignees : assignees.Where(a => a.Contains(text.Trim(), StringComparison.Ordinal)));

    private async Task ActAsync(ComplaintService.Step step, string? text)
    {
        if (item is not { } i) return;
        busy = true;
        try
        {
            var r = await Complaints.ActAsync(scope, Id, step, text, i.Complaint.Version);
            errors = r.Errors;
            if (!r.Ok) return;
            if (step == ComplaintService.Step.Investigate) notes = null;
            Snackbar.Add(step switch
            {
                ComplaintService.Step.Assign => "已分办。",
                ComplaintService.Step.Investigate => "已登记调查核实情况。",
                ComplaintService.Step.Respond => "已答复，投诉人可凭投诉编号和电话查询答复意见。",
                _ => "已办结。",
            }, Severity.Success);
            await LoadAsync();
        }
        finally { busy = false; }
    }

    private static string Local(DateTimeOffset t) => t.ToChina().ToString("yyyy-MM-dd HH:mm");
}

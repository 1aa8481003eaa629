using Workbench.App.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core.Integrity;

namespace Workbench.App.Features.Supervision.Integrity;

public partial class IntegrityNewPage
{
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [Inject] private IntegrityService Integrity { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private UserScope scope = UserScope.Anonymous;
    private readonly IntegrityInput m = new();
    private IReadOnlyList<Option> units = [], platforms = [];
    private (string Name, long Length, byte[] Bytes)? file;
    private IReadOnlyList<string> errors = [];
    private bool busy;
    private readonly List<BreadcrumbItem> crumbs = [new("监督管理", "/supervision"), new("诚信记录", "/supervision/integrity"), new("认定失信行为", null, disabled: true)];

    /// <summary>第十八条: Core's consequences of what is in the form right now.</summary>
    private IntegrityConsequences Consequences => IntegrityService.Preview(m);

    /// <summary>From the inbox link of an on-site inspection that found falsified material: the form starts prefilled.</summary>
    [SupplyParameterFromQuery(Name = "application")] private int? Application { get; set; }

    private bool prefilled;

    protected override async Task OnInitializedAsync()
    {
        scope = UserScope.From((await Auth).User);
        units = await Integrity.HostUnitsAsync(scope);
        m.FoundOn = Clock.ChinaToday().ToDateTime(TimeOnly.MinValue);
        if (Application is int id && await Integrity.FromInspectionAsync(scope, id) is { } pre)
        {
            m.Kind = pre.Kind;
            m.FoundOn = pre.FoundOn;
            m.Facts = pre.Facts;
            m.Evidence = pre.Evidence;
            await UnitChangedAsync(pre.HostUnitId);
            prefilled = true;
        }
    }

    private async Task UnitChangedAsync(int? id)
    {
        m.HostUnitId = id;
        m.PlatformId = null;
        platforms = id is int u ? await Integrity.PlatformsOfAsync(u) : [];
    }

    private async Task PickAsync(InputFileChangeEventArgs e)
    {
        if (e.File.Size > FileStore.MaxBytes) { errors = [$"文件“{e.File.Name}”超过 20 MB，请压缩或拆分后再上传。"]; return; }
        using var ms = new MemoryStream();
        await using (var s = e.File.OpenReadStream(FileStore.MaxBytes)) await s.CopyToAsync(ms);
        file = (e.File.Name, e.File.Size, ms.ToArray());
        errors = [];
    }

    private async Task SaveAsync()
    {
        var unit = units.FirstOrDefault(u => u.Id == m.HostUnitId)?.Name ?? "（未选择单位）";
        var text = $"对{unit}认定{m.Kind.Label()}{(m.Serious ? "（情节严重）" : "")}，将执行：" + string.Join("", Consequences.Measures) + "确定认定？";
        if (await Dialogs.ShowMessageBoxAsync("确认认定失信行为", text, yesText: "确认认定", cancelText: "取消") != true) return;
        busy = true;
        try
        {
            var upload = file is { } f ? new UploadedFile(f.Name, f.Length, new MemoryStream(f.Bytes)) : null;
            var r = await Integrity.RecordAsync(scope, m, upload);
            errors = r.Errors;
            if (!r.Ok) return;
            Snackbar.Add("已认定并执行处理措施。", Severity.Success);
            Nav.NavigateTo("/supervision/integrity");
        }
        finally { busy = false; }
    }
}

using Workbench.App.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using Workbench.App.Features.Account;

namespace Workbench.App.Features.Supervision.Summaries;

public partial class SummaryDetailPage
{
    [Parameter] public int PlatformId { get; set; }
    [Parameter] public int Year { get; set; }
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [Inject] private SummaryService Summaries { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private UserScope scope = UserScope.Anonymous;
    private SummaryDetail? d;
    private bool loaded, busy;
    private string? summary, plan;
    private readonly List<Pending> pending = [];
    private IReadOnlyList<string> errors = [];
    private List<BreadcrumbItem> crumbs = [];

    private sealed record Pending(string Name, long Length, byte[] Bytes);

    protected override async Task OnParametersSetAsync()
    {
        scope = UserScope.From((await Auth).User);
        await LoadAsync();
        crumbs = [new("监督管理", "/supervision"), new("年度总结", "/supervision/summaries"), new(d?.Platform ?? "", null, disabled: true)];
    }

    private async Task LoadAsync()
    {
        d = await Summaries.GetAsync(scope, PlatformId, Year);
        summary = d?.SummaryText;
        plan = d?.PlanText;
        loaded = true;
    }

    private async Task PickAsync(InputFileChangeEventArgs e)
    {
        var problems = new List<string>();
        foreach (var f in e.GetMultipleFiles(10))
        {
            if (f.Size > FileStore.MaxBytes) { problems.Add($"文件“{f.Name}”超过 20 MB，请压缩或拆分后再上传。"); continue; }
            using var ms = new MemoryStream();
            await using (var s = f.OpenReadStream(FileStore.MaxBytes)) await s.CopyToAsync(ms);
            pending.Add(new(f.Name, f.Size, ms.ToArray()));
        }
        errors = problems;
    }

    private async Task SubmitAsync()
    {
        if (d is null) return;
        busy = true;
        try
        {
            var uploads = pending.Select(p => new UploadedFile(p.Name, p.Length, new MemoryStream(p.Bytes))).ToList();
            var r = await Summaries.SubmitAsync(scope, PlatformId, Year, summary ?? "", plan ?? "", d.Version, uploads);
            errors = r.Errors;
            if (!r.Ok) return;
            pending.Clear();
            Snackbar.Add(d.Id is null ? $"{Year}年度总结已提交。" : "年度总结已保存。", Severity.Success);
            await LoadAsync();
        }
        finally { busy = false; }
    }

    private static string SizeText(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024d / 1024:0.#} MB" : $"{Math.Max(1, bytes / 1024)} KB";
}

using Workbench.App.Infrastructure;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Workbench.App.Data.Entities;
using Workbench.Core.Scoring;

namespace Workbench.App.Features.Reviews;

/// <summary>
/// The scoring form: template items with max points and guidance, live total (Core ScoreSheetRules.Total), inline Core
/// validation, debounced autosave of every change, signature pad, submit → locked.
/// </summary>
public partial class ScoreSheetForm
{
    [Parameter, EditorRequired] public required SheetView View { get; set; }
    /// <summary>Saves the draft; the form calls it ~600 ms after the last change.</summary>
    [Parameter, EditorRequired] public required Func<SheetDraft, Task<ReviewResult>> Autosave { get; set; }
    /// <summary>Validates, signs and locks.</summary>
    [Parameter, EditorRequired] public required Func<SheetDraft, byte[]?, Task<ReviewResult>> Submit { get; set; }
    [Parameter] public int DebounceMs { get; set; } = 600;

    private Dictionary<string, decimal?> scores = [];
    private Dictionary<string, string> comments = [];
    private string? overall;
    private List<string> problems = [];
    private string saveText = "";
    private bool busy, submitted;
    private DateTimeOffset? submittedAt;
    private ElementReference canvas;
    private IJSObjectReference? module;
    private CancellationTokenSource? pending;
    private int loadedFor = -1;

    private bool Interactive => RendererInfo.IsInteractive;
    private bool ReadOnly => submitted || View.ReadOnly;
    private decimal Total => ScoreSheetRules.Total(View.Template, new ScoreSheet(scores, comments));
    private string StatusText => View.AbstainedReason is not null ? "已回避" : ReadOnly && (submitted || View.Status == SheetStatus.Submitted) ? "已提交" : View.PanelStatus == PanelStatus.Closed ? "评审已结束" : "草稿";
    private SheetDraft Draft => new(scores, comments, overall);

    protected override void OnParametersSet()
    {
        if (loadedFor == View.PanelId) return;
        loadedFor = View.PanelId;
        scores = new(View.Scores);
        comments = new(View.Comments);
        overall = View.OverallComment;
        submitted = View.Status == SheetStatus.Submitted;
        submittedAt = View.SubmittedAt;
        saveText = View.SavedAt is { } at ? $"已自动保存 {Local(at)}" : "尚未保存";
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (ReadOnly || module is not null || !RendererInfo.IsInteractive) return;
        try
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/signature.js");
            await module.InvokeVoidAsync("init", canvas);
        }
        catch (JSDisconnectedException) { }
    }

    private static string Fmt(decimal? v) => v?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    private static string Local(DateTimeOffset t) => t.ToChina().ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private void OnScore(string code, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) scores[code] = null;
        else if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)) scores[code] = v;
        else { problems = ["请输入数字分值。"]; return; }
        Changed();
    }

    private void OnComment(string code, string? text)
    {
        comments[code] = text ?? "";
        Changed();
    }

    private void OnOverall(string? text)
    {
        overall = text;
        Changed();
    }

    /// <summary>Inline Core validation on every change, then a debounced autosave.</summary>
    private void Changed()
    {
        problems = ScoreSheetRules.Validate(View.Template, Draft.ToCore()).Problems.Where(p => !p.Contains("必评项", StringComparison.Ordinal)).ToList();
        saveText = "正在保存…";
        pending?.Cancel();
        pending = new CancellationTokenSource();
        _ = SaveLaterAsync(pending.Token);
    }

    private async Task SaveLaterAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(DebounceMs, token);
            var r = await Autosave(new SheetDraft(new Dictionary<string, decimal?>(scores), new Dictionary<string, string>(comments), overall));
            saveText = r.Ok ? $"已自动保存 {Local(r.At ?? DateTimeOffset.UtcNow)}" : "保存失败：" + string.Join("；", r.Errors);
            await InvokeAsync(StateHasChanged);
        }
        catch (TaskCanceledException) { }
    }

    private async Task ClearSignature()
    {
        if (module is not null) await module.InvokeVoidAsync("clear", canvas);
    }

    private async Task SubmitAsync()
    {
        busy = true;
        pending?.Cancel();
        byte[]? png = null;
        if (module is not null)
        {
            var url = await module.InvokeAsync<string?>("toPng", canvas);
            if (url is not null && url.StartsWith("data:image/png;base64,", StringComparison.Ordinal))
                png = Convert.FromBase64String(url["data:image/png;base64,".Length..]);
        }
        var r = await Submit(Draft, png);
        busy = false;
        if (r.Ok)
        {
            submitted = true;
            submittedAt = r.At;
            problems = [];
            saveText = $"已提交 {Local(r.At ?? DateTimeOffset.UtcNow)}";
        }
        else problems = [.. r.Errors];
    }

    public async ValueTask DisposeAsync()
    {
        pending?.Cancel();
        if (module is not null)
        {
            try { await module.DisposeAsync(); } catch (JSDisconnectedException) { }
        }
        GC.SuppressFinalize(this);
    }
}

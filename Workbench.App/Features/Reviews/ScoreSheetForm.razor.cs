using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using Workbench.App.Data.Entities;
using Workbench.App.Infrastructure;
using Workbench.Core.Scoring;

namespace Workbench.App.Features.Reviews;

/// <summary>
/// The scoring form: template items with max points and guidance, live total (Core ScoreSheetRules.Total), inline Core
/// validation. Typing is kept by <c>wwwroot/js/sheet-autosave.js</c> (browser copy first, then item-by-item saves through
/// <see cref="SaveFromBrowser"/>); stale items come back as conflicts the expert resolves; an earlier unsent copy is offered back.
/// </summary>
public partial class ScoreSheetForm
{
    [Parameter, EditorRequired] public required SheetView View { get; set; }
    /// <summary>Saves the changed items (Core ItemEdits decides which are stale).</summary>
    [Parameter, EditorRequired] public required Func<ItemsSave, Task<AutosaveResult>> Save { get; set; }
    /// <summary>Validates the stored sheet, signs and locks.</summary>
    [Parameter, EditorRequired] public required Func<byte[]?, Task<ReviewResult>> Submit { get; set; }
    /// <summary>The browser copy's key: one per sheet and user.</summary>
    [Parameter, EditorRequired] public required string StorageKey { get; set; }
    [Parameter] public int DebounceMs { get; set; } = 400;

    private Dictionary<string, decimal?> scores = [];
    private Dictionary<string, string> comments = [];
    private Dictionary<string, int> versions = [];
    private List<string> problems = [];
    private List<ItemConflict> conflicts = [];
    private string? overallTheirs;
    private Dictionary<string, BrowserEntry>? offer;
    private string? offerOverall, offerAt;
    private bool busy, submitted;
    /// <summary>Fields open only once the browser module listens: nothing typed before that could be kept.</summary>
    private bool ready;
    private DateTimeOffset? submittedAt;
    private ElementReference root, canvas;
    private IJSObjectReference? signature, autosave;
    private DotNetObjectReference<ScoreSheetForm>? self;
    private int loadedFor = -1;

    private bool Interactive => RendererInfo.IsInteractive;
    private bool ReadOnly => submitted || View.ReadOnly;
    private decimal Total => ScoreSheetRules.Total(View.Template, new ScoreSheet(scores, comments));
    private string StatusText => View.AbstainedReason is not null ? "已回避" : ReadOnly && (submitted || View.Status == SheetStatus.Submitted) ? "已提交" : View.PanelStatus == PanelStatus.Closed ? "评审已结束" : "草稿";

    protected override void OnParametersSet()
    {
        if (loadedFor == View.PanelId) return;
        loadedFor = View.PanelId;
        scores = new(View.Scores);
        comments = new(View.Comments);
        versions = new(View.Versions);
        submitted = View.Status == SheetStatus.Submitted;
        submittedAt = View.SubmittedAt;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (ReadOnly || autosave is not null || !RendererInfo.IsInteractive) return;
        try
        {
            self = DotNetObjectReference.Create(this);
            autosave = await JS.InvokeAsync<IJSObjectReference>("import", "./js/sheet-autosave.js");
            var stored = await autosave.InvokeAsync<BrowserCopy?>("init", root, self, StorageKey, DebounceMs,
                View.SavedAt is { } at ? Local(at) : null, View.OverallComment ?? "");
            Offer(stored);
            ready = true;
            signature = await JS.InvokeAsync<IJSObjectReference>("import", "./js/signature.js");
            await signature.InvokeVoidAsync("init", canvas);
            StateHasChanged();
        }
        catch (JSDisconnectedException) { }
    }

    private string? Version(string code) => versions.TryGetValue(code, out var v) ? v.ToString(CultureInfo.InvariantCulture) : null;

    private static string Fmt(decimal? v) => v?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    private static string Show(string? score, string? comment) =>
        (string.IsNullOrWhiteSpace(score) ? "未打分" : score + "分") + (string.IsNullOrWhiteSpace(comment) ? "" : "，理由：" + comment);

    private string ItemName(string code) => View.Template.Item(code) is { } i ? $"{i.Code} {i.Name}" : code;

    private static string Local(DateTimeOffset t) => t.ToChina().ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Called by the browser module with the items typed since the last save (score as typed, comment, base version).</summary>
    [JSInvokable]
    public async Task<BrowserSaveResult> SaveFromBrowser(BrowserBatch batch)
    {
        var edits = new List<ItemEdit>();
        foreach (var b in batch.Items ?? [])
        {
            if (!TryParse(b.Score, out var value)) { problems = [$"“{ItemName(b.Code)}”请输入数字分值。"]; continue; }
            edits.Add(new ItemEdit(b.Code, value, b.Comment, b.Base));
            scores[b.Code] = value;
            comments[b.Code] = b.Comment ?? "";
        }
        var r = await Save(new ItemsSave(edits, batch.Overall is { } o ? new OverallEdit(o.Text, o.Base) : null));
        if (!r.Ok) problems = [.. r.Errors];
        else
        {
            foreach (var s in r.Saved) versions[s.Code] = s.Version;
            conflicts = [.. conflicts.Where(c => r.Conflicts.All(n => n.Code != c.Code) && edits.All(e => e.Code != c.Code)), .. r.Conflicts];
            overallTheirs = r.OverallConflict ? r.OverallTheirs ?? "" : batch.Overall is null ? overallTheirs : null;
            problems = ScoreSheetRules.Validate(View.Template, new ScoreSheet(scores, comments)).Problems
                .Where(p => !p.Contains("必评项", StringComparison.Ordinal)).ToList();
        }
        StateHasChanged();
        return new BrowserSaveResult(r.Ok, r.At is { } at ? Local(at) : null, r.Saved.Select(s => new BrowserSaved(s.Code, s.Version)).ToList(),
            r.Conflicts.Select(c => c.Code).ToList(), r.Ok && batch.Overall is not null && !r.OverallConflict, r.OverallConflict, r.OverallTheirs, !r.Ok);
    }

    private static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)) return false;
        value = v;
        return true;
    }
}

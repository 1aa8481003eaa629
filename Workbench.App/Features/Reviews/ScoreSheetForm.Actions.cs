using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;

namespace Workbench.App.Features.Reviews;

/// <summary>The form's actions: restore or drop the browser copy, resolve conflicts, flush before leaving, sign and submit.</summary>
public partial class ScoreSheetForm : IAsyncDisposable
{
    /// <summary>Offers back what an earlier visit left in the browser, unless the server already holds the same values.</summary>
    private void Offer(BrowserCopy? stored)
    {
        if (stored is null) return;
        offer = stored.Items?.Where(kv => !SameAsServer(kv.Key, kv.Value)).ToDictionary();
        offerOverall = stored.Overall is { } o && (o.Text ?? "").Trim() != (View.OverallComment ?? "") ? o.Text ?? "" : null;
        var latest = (stored.Items?.Values.Select(e => e.At) ?? []).Append(stored.Overall?.At ?? 0).Max();
        offerAt = latest > 0 ? "本机记录于 " + Local(DateTimeOffset.FromUnixTimeMilliseconds((long)latest)) : "";
        if (offer is { Count: 0 } && offerOverall is null && autosave is not null) _ = autosave.InvokeVoidAsync("discard", root).AsTask();
    }

    private bool SameAsServer(string code, BrowserEntry e) =>
        TryParse(e.Score, out var v) && v == View.Scores.GetValueOrDefault(code)
        && (string.IsNullOrWhiteSpace(e.Comment) ? null : e.Comment.Trim()) == View.Comments.GetValueOrDefault(code);

    private async Task RestoreAsync()
    {
        var codes = offer?.Keys.ToList() ?? [];
        var overall = offerOverall is not null;
        (offer, offerOverall) = (null, null);
        if (autosave is not null) await autosave.InvokeVoidAsync("restore", root, codes, overall);
    }

    private async Task DiscardAsync()
    {
        (offer, offerOverall) = (null, null);
        if (autosave is not null) await autosave.InvokeVoidAsync("discard", root);
    }

    private async Task KeepMineAsync(ItemConflict c)
    {
        conflicts.Remove(c);
        if (autosave is not null) await autosave.InvokeVoidAsync("keepMine", root, c.Code, c.TheirVersion);
    }

    private async Task TakeTheirsAsync(ItemConflict c)
    {
        conflicts.Remove(c);
        (scores[c.Code], comments[c.Code], versions[c.Code]) = (c.Theirs, c.TheirComment ?? "", c.TheirVersion);
        if (autosave is not null) await autosave.InvokeVoidAsync("takeTheirs", root, c.Code, Fmt(c.Theirs), c.TheirComment ?? "", c.TheirVersion);
    }

    private async Task ResolveOverallAsync(bool keep)
    {
        var theirs = overallTheirs;
        overallTheirs = null;
        if (autosave is not null) await autosave.InvokeVoidAsync("resolveOverall", root, keep, theirs ?? "");
    }

    /// <summary>Before in-app navigation: save now; if something is still unsent, stay once and say so (it is kept in the browser).</summary>
    private async Task BeforeNavigationAsync(LocationChangingContext context)
    {
        if (autosave is null || ReadOnly) return;
        try
        {
            if (await autosave.InvokeAsync<bool>("flushNow", root)) return;
        }
        catch (JSException) { return; }
        if (problems.Contains(UnsentWarning)) return;   // second attempt: let the expert go; the browser copy stays
        problems = [UnsentWarning, .. problems];
        context.PreventNavigation();
    }

    private const string UnsentWarning = "还有修改未保存到服务器（已在本机暂存）。请处理上方的冲突或检查网络后再离开；再次点击将直接离开。";

    private async Task ClearSignature()
    {
        if (signature is not null) await signature.InvokeVoidAsync("clear", canvas);
    }

    private async Task SubmitAsync()
    {
        busy = true;
        if (autosave is not null && !await autosave.InvokeAsync<bool>("flushNow", root))
        {
            problems = ["还有修改未保存到服务器，请处理冲突或等待保存完成后再提交。"];
            busy = false;
            return;
        }
        byte[]? png = null;
        if (signature is not null)
        {
            var url = await signature.InvokeAsync<string?>("toPng", canvas);
            if (url is not null && url.StartsWith("data:image/png;base64,", StringComparison.Ordinal))
                png = Convert.FromBase64String(url["data:image/png;base64,".Length..]);
        }
        var r = await Submit(png);
        busy = false;
        if (!r.Ok) { problems = [.. r.Errors]; return; }
        submitted = true;
        submittedAt = r.At;
        problems = [];
        if (autosave is not null) await autosave.InvokeVoidAsync("dispose", root);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var m in new[] { autosave, signature })
        {
            if (m is null) continue;
            try
            {
                if (m == autosave) await m.InvokeVoidAsync("dispose", root);
                await m.DisposeAsync();
            }
            catch (JSDisconnectedException) { }
        }
        self?.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>What the browser module sends: items typed since the last save, and the overall comment.</summary>
public sealed record BrowserBatch(IReadOnlyList<BrowserItem>? Items, BrowserOverall? Overall);
public sealed record BrowserItem(string Code, string? Score, string? Comment, int Base);
public sealed record BrowserOverall(string? Text, string? Base);
/// <summary>The browser's stored copy from an earlier visit.</summary>
public sealed record BrowserCopy(Dictionary<string, BrowserEntry>? Items, BrowserOverallEntry? Overall);
public sealed record BrowserEntry(string? Score, string? Comment, int Base, double At);
public sealed record BrowserOverallEntry(string? Text, string? Base, double At);
/// <summary>What the module needs back: stored versions, refused codes, the time to show.</summary>
public sealed record BrowserSaveResult(bool Ok, string? SavedAt, IReadOnlyList<BrowserSaved> Saved, IReadOnlyList<string> Conflicts,
    bool OverallSaved, bool OverallConflict, string? OverallText, bool ReadOnly);
public sealed record BrowserSaved(string Code, int Version);

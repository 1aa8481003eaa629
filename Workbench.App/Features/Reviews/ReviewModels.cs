using System.Text.Json;
using Workbench.App.Data.Entities;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Scoring;

namespace Workbench.App.Features.Reviews;

/// <summary>What a caller (recognition, evaluation) passes to form a panel.</summary>
public sealed record NewPanel(
    PanelKind Kind, int SubjectId, string SubjectTitle, int HostUnitId, IndicatorTemplate Template,
    IReadOnlyList<int> ExpertIds, int? ChairExpertId = null, DateOnly? Deadline = null);

/// <summary>An expert of the pool as a panel candidate, with the Core conflict verdict for this subject.</summary>
public sealed record PanelCandidate(int ExpertId, string Name, string Unit, string Title, string Fields, bool Conflicted, string ConflictLabel);

/// <summary>A row of 我的评审.</summary>
public sealed record MyPanelRow(int PanelId, PanelKind Kind, string SubjectTitle, PanelStatus PanelStatus, DateOnly? Deadline,
    string MyStatus, int Filled, int ItemCount);

/// <summary>The expert's own sheet, as the scoring workspace shows it.</summary>
public sealed record SheetView(
    int PanelId, PanelKind Kind, string SubjectTitle, string HostUnitName, PanelStatus PanelStatus, DateOnly? Deadline,
    IndicatorTemplate Template, Dictionary<string, decimal?> Scores, Dictionary<string, string> Comments, string? OverallComment,
    SheetStatus Status, bool HasSignature, string? AbstainedReason, DateTimeOffset? SavedAt, DateTimeOffset? SubmittedAt, string? ReopenReason)
{
    /// <summary>The application id (Recognition) or the evaluation subject id (Evaluation).</summary>
    public int SubjectId { get; init; }
    /// <summary>Each stored item's version (what a tab's edits are based on); items never saved are absent (version 0).</summary>
    public IReadOnlyDictionary<string, int> Versions { get; init; } = new Dictionary<string, int>();

    public bool ReadOnly => Status == SheetStatus.Submitted || AbstainedReason is not null || PanelStatus == PanelStatus.Closed;
}

/// <summary>What the workspace autosaves.</summary>
public sealed record SheetDraft(IReadOnlyDictionary<string, decimal?> Scores, IReadOnlyDictionary<string, string> Comments, string? OverallComment)
{
    public ScoreSheet ToCore() => new(Scores, Comments);

    /// <summary>The whole draft as edits on top of what is stored (the caller's values win: a programmatic, single-writer save).</summary>
    public ItemsSave OnTopOf(IReadOnlyDictionary<string, int> versions, IEnumerable<string> codes, string? storedOverall) =>
        new(codes.Where(c => Scores.ContainsKey(c) || Comments.ContainsKey(c))
                .Select(c => new ItemEdit(c, Scores.GetValueOrDefault(c), Comments.GetValueOrDefault(c), versions.GetValueOrDefault(c))).ToList(),
            new OverallEdit(OverallComment, storedOverall));
}

/// <summary>Stored item rows as Core's score sheet.</summary>
internal static class SheetItems
{
    public static ScoreSheet ToCore(IEnumerable<ScoreItemRecord> rows)
    {
        var list = rows.ToList();
        return new ScoreSheet(list.ToDictionary(i => i.ItemCode, i => i.Value),
            list.Where(i => i.Comment is not null).ToDictionary(i => i.ItemCode, i => i.Comment!));
    }
}

/// <summary>
/// One autosave from a tab: only the items that changed, each with the version it was based on, and the overall comment
/// with the text it was based on (null when unchanged).
/// </summary>
public sealed record ItemsSave(IReadOnlyList<ItemEdit> Items, OverallEdit? Overall = null);

/// <summary>The overall comment as the tab shows it now, and the text it started from.</summary>
public sealed record OverallEdit(string? Text, string? BaseText);

/// <summary>An item as stored after the save.</summary>
public sealed record SavedItem(string Code, decimal? Value, string? Comment, int Version);

/// <summary>A refused item: both values and the stored version, so the expert can keep either.</summary>
public sealed record ItemConflict(string Code, string Name, decimal? Mine, string? MyComment, decimal? Theirs, string? TheirComment,
    int TheirVersion, string Message);

/// <summary>The outcome of an autosave: what is stored now, what was refused as stale, and when.</summary>
public sealed record AutosaveResult(bool Ok, IReadOnlyList<string> Errors, DateTimeOffset? At, IReadOnlyList<SavedItem> Saved,
    IReadOnlyList<ItemConflict> Conflicts, string? OverallTheirs = null, bool OverallConflict = false)
{
    public bool HasConflicts => Conflicts.Count > 0 || OverallConflict;
    public static AutosaveResult Fail(string error) => new(false, [error], null, [], []);
}

/// <summary>A line of the sheet's history (修改记录).</summary>
public sealed record ItemRevisionRow(DateTimeOffset At, string UserName, string ItemCode, string ItemName,
    decimal? OldValue, decimal? NewValue, string? OldComment, string? NewComment);

/// <summary>One expert's line in the panel progress view.</summary>
public sealed record MemberProgress(int ExpertId, string Name, string Unit, bool IsChair, string State, decimal? Total,
    DateTimeOffset? SubmittedAt, string? AbstainedReason, string? ReopenReason, bool Flagged, decimal? Deviation);

public sealed record PanelProgressView(
    int PanelId, PanelKind Kind, string SubjectTitle, PanelStatus Status, DateOnly? Deadline, IReadOnlyList<MemberProgress> Members,
    PanelResult? Aggregate, decimal? ConsensusScore, string? ConsensusReason)
{
    public int Submitted => Members.Count(m => m.State == ReviewStates.Submitted);
    /// <summary>The panel's final score: the consensus adjustment if any, else the aggregate.</summary>
    public decimal? FinalScore => ConsensusScore ?? Aggregate?.Score;
}

public static class ReviewStates
{
    public const string NotStarted = "未开始";
    public const string Draft = "草稿";
    public const string Submitted = "已提交";
    public const string Abstained = "回避";
}

public sealed record ReviewResult(bool Ok, IReadOnlyList<string> Errors, DateTimeOffset? At = null, int Id = 0)
{
    public static ReviewResult Success(DateTimeOffset? at = null, int id = 0) => new(true, [], at, id);
    public static ReviewResult Fail(params string[] errors) => new(false, errors);
    public static ReviewResult Fail(Check check) => new(false, check.Problems);
}

internal static class ReviewJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string? json) where T : new() =>
        string.IsNullOrWhiteSpace(json) ? new T() : JsonSerializer.Deserialize<T>(json, Options) ?? new T();

    public static IndicatorTemplate Template(string json) =>
        JsonSerializer.Deserialize<IndicatorTemplate>(json, Options) ?? throw new InvalidOperationException("评审模板数据损坏。");
}

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
    public bool ReadOnly => Status == SheetStatus.Submitted || AbstainedReason is not null || PanelStatus == PanelStatus.Closed;
}

/// <summary>What the workspace autosaves.</summary>
public sealed record SheetDraft(IReadOnlyDictionary<string, decimal?> Scores, IReadOnlyDictionary<string, string> Comments, string? OverallComment)
{
    public ScoreSheet ToCore() => new(Scores, Comments);
}

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

using Workbench.Core.Scoring;

namespace Workbench.App.Data.Entities;

/// <summary>
/// An expert panel (专家组, 第八条(二)2、第十六条) scoring one subject — a recognition application or a platform in an
/// evaluation round — against a frozen snapshot of an indicator template.
/// </summary>
public sealed class ReviewPanel : IConcurrencyAware
{
    public int Id { get; set; }
    public PanelKind Kind { get; set; }
    /// <summary>The application id (Recognition) or the evaluation subject id (Evaluation).</summary>
    public int SubjectId { get; set; }
    public required string SubjectTitle { get; set; }
    /// <summary>Conflict facts: the subject's host unit (第十六条 回避).</summary>
    public int HostUnitId { get; set; }
    public required string HostUnitName { get; set; }
    /// <summary>The Core IndicatorTemplate as JSON, frozen when the panel is formed.</summary>
    public required string TemplateJson { get; set; }
    public PanelStatus Status { get; set; }
    public DateOnly? Deadline { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>The aggregate at closing (Core PanelAggregation).</summary>
    public decimal? ComputedScore { get; set; }
    /// <summary>A consensus adjustment (Core PanelAggregation.Adjust) and its mandatory reason.</summary>
    public decimal? ConsensusScore { get; set; }
    public string? ConsensusReason { get; set; }
    public List<PanelMember> Members { get; set; } = [];
    public List<ScoreSheetRecord> Sheets { get; set; } = [];
    public Guid Version { get; set; }
}

public enum PanelStatus
{
    Open,
    Closed,
}

/// <summary>An expert on a panel; <see cref="AbstainedReason"/> set when the expert declared a conflict (回避).</summary>
public sealed class PanelMember
{
    public int Id { get; set; }
    public int PanelId { get; set; }
    public int ExpertId { get; set; }
    public Expert? Expert { get; set; }
    public bool IsChair { get; set; }
    public string? AbstainedReason { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
}

/// <summary>One expert's score sheet (autosaved draft, then a signed, locked submission).</summary>
public sealed class ScoreSheetRecord : IConcurrencyAware
{
    public int Id { get; set; }
    public int PanelId { get; set; }
    public int ExpertId { get; set; }
    /// <summary>One row per indicator item the expert has touched (value, comment, version).</summary>
    public List<ScoreItemRecord> Items { get; set; } = [];
    public string? OverallComment { get; set; }
    /// <summary>The handwritten signature drawn on the canvas, PNG.</summary>
    public byte[]? Signature { get; set; }
    public SheetStatus Status { get; set; }
    public DateTimeOffset? SavedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? ReopenReason { get; set; }
    public Guid Version { get; set; }
}

/// <summary>
/// One scored item of a sheet: value and comment, saved on their own so that two tabs editing different items both keep
/// their values; <see cref="Version"/> counts the saves and refuses a stale tab's save of the same item.
/// </summary>
public sealed class ScoreItemRecord
{
    public int Id { get; set; }
    public int SheetId { get; set; }
    public required string ItemCode { get; set; }
    public decimal? Value { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>The sheet's history: who changed which item when, old → new (kept after closing; read by the expert and the agency).</summary>
public sealed class ScoreItemRevision
{
    public long Id { get; set; }
    public int SheetId { get; set; }
    public required string ItemCode { get; set; }
    public DateTimeOffset At { get; set; }
    public required string UserName { get; set; }
    public decimal? OldValue { get; set; }
    public decimal? NewValue { get; set; }
    public string? OldComment { get; set; }
    public string? NewComment { get; set; }
    public int Version { get; set; }
}

public enum SheetStatus
{
    Draft,
    Submitted,
}

public static class ReviewLabels
{
    public static string Label(this PanelStatus s) => s == PanelStatus.Open ? "评审中" : "已结束";
    public static string Label(this SheetStatus s) => s == SheetStatus.Draft ? "草稿" : "已提交";
}

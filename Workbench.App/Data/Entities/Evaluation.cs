using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;

namespace Workbench.App.Data.Entities;

/// <summary>第十六条 分类评估: one saved version of a category's indicator template (the Core template as JSON). Saving makes a new version.</summary>
public sealed class EvaluationTemplate
{
    public int Id { get; set; }
    public ResourceCategory Category { get; set; }
    public int Number { get; set; }
    public required string Name { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public string? Note { get; set; }
}

public enum RoundStatus
{
    /// <summary>进行中</summary>
    Open,
    /// <summary>已结束</summary>
    Closed,
}

/// <summary>第十六条: an evaluation round (考核评估批次) run by the 厅 through a third-party agency.</summary>
public sealed class EvaluationRound : IConcurrencyAware
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly MaterialDeadline { get; set; }
    public DateOnly ScoringDeadline { get; set; }
    public RoundStatus Status { get; set; }
    /// <summary>The day the admin closed the round (every platform published or excused).</summary>
    public DateOnly? ClosedOn { get; set; }
    public List<RoundTemplate> Templates { get; set; } = [];
    public List<RoundPlatform> Platforms { get; set; } = [];
    public Guid Version { get; set; }
}

/// <summary>The template version a round started with, per category, as a JSON snapshot (later edits do not touch it).</summary>
public sealed class RoundTemplate
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public ResourceCategory Category { get; set; }
    public int TemplateNumber { get; set; }
    public required string Json { get; set; }
}

/// <summary>
/// One platform within a round; becomes a review subject (ReviewPanel Kind=Evaluation, SubjectId=Id) once panels exist.
/// 第十六条、第十七条.
/// </summary>
public sealed class RoundPlatform : IConcurrencyAware
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public EvaluationRound? Round { get; set; }
    public int PlatformId { get; set; }
    public Platform? Platform { get; set; }
    public bool IsReEvaluation { get; set; }
    public EvaluationStatus Status { get; set; }
    public Participation Participation { get; set; }
    /// <summary>第十七条: the good reason recorded when a platform is excused, or the note on non-participation.</summary>
    public string? AbsenceReason { get; set; }
    /// <summary>The Reviews module's panel (ReviewPanel.Id) once it is created.</summary>
    public int? PanelId { get; set; }
    /// <summary>The panel's final score (trimmed mean or consensus-adjusted).</summary>
    public decimal? PanelScore { get; set; }
    public string? ConsensusReason { get; set; }
    /// <summary>第十八条: fraud or academic misconduct found (→ 不合格 outright).</summary>
    public bool FraudFound { get; set; }
    /// <summary>第十八条: what was found, by whom it was recorded (mandatory with <see cref="FraudFound"/>).</summary>
    public string? FraudReason { get; set; }
    public Grade? Grade { get; set; }
    public string? GradeReason { get; set; }
    public DateOnly? NoticeStart { get; set; }
    public DateOnly? NoticeEnd { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public EvaluationMaterial? Material { get; set; }
    public List<RoundAssignment> Assignments { get; set; } = [];
    public Guid Version { get; set; }
}

/// <summary>第十六条: the host unit's evaluation materials, reviewed by its 主管部门 before experts score.</summary>
public sealed class EvaluationMaterial : IConcurrencyAware
{
    public int Id { get; set; }
    public int RoundPlatformId { get; set; }
    /// <summary>Self-assessment: item code → self score, as JSON.</summary>
    public string SelfScoresJson { get; set; } = "{}";
    public string? SelfAssessment { get; set; }
    public int ServiceCount { get; set; }
    public int UsersServed { get; set; }
    public int FreeServices { get; set; }
    public int PaidServices { get; set; }
    public int PaidContracts { get; set; }
    public decimal Revenue { get; set; }
    public string? AnnualSummary { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public string? ReturnReason { get; set; }
    public Guid Version { get; set; }
}

/// <summary>An expert assigned to a round platform (to become PanelMember rows of the review panel).</summary>
public sealed class RoundAssignment
{
    public int Id { get; set; }
    public int RoundPlatformId { get; set; }
    public int ExpertId { get; set; }
    public Expert? Expert { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    public string? AssignedBy { get; set; }
}

public enum RectificationStatus
{
    /// <summary>整改中</summary>
    Open,
    /// <summary>已提交整改报告</summary>
    ReportSubmitted,
    /// <summary>复评中</summary>
    ReEvaluating,
    /// <summary>复评合格，已结案</summary>
    Passed,
    /// <summary>已撤销</summary>
    Removed,
}

/// <summary>第十七条: a rectification case opened by a 不合格 result: one year, then re-evaluation.</summary>
public sealed class Rectification : IConcurrencyAware
{
    public int Id { get; set; }
    public int PlatformId { get; set; }
    public Platform? Platform { get; set; }
    public int? RoundPlatformId { get; set; }
    public RoundPlatform? RoundPlatform { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public RectificationStatus Status { get; set; }
    public string? Reason { get; set; }
    public string? ReportText { get; set; }
    public string? ReportFileName { get; set; }
    public string? ReportStoredName { get; set; }
    public string? ReportContentType { get; set; }
    public long? ReportSize { get; set; }
    public DateTimeOffset? ReportSubmittedAt { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? Outcome { get; set; }
    public Guid Version { get; set; }
}

public static class EvaluationLabels
{
    public static string Label(this RoundStatus s) => s == RoundStatus.Open ? "进行中" : "已结束";

    public static string Label(this RectificationStatus s) => s switch
    {
        RectificationStatus.Open => "整改中",
        RectificationStatus.ReportSubmitted => "已提交整改报告",
        RectificationStatus.ReEvaluating => "复评中",
        RectificationStatus.Passed => "复评合格，已结案",
        RectificationStatus.Removed => "已撤销",
        _ => s.ToString(),
    };
}

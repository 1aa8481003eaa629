using System.Text.Json;
using Workbench.App.Data.Entities;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Core.Scoring;

namespace Workbench.App.Features.Evaluation;

/// <summary>Template snapshots are the Core <see cref="IndicatorTemplate"/> as JSON.</summary>
public static class TemplateJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Write(IndicatorTemplate t) => JsonSerializer.Serialize(t, Options);

    public static IndicatorTemplate Read(string json) =>
        JsonSerializer.Deserialize<IndicatorTemplate>(json, Options) ?? throw new InvalidOperationException("指标模板数据损坏。");

    public static Dictionary<string, decimal> ReadScores(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, decimal>>(string.IsNullOrWhiteSpace(json) ? "{}" : json) ?? [];

    public static string WriteScores(IReadOnlyDictionary<string, decimal> s) => JsonSerializer.Serialize(s);
}

public sealed record TemplateSummary(ResourceCategory Category, int Number, string Name, DateTimeOffset CreatedAt, string? CreatedBy, int Versions, int RoundsUsing);

public sealed record RoundSummary(int Id, string Title, DateOnly PeriodFrom, DateOnly PeriodTo, DateOnly MaterialDeadline,
    DateOnly ScoringDeadline, RoundStatus Status, int Platforms, int Submitted, int Published);

/// <summary>A platform Core proposes for a round (第十六条 due, or 第十七条 re-evaluation).</summary>
public sealed record ProposalRow(int PlatformId, string Name, ResourceCategory Category, string HostUnit, PlatformStatus Status,
    bool IsReEvaluation, DateOnly DueOn, string Why);

public sealed class RoundForm
{
    public string Title { get; set; } = "";
    public DateTime? PeriodFrom { get; set; }
    public DateTime? PeriodTo { get; set; }
    public DateTime? MaterialDeadline { get; set; }
    public DateTime? ScoringDeadline { get; set; }
}

public sealed record RoundPlatformRow(int Id, int PlatformId, string Name, ResourceCategory Category, string HostUnit, string Department,
    PlatformStatus PlatformStatus, bool IsReEvaluation, EvaluationStatus Status, Participation Participation, string? AbsenceReason,
    int Experts, decimal? PanelScore, bool FraudFound, Grade? Grade, string? GradeReason, DateOnly? NoticeEnd, DateOnly? PublishedOn, int? PanelId)
{
    /// <summary>第十六条: the grade Core proposes from the panel score and findings (null when it cannot yet).</summary>
    public GradeDecision? Proposed => Status is EvaluationStatus.Scored || (FraudFound && Grade is null)
        ? GradeRules.Decide(PanelScore, new GradeFindings(FraudFound: FraudFound)).ValueOrDefault : null;
}

/// <summary>A round's header; <see cref="Unfinished"/> counts platforms neither published nor excused (the round cannot close yet).</summary>
public sealed record RoundDetail(RoundSummary Round, IReadOnlyList<(ResourceCategory Category, int Number)> Templates, int Unfinished);

public sealed class MaterialForm
{
    public Dictionary<string, decimal?> SelfScores { get; set; } = [];
    public string? SelfAssessment { get; set; }
    public int ServiceCount { get; set; }
    public int UsersServed { get; set; }
    public int FreeServices { get; set; }
    public int PaidServices { get; set; }
    public int PaidContracts { get; set; }
    public decimal Revenue { get; set; }
    public string? AnnualSummary { get; set; }
    public Guid Version { get; set; }
}

public sealed record MaterialView(int RoundPlatformId, int RoundId, string RoundTitle, DateOnly PeriodFrom, DateOnly PeriodTo, DateOnly MaterialDeadline,
    string PlatformName, string HostUnit, string Department, EvaluationStatus Status, IndicatorTemplate Template, int TemplateNumber,
    MaterialForm Form, DateTimeOffset? SubmittedAt, DateTimeOffset? ReviewedAt, string? ReviewedBy, string? ReturnReason,
    IReadOnlyList<EvaluationAction> Actions);

public sealed record ExpertCandidate(int ExpertId, string Name, string Unit, string Title, IReadOnlyList<string> Fields, int FieldMatch,
    int Load, bool Conflicted, string? ConflictWhy, bool Suggested, bool Assigned);

public sealed record AssignmentRow(int RoundPlatformId, string PlatformName, string HostUnit, EvaluationStatus Status, IReadOnlyList<ExpertCandidate> Candidates);

public sealed record AssignmentRequest(int RoundPlatformId, IReadOnlyList<int> ExpertIds);

public sealed record RectificationRow(int Id, int PlatformId, string PlatformName, string HostUnit, string Department, PlatformStatus PlatformStatus,
    DateOnly OpenedOn, DateOnly DueOn, int DaysLeft, bool Overdue, RectificationStatus Status, string? Reason, string? ReportText,
    string? ReportFileName, DateTimeOffset? ReportSubmittedAt, string? Outcome);

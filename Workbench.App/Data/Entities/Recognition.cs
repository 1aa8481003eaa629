using Workbench.Core.Platforms;
using Workbench.Core.Recognition;

namespace Workbench.App.Data.Entities;

/// <summary>一批认定 (第七–九条): one call for applications with its window and deadlines.</summary>
public sealed class RecognitionBatch : IConcurrencyAware
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public int Year { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    /// <summary>主管部门审核报送截止日期.</summary>
    public DateOnly DepartmentDeadline { get; set; }
    /// <summary>公示期（工作日）, default 5 (practice).</summary>
    public int NoticeWorkingDays { get; set; } = 5;
    public DateTimeOffset CreatedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>A host unit's application for recognition (第八条).</summary>
public sealed class RecognitionApplication : IConcurrencyAware
{
    public int Id { get; set; }
    public int BatchId { get; set; }
    public RecognitionBatch? Batch { get; set; }
    public int HostUnitId { get; set; }
    public HostUnit? HostUnit { get; set; }
    public int CompetentDepartmentId { get; set; }
    public CompetentDepartment? CompetentDepartment { get; set; }
    public string Name { get; set; } = "";
    public string EnglishName { get; set; } = "";
    public ResourceCategory Category { get; set; }
    public string? ResourceSummary { get; set; }
    /// <summary>第八条(一): item code → evidence statement, JSON.</summary>
    public string StatementsJson { get; set; } = "{}";
    public string HeadName { get; set; } = "";
    public string HeadEmployer { get; set; } = "";
    public EmploymentKind HeadEmployment { get; set; }
    public ProfessionalTitle HeadTitle { get; set; } = ProfessionalTitle.AssociateSenior;
    public string? HeadTitleText { get; set; }
    public int HeadYearsInField { get; set; }
    public int HeadManagementYears { get; set; }
    public string? HeadPhone { get; set; }
    public string? HeadEmail { get; set; }
    public RecognitionStatus Status { get; set; }
    /// <summary>The latest return/reject reason shown to the host unit.</summary>
    public string? LastReason { get; set; }
    public int? PanelId { get; set; }
    public DateOnly? NoticeStart { get; set; }
    public DateOnly? NoticeEnd { get; set; }
    public int? PlatformId { get; set; }
    public Platform? Platform { get; set; }
    public string? CertificateNumber { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>An uploaded file: 运行管理方案, evidence, or an inspection photo. Stored outside wwwroot.</summary>
public sealed class ApplicationFile
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public FileKind Kind { get; set; }
    /// <summary>The evidence code of 第八条(一) (RecognitionChecklist) the file proves.</summary>
    public string? EvidenceCode { get; set; }
    public int? InspectionId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string StoredName { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}

public enum FileKind
{
    OperationPlan,
    Evidence,
    InspectionPhoto,
}

/// <summary>One line of an application's history (every step, timestamped).</summary>
public sealed class ApplicationHistory
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string? Detail { get; set; }
}

/// <summary>现场考察核实 (第八条(二)2): checklist verdicts, participants, date; a falsification finding stops the application (第十八条).</summary>
public sealed class SiteInspection : IConcurrencyAware
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public DateOnly? InspectedOn { get; set; }
    public string? Participants { get; set; }
    /// <summary>List of InspectionItem as JSON.</summary>
    public string ItemsJson { get; set; } = "[]";
    public bool FalsifiedFound { get; set; }
    public string? FalsifiedDetail { get; set; }
    public string? Conclusion { get; set; }
    public bool Completed { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>A written objection during 公示 (第八条(二)3), with real name and contact.</summary>
public sealed class NoticeObjection : IConcurrencyAware
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public required string Name { get; set; }
    public required string Contact { get; set; }
    public required string Content { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string? IpAddress { get; set; }
    public ObjectionStatus Status { get; set; }
    public string? Resolution { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
    public Guid Version { get; set; }
}

public enum ObjectionStatus
{
    Pending,
    Upheld,
    Dismissed,
}

public static class RecognitionEntityLabels
{
    public static string Label(this FileKind k) => k switch
    {
        FileKind.OperationPlan => "运行管理方案",
        FileKind.Evidence => "佐证材料",
        FileKind.InspectionPhoto => "现场照片",
        _ => k.ToString(),
    };

    public static string Label(this ObjectionStatus s) => s switch
    {
        ObjectionStatus.Pending => "待处理",
        ObjectionStatus.Upheld => "异议成立",
        ObjectionStatus.Dismissed => "异议不成立",
        _ => s.ToString(),
    };
}

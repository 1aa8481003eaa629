using Workbench.App.Data.Entities;
using Workbench.Core.Platforms;
using Workbench.Core.Recognition;

namespace Workbench.App.Features.Recognition;

public sealed record BatchRow(int Id, string Title, int Year, DateOnly OpensOn, DateOnly ClosesOn, DateOnly DepartmentDeadline, int NoticeWorkingDays);

public sealed record ApplicationRow(int Id, string Name, ResourceCategory Category, string HostUnit, string Department,
    RecognitionStatus Status, DateTimeOffset UpdatedAt);

public sealed record InspectionItem(string Code, string Text, string? Verdict, string? Note);

public sealed record ObjectionRow(int Id, string Name, string Contact, string Content, DateTimeOffset SubmittedAt, ObjectionStatus Status, string? Resolution);

public sealed record ApplicationDetail(
    RecognitionApplication App, string Batch, string HostUnit, string Department, IReadOnlyList<ApplicationFile> Files,
    IReadOnlyList<ApplicationHistory> History, SiteInspection? Inspection, IReadOnlyList<ObjectionRow> Objections,
    ChecklistResult Checklist, Workbench.Core.Check Head, Workbench.Core.Check Naming);

public sealed record NoticeRow(int Id, string Name, string EnglishName, ResourceCategory Category, string HostUnit, string HeadName, DateOnly Start, DateOnly End);

/// <summary>The host unit's form (draft or returned application).</summary>
public sealed class ApplicationEditModel
{
    public int Id { get; set; }
    public int BatchId { get; set; }
    public string Name { get; set; } = "";
    public string EnglishName { get; set; } = "";
    public ResourceCategory Category { get; set; }
    public string? ResourceSummary { get; set; }
    public Dictionary<string, string> Statements { get; set; } = [];
    public string HeadName { get; set; } = "";
    public string HeadEmployer { get; set; } = "";
    public EmploymentKind HeadEmployment { get; set; }
    public ProfessionalTitle HeadTitle { get; set; } = ProfessionalTitle.AssociateSenior;
    public string? HeadTitleText { get; set; }
    public int HeadYearsInField { get; set; }
    public int HeadManagementYears { get; set; }
    public string? HeadPhone { get; set; }
    public string? HeadEmail { get; set; }
    public Guid Version { get; set; }
    /// <summary>The applying host unit's name (display and the 第八条(三) check; not saved).</summary>
    public string HostUnitName { get; set; } = "";

    public PlatformHeadCandidate Candidate => new(HeadName, HeadEmployer, HeadEmployment, HeadTitle, HeadYearsInField, HeadManagementYears);
}

public sealed class BatchEditModel
{
    public string Title { get; set; } = "";
    public DateTime? OpensOn { get; set; }
    public DateTime? ClosesOn { get; set; }
    public DateTime? DepartmentDeadline { get; set; }
    public int NoticeWorkingDays { get; set; } = 5;
}

public sealed class InspectionEditModel
{
    public DateTime? InspectedOn { get; set; }
    public string? Participants { get; set; }
    public List<InspectionItem> Items { get; set; } = [];
    public bool FalsifiedFound { get; set; }
    public string? FalsifiedDetail { get; set; }
    public string? Conclusion { get; set; }
    public Guid Version { get; set; }
}

public static class InspectionVerdicts
{
    public const string Conforms = "符合";
    public const string Mostly = "基本符合";
    public const string NotConform = "不符合";
    public static readonly string[] All = [Conforms, Mostly, NotConform];
}

using Workbench.Core.Integrity;
using Workbench.Core.Recognition;
using Workbench.Core.Services;

namespace Workbench.App.Data.Entities;

/// <summary>An uploaded file kept outside wwwroot (data folder/uploads), served only through an authorised endpoint.</summary>
public sealed class StoredFile
{
    public int Id { get; set; }
    /// <summary>What the file belongs to: "Summary" or "Integrity".</summary>
    public required string OwnerKind { get; set; }
    public int OwnerId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required string StoredName { get; set; }
    public long Size { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}

/// <summary>第十五条: a platform's annual summary and next year's work plan.</summary>
public sealed class AnnualSummaryReport : IConcurrencyAware
{
    public int Id { get; set; }
    public int PlatformId { get; set; }
    public Platform? Platform { get; set; }
    public int Year { get; set; }
    public string SummaryText { get; set; } = "";
    public string PlanText { get; set; } = "";
    public DateOnly? SubmittedOn { get; set; }
    public string? SubmittedBy { get; set; }
    public Guid Version { get; set; }
}

/// <summary>第十八条: the kind of major change a host unit files.</summary>
public enum MajorChangeKind { InternalManagement, HeadChange, KeyPersonnel }

/// <summary>第十八条: 依托单位报备 → 主管部门公示 → 主管部门确认 → 省科技厅备案.</summary>
public enum MajorChangeStatus { Filed, Publicising, Confirmed, Returned, Recorded }

/// <summary>第十八条: a major change (internal management, platform head, key personnel) filed by the host unit.</summary>
public sealed class MajorChange : IConcurrencyAware
{
    public int Id { get; set; }
    public int PlatformId { get; set; }
    public Platform? Platform { get; set; }
    public MajorChangeKind Kind { get; set; }
    public required string Description { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public MajorChangeStatus Status { get; set; }
    public string? NewHeadName { get; set; }
    public string? NewHeadEmployer { get; set; }
    public EmploymentKind? NewHeadEmployment { get; set; }
    public ProfessionalTitle? NewHeadTitle { get; set; }
    public int? NewHeadYearsInField { get; set; }
    public int? NewHeadManagementYears { get; set; }
    public string? NewHeadPhone { get; set; }
    public string? NewHeadEmail { get; set; }
    public DateOnly? NoticeStart { get; set; }
    public DateOnly? NoticeEnd { get; set; }
    public string? NoticeOutcome { get; set; }
    public string? DepartmentNote { get; set; }
    public DateTimeOffset FiledAt { get; set; }
    public string? FiledBy { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public string? ConfirmedBy { get; set; }
    public DateTimeOffset? RecordedAt { get; set; }
    public Guid Version { get; set; }
}

public enum ComplaintStatus { Received, Assigned, Investigating, Responded, Closed }

/// <summary>第十八条: a complaint lodged by the public through the 省科技厅 channel.</summary>
public sealed class Complaint : IConcurrencyAware
{
    public int Id { get; set; }
    public required string TrackingNumber { get; set; }
    public required string RealName { get; set; }
    public required string Phone { get; set; }
    public string? Email { get; set; }
    public int? PlatformId { get; set; }
    public Platform? Platform { get; set; }
    public required string Content { get; set; }
    public ComplaintStatus Status { get; set; }
    public string? AssignedTo { get; set; }
    public string? InvestigationNotes { get; set; }
    public string? Response { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? RespondedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>第十八条: a finding of fraud or academic misconduct against a host unit (and optionally one platform).</summary>
public sealed class IntegrityFinding
{
    public int Id { get; set; }
    public int HostUnitId { get; set; }
    public HostUnit? HostUnit { get; set; }
    public int? PlatformId { get; set; }
    public Platform? Platform { get; set; }
    public MisconductKind Kind { get; set; }
    public bool Serious { get; set; }
    public bool Unlawful { get; set; }
    public DateOnly FoundOn { get; set; }
    public DateOnly? BarredUntil { get; set; }
    public bool Lifted { get; set; }
    public required string Facts { get; set; }
    public string? Evidence { get; set; }
    public bool PublishedOnNetwork { get; set; }
    public bool InIntegrityDatabase { get; set; }
    public bool PlatformRevoked { get; set; }
    public string? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>第十三、十四条: one resource service a platform provided.</summary>
public sealed class ServiceRecord : IConcurrencyAware
{
    public int Id { get; set; }
    public int PlatformId { get; set; }
    public Platform? Platform { get; set; }
    public DateOnly ServedOn { get; set; }
    public ServicePurpose Purpose { get; set; }
    public required string UserOrganisation { get; set; }
    public required string Content { get; set; }
    public Charging Charging { get; set; }
    public string? ContractNumber { get; set; }
    public decimal Fee { get; set; }
    public decimal? Cost { get; set; }
    public string? RecordedBy { get; set; }
    public Guid Version { get; set; }
}

/// <summary>第十条: a platform shortlisted for a national-platform application.</summary>
public sealed class ShortlistEntry
{
    public int Id { get; set; }
    public int PlatformId { get; set; }
    public Platform? Platform { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset AddedAt { get; set; }
    public string? AddedBy { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }
    public string? RemovedReason { get; set; }
}

/// <summary>An in-app message to one user; <see cref="ReasonKey"/> keeps reminders idempotent.</summary>
public sealed class InboxMessage
{
    public int Id { get; set; }
    public required string UserName { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public string? Link { get; set; }
    public required string ReasonKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>An e-mail the Workbench sent, or would send while SMTP is switched off.</summary>
public sealed class OutboxMail
{
    public int Id { get; set; }
    public required string UserName { get; set; }
    public string? To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? Error { get; set; }
}

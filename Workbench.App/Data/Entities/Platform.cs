using Workbench.Core.Platforms;

namespace Workbench.App.Data.Entities;

/// <summary>A provincial S&amp;T resource-sharing platform (省资源平台, 第二条、第九条).</summary>
public sealed class Platform : IConcurrencyAware
{
    public int Id { get; set; }
    /// <summary>湖南省××平台/中心/资源库/资源馆 (第九条).</summary>
    public required string Name { get; set; }
    /// <summary>Hunan Provincial … Platform/Center/Resource Center (第九条).</summary>
    public required string EnglishName { get; set; }
    public ResourceCategory Category { get; set; }
    public int HostUnitId { get; set; }
    public HostUnit? HostUnit { get; set; }
    public int CompetentDepartmentId { get; set; }
    public CompetentDepartment? CompetentDepartment { get; set; }
    public PlatformHead Head { get; set; } = new();
    public PlatformStatus Status { get; set; }
    public DateOnly? RecognisedOn { get; set; }
    public string? CertificateNumber { get; set; }
    public string? Summary { get; set; }
    public string? Website { get; set; }
    public List<PlatformEvent> Events { get; set; } = [];
    public Guid Version { get; set; }
}

/// <summary>平台负责人 (第八条(三)), owned by the platform.</summary>
public sealed class PlatformHead
{
    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}

/// <summary>A line on a platform's history timeline (认定、变更、评估、整改…).</summary>
public sealed class PlatformEvent
{
    public int Id { get; set; }
    public int PlatformId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public PlatformEventKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Detail { get; set; }
    public string? Actor { get; set; }
}

public enum PlatformEventKind
{
    Recognised,
    Edited,
    StatusChanged,
    Evaluated,
    Rectification,
    MajorChange,
    Revoked,
}

public static class PlatformEventLabels
{
    public static string Label(this PlatformEventKind k) => k switch
    {
        PlatformEventKind.Recognised => "认定",
        PlatformEventKind.Edited => "信息变更",
        PlatformEventKind.StatusChanged => "状态变更",
        PlatformEventKind.Evaluated => "考核评估",
        PlatformEventKind.Rectification => "整改",
        PlatformEventKind.MajorChange => "重大事项",
        PlatformEventKind.Revoked => "撤销",
        _ => k.ToString(),
    };
}

using Microsoft.AspNetCore.Identity;

namespace Workbench.App.Data.Entities;

/// <summary>An expert in the provincial pool (专家库).</summary>
public sealed class Expert : IConcurrencyAware
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>工作单位 as written.</summary>
    public required string UnitName { get; set; }
    /// <summary>When the expert works at a host unit: used for the 同单位 conflict check.</summary>
    public int? HostUnitId { get; set; }
    public HostUnit? HostUnit { get; set; }
    /// <summary>职称, e.g. 教授、研究员、正高级工程师.</summary>
    public required string Title { get; set; }
    /// <summary>Fields of expertise, 、-separated in the UI.</summary>
    public List<string> Fields { get; set; } = [];
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool Active { get; set; } = true;
    public Guid Version { get; set; }
}

/// <summary>A Workbench user: Identity account linked to the unit or expert record it acts for.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? HostUnitId { get; set; }
    public HostUnit? HostUnit { get; set; }
    public int? CompetentDepartmentId { get; set; }
    public CompetentDepartment? CompetentDepartment { get; set; }
    public int? ExpertId { get; set; }
    public Expert? Expert { get; set; }
    /// <summary>For the third-party agency account: the agency's name.</summary>
    public string? OrganisationName { get; set; }
}

namespace Workbench.App.Data.Entities;

/// <summary>主管部门 (第五条): 省直有关部门 or a 市州科技局.</summary>
public sealed class CompetentDepartment
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public DepartmentKind Kind { get; set; }
    /// <summary>For a 市州科技局, the city or prefecture (e.g. 长沙市).</summary>
    public string? Region { get; set; }
    public List<HostUnit> HostUnits { get; set; } = [];
}

public enum DepartmentKind
{
    /// <summary>省直有关部门</summary>
    Provincial,
    /// <summary>市州科技局</summary>
    City,
}

/// <summary>依托单位 (第六条): the unit responsible for building and running a platform.</summary>
public sealed class HostUnit : IConcurrencyAware
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public HostUnitKind Kind { get; set; }
    /// <summary>统一社会信用代码</summary>
    public string? CreditCode { get; set; }
    public string? Address { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public int CompetentDepartmentId { get; set; }
    public CompetentDepartment? CompetentDepartment { get; set; }
    public List<Platform> Platforms { get; set; } = [];
    public Guid Version { get; set; }
}

public enum HostUnitKind
{
    University,
    ResearchInstitute,
    TestingCentre,
    Hospital,
    Enterprise,
}

public static class OrganisationLabels
{
    public static string Label(this DepartmentKind k) => k == DepartmentKind.Provincial ? "省直有关部门" : "市州科技局";

    public static string Label(this HostUnitKind k) => k switch
    {
        HostUnitKind.University => "高等院校",
        HostUnitKind.ResearchInstitute => "科研院所",
        HostUnitKind.TestingCentre => "检验检测机构",
        HostUnitKind.Hospital => "医疗卫生机构",
        HostUnitKind.Enterprise => "企业",
        _ => k.ToString(),
    };
}

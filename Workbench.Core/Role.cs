namespace Workbench.Core;

/// <summary>第四条至第六条、第八条、第十六条: the actors of the Measures as they act in the Workbench.</summary>
public enum Role
{
    /// <summary>省科技厅管理员 (第四条)</summary>
    Admin,
    /// <summary>主管部门 (第五条)</summary>
    Department,
    /// <summary>依托单位 (第六条)</summary>
    HostUnit,
    /// <summary>第三方机构 (第八条、第十六条)</summary>
    Agency,
    /// <summary>专家</summary>
    Expert,
}

public static class RoleLabels
{
    public static string Label(this Role role) => role switch
    {
        Role.Admin => "省科技厅管理员",
        Role.Department => "主管部门",
        Role.HostUnit => "依托单位",
        Role.Agency => "第三方机构",
        Role.Expert => "专家",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}

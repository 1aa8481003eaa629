namespace Workbench.Core;

/// <summary>第四条至第六条、第八条、第十六条: who acts in the Workbench. The app maps its Identity roles to these.</summary>
public enum Role
{
    /// <summary>省科技厅管理员 (with 省财政厅, 第四条)</summary>
    Admin,
    /// <summary>主管部门: 省直有关部门、市州科技局 (第五条)</summary>
    Department,
    /// <summary>依托单位 (第六条)</summary>
    HostUnit,
    /// <summary>第三方机构 (第八条(二)、第十六条)</summary>
    Agency,
    /// <summary>专家 (第八条(二)、第十六条)</summary>
    Expert,
}

/// <summary>Chinese labels for <see cref="Role"/>.</summary>
public static class RoleLabels
{
    public static string Label(this Role r) => r switch
    {
        Role.Admin => "省科技厅管理员",
        Role.Department => "主管部门",
        Role.HostUnit => "依托单位",
        Role.Agency => "第三方机构",
        Role.Expert => "专家",
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };
}

using MudBlazor;
using Workbench.Core;

namespace Workbench.App.Components.Layout;

/// <summary>The menu each role sees. Only pages that exist are listed: no dead links.</summary>
public static class NavItems
{
    public sealed record Item(string Label, string Href, string Icon, Role[] Roles);

    public static readonly IReadOnlyList<Item> All =
    [
        new("工作台", "/", Icons.Material.Filled.Dashboard, [Role.Admin, Role.Department, Role.HostUnit, Role.Agency, Role.Expert]),
        new("平台名录", "/platforms", Icons.Material.Filled.AccountTree, [Role.Admin, Role.Department, Role.HostUnit, Role.Agency]),
        new("认定管理", "/recognition", Icons.Material.Filled.Approval, [Role.Admin, Role.Department, Role.HostUnit, Role.Agency]),
        new("考核评估", "/evaluation", Icons.Material.Filled.Assessment, [Role.Admin, Role.Department, Role.HostUnit, Role.Agency]),
        new("我的评审", "/reviews", Icons.Material.Filled.RateReview, [Role.Expert]),
        new("现场考察", "/inspections", Icons.Material.Filled.FactCheck, [Role.Agency]),
        new("监督管理", "/supervision", Icons.Material.Filled.Gavel, [Role.Admin, Role.Department, Role.HostUnit]),
        new("报表中心", "/reports", Icons.Material.Filled.Print, [Role.Admin, Role.Department, Role.HostUnit, Role.Agency]),
        new("系统管理", "/admin/users", Icons.Material.Filled.AdminPanelSettings, [Role.Admin]),
        new("节假日安排", "/admin/calendar", Icons.Material.Filled.EventNote, [Role.Admin]),
        new("审计日志", "/admin/audit", Icons.Material.Filled.FactCheck, [Role.Admin]),
        new("备份与恢复", "/admin/backups", Icons.Material.Filled.Backup, [Role.Admin]),
    ];

    public static IEnumerable<Item> For(Role? role) => role is Role r ? All.Where(i => i.Roles.Contains(r)) : [];
}

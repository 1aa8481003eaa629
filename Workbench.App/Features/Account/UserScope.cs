using System.Globalization;
using System.Security.Claims;
using Workbench.Core;

namespace Workbench.App.Features.Account;

/// <summary>What the signed-in user may see: their role and the unit, department or expert record they act for.</summary>
public sealed record UserScope(string UserName, string DisplayName, Role? Role, int? HostUnitId, int? DepartmentId, int? ExpertId)
{
    public const string DisplayNameClaim = "wb:display";
    public const string HostUnitClaim = "wb:hostunit";
    public const string DepartmentClaim = "wb:department";
    public const string ExpertClaim = "wb:expert";

    public static readonly UserScope Anonymous = new("", "", null, null, null, null);

    public bool Is(Role role) => Role == role;

    public string RoleLabel => Role?.Label() ?? "未分配角色";

    public static UserScope From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return Anonymous;
        Role? role = Enum.GetValues<Role>().Where(r => user.IsInRole(r.ToString())).Select(r => (Role?)r).FirstOrDefault();
        return new(user.Identity.Name ?? "", user.FindFirstValue(DisplayNameClaim) ?? user.Identity.Name ?? "", role,
            Int(user, HostUnitClaim), Int(user, DepartmentClaim), Int(user, ExpertClaim));
    }

    private static int? Int(ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirstValue(type), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}

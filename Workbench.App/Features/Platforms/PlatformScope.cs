using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.Core;

namespace Workbench.App.Features.Platforms;

/// <summary>Which platforms a user may see: a host unit its own, a department its units', the province all.</summary>
public static class PlatformScope
{
    public static IQueryable<Platform> VisibleTo(this IQueryable<Platform> platforms, UserScope scope) => scope.Role switch
    {
        Role.Admin or Role.Agency => platforms,
        Role.Department when scope.DepartmentId is int d => platforms.Where(p => p.CompetentDepartmentId == d),
        Role.HostUnit when scope.HostUnitId is int h => platforms.Where(p => p.HostUnitId == h),
        _ => platforms.Where(_ => false),
    };

    public static bool CanEdit(UserScope scope) => scope.Role == Role.Admin;
}

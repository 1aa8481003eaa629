using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.Core;

namespace Workbench.App.Features.Evaluation;

/// <summary>Which round platforms and rectification cases a user may see: host unit its own, department its units', province and agency all.</summary>
public static class EvaluationScope
{
    public static IQueryable<RoundPlatform> VisibleTo(this IQueryable<RoundPlatform> rows, UserScope scope) => scope.Role switch
    {
        Role.Admin or Role.Agency => rows,
        Role.Department when scope.DepartmentId is int d => rows.Where(r => r.Platform!.CompetentDepartmentId == d),
        Role.HostUnit when scope.HostUnitId is int h => rows.Where(r => r.Platform!.HostUnitId == h),
        _ => rows.Where(_ => false),
    };

    public static IQueryable<Rectification> VisibleTo(this IQueryable<Rectification> rows, UserScope scope) => scope.Role switch
    {
        Role.Admin or Role.Agency => rows,
        Role.Department when scope.DepartmentId is int d => rows.Where(r => r.Platform!.CompetentDepartmentId == d),
        Role.HostUnit when scope.HostUnitId is int h => rows.Where(r => r.Platform!.HostUnitId == h),
        _ => rows.Where(_ => false),
    };

    public const string NotFound = "未找到或无权查看。";
}

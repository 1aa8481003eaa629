using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.Core;
using Workbench.Core.Recognition;

namespace Workbench.App.Features.Recognition;

/// <summary>
/// Who sees which application: a host unit its own; a department its units' once submitted; the agency once the department
/// has sent them on; the admin every submitted one.
/// </summary>
public static class RecognitionScope
{
    public static IQueryable<RecognitionApplication> VisibleTo(this IQueryable<RecognitionApplication> q, UserScope scope) => scope.Role switch
    {
        Role.Admin => q.Where(a => a.Status != RecognitionStatus.Draft),
        Role.Agency => q.Where(a => a.Status != RecognitionStatus.Draft && a.Status != RecognitionStatus.Submitted && a.Status != RecognitionStatus.DepartmentReview),
        Role.Department when scope.DepartmentId is int d => q.Where(a => a.CompetentDepartmentId == d && a.Status != RecognitionStatus.Draft),
        Role.HostUnit when scope.HostUnitId is int h => q.Where(a => a.HostUnitId == h),
        _ => q.Where(_ => false),
    };
}

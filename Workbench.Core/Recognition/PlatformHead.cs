using Workbench.Core.Platforms;

namespace Workbench.Core.Recognition;

/// <summary>How the candidate is employed by the unit named.</summary>
public enum EmploymentKind
{
    /// <summary>正式在职</summary>
    FormalInService,
    /// <summary>合同聘用（非正式编制）</summary>
    Contract,
    /// <summary>退休返聘</summary>
    RetiredRehired,
    /// <summary>兼职或外聘</summary>
    PartTime,
}

/// <summary>Professional title, highest first.</summary>
public enum ProfessionalTitle
{
    /// <summary>正高级</summary>
    Senior,
    /// <summary>副高级</summary>
    AssociateSenior,
    /// <summary>中级</summary>
    Intermediate,
    /// <summary>初级及以下</summary>
    Junior,
}

/// <summary>The facts a host unit files about the proposed platform head.</summary>
public sealed record PlatformHeadCandidate(
    string Name,
    string EmployerUnit,
    EmploymentKind Employment,
    ProfessionalTitle Title,
    int YearsInField,
    int ManagementYears);

/// <summary>Practice thresholds for “较高学术水平、熟悉本领域、管理协调能力较强” (the Measures leave them open).</summary>
public sealed record PlatformHeadOptions(
    ProfessionalTitle MinimumTitle = ProfessionalTitle.AssociateSenior,
    int MinimumYearsInField = 5,
    int MinimumManagementYears = 3)
{
    public static readonly PlatformHeadOptions Default = new();
}

/// <summary>
/// 第八条(三): 省资源平台负责人应由依托单位正式在职、具有较高学术水平、熟悉本领域科技资源、管理协调能力较强的人员担任。
/// </summary>
public static class PlatformHeadRules
{
    /// <summary>第八条(三): every unmet point about the candidate, or passed.</summary>
    public static Check Validate(PlatformHeadCandidate head, string hostUnit, PlatformHeadOptions? options = null)
    {
        var o = options ?? PlatformHeadOptions.Default;
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(head.Name))
            problems.Add("请填写平台负责人姓名（第八条(三)）。");
        if (!UnitNames.Same(head.EmployerUnit, hostUnit))
            problems.Add($"平台负责人应为依托单位“{hostUnit}”的人员，所填工作单位为“{head.EmployerUnit}”（第八条(三)）。");
        if (head.Employment != EmploymentKind.FormalInService)
            problems.Add($"平台负责人应为依托单位正式在职人员，所填为“{head.Employment.Label()}”（第八条(三)）。");
        if (head.Title > o.MinimumTitle)
            problems.Add($"平台负责人应具有较高学术水平，职称应为{o.MinimumTitle.Label()}及以上，所填为“{head.Title.Label()}”（第八条(三)）。");
        if (head.YearsInField < o.MinimumYearsInField)
            problems.Add($"平台负责人应熟悉本领域科技资源，本领域工作年限应不少于{o.MinimumYearsInField}年，所填为{head.YearsInField}年（第八条(三)）。");
        if (head.ManagementYears < o.MinimumManagementYears)
            problems.Add($"平台负责人应具有较强的管理协调能力，管理工作经历应不少于{o.MinimumManagementYears}年，所填为{head.ManagementYears}年（第八条(三)）。");
        return Check.Of(problems);
    }

    public static string Label(this EmploymentKind e) => e switch
    {
        EmploymentKind.FormalInService => "正式在职",
        EmploymentKind.Contract => "合同聘用",
        EmploymentKind.RetiredRehired => "退休返聘",
        EmploymentKind.PartTime => "兼职或外聘",
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };

    public static string Label(this ProfessionalTitle t) => t switch
    {
        ProfessionalTitle.Senior => "正高级",
        ProfessionalTitle.AssociateSenior => "副高级",
        ProfessionalTitle.Intermediate => "中级",
        ProfessionalTitle.Junior => "初级及以下",
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };
}

namespace Workbench.Core.Services;

/// <summary>第十四条: the purpose of a service request.</summary>
public enum ServicePurpose
{
    /// <summary>政府决策</summary>
    GovernmentDecision,
    /// <summary>公共安全</summary>
    PublicSafety,
    /// <summary>国防建设</summary>
    NationalDefence,
    /// <summary>环境保护</summary>
    EnvironmentalProtection,
    /// <summary>防灾减灾</summary>
    DisasterPrevention,
    /// <summary>公益性科学研究</summary>
    PublicInterestResearch,
    /// <summary>经营性活动</summary>
    Commercial,
}

/// <summary>第十四条: 无偿 or 有偿.</summary>
public enum Charging
{
    /// <summary>无偿提供</summary>
    Free,
    /// <summary>有偿服务</summary>
    Paid,
}

/// <summary>A service as recorded: purpose, fee charged, cost of providing it (for paid services), and whether a contract is signed.</summary>
public sealed record ServiceRequest(ServicePurpose Purpose, decimal Fee, decimal? Cost, bool HasContract, bool SpecialLegalProvision = false);

/// <summary>
/// 第十四条: 为政府决策、公共安全、国防建设、环境保护、防灾减灾、公益性科学研究等提供基本资源服务的，应当无偿提供。因经营性活动需要的，
/// 应签订有偿服务合同；收费标准按成本补偿和非营利原则确定。国家法律法规有特殊规定的，遵从其规定。
/// </summary>
public static class ServiceCharging
{
    /// <summary>第十四条: whether a purpose is served free or paid.</summary>
    public static Charging Classify(ServicePurpose purpose) => purpose == ServicePurpose.Commercial ? Charging.Paid : Charging.Free;

    /// <summary>第十四条: whether a recorded service respects the charging rules; special legal provisions take precedence.</summary>
    public static Check Validate(ServiceRequest r)
    {
        if (r.SpecialLegalProvision)
            return Check.Ok;
        if (r.Fee < 0)
            return Check.Fail("收费金额不能为负数（第十四条）。");
        if (Classify(r.Purpose) == Charging.Free)
            return r.Fee == 0
                ? Check.Ok
                : Check.Fail($"为{r.Purpose.Label()}提供基本资源服务应当无偿提供，不得收费（第十四条）。");
        var problems = new List<string>();
        if (!r.HasContract)
            problems.Add("经营性活动需要的资源服务，双方应签订有偿服务合同，明确权利和义务（第十四条）。");
        if (r.Cost is null)
            problems.Add("有偿服务应列明服务成本，收费按成本补偿和非营利原则确定（第十四条）。");
        else if (r.Fee > r.Cost)
            problems.Add($"收费{r.Fee:0.##}元高于服务成本{r.Cost:0.##}元，不符合成本补偿和非营利原则（第十四条）。");
        return Check.Of(problems);
    }

    public static string Label(this ServicePurpose p) => p switch
    {
        ServicePurpose.GovernmentDecision => "政府决策",
        ServicePurpose.PublicSafety => "公共安全",
        ServicePurpose.NationalDefence => "国防建设",
        ServicePurpose.EnvironmentalProtection => "环境保护",
        ServicePurpose.DisasterPrevention => "防灾减灾",
        ServicePurpose.PublicInterestResearch => "公益性科学研究",
        ServicePurpose.Commercial => "经营性活动",
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };

    public static string Label(this Charging c) => c switch
    {
        Charging.Free => "无偿提供",
        Charging.Paid => "有偿服务",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };
}

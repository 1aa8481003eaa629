namespace Workbench.Core.Platforms;

/// <summary>第十七条: where a recognised platform stands in the provincial sequence.</summary>
public enum PlatformStatus
{
    /// <summary>已认定</summary>
    Recognised,
    /// <summary>整改中 (1-year rectification, 第十七条)</summary>
    Rectifying,
    /// <summary>复评中</summary>
    ReEvaluating,
    /// <summary>已撤销 (removed, plaque recalled, 第十七条/第十八条)</summary>
    Revoked,
}

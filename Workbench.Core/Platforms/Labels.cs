namespace Workbench.Core.Platforms;

/// <summary>Chinese labels shown to users for the platform enums.</summary>
public static class PlatformLabels
{
    public static string Label(this ResourceCategory c) => c switch
    {
        ResourceCategory.FacilitiesAndInstruments => "科研设施和科研仪器",
        ResourceCategory.DataAndInformation => "科学数据和科技信息",
        ResourceCategory.BiologicalAndMaterials => "生物种质和实验材料",
        ResourceCategory.PublicServices => "科技公共服务资源",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    public static string Label(this PlatformStatus s) => s switch
    {
        PlatformStatus.Recognised => "已认定",
        PlatformStatus.Rectifying => "整改中",
        PlatformStatus.ReEvaluating => "复评中",
        PlatformStatus.Revoked => "已撤销",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };
}

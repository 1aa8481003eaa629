namespace Workbench.Core.Platforms;

/// <summary>第二条: the four kinds of science and technology resources a platform is built on.</summary>
public enum ResourceCategory
{
    /// <summary>科研设施和科研仪器</summary>
    FacilitiesAndInstruments,
    /// <summary>科学数据和科技信息</summary>
    DataAndInformation,
    /// <summary>生物种质和实验材料</summary>
    BiologicalAndMaterials,
    /// <summary>科技公共服务资源</summary>
    PublicServices,
}

using Workbench.Core.Platforms;

namespace Workbench.Core.Scoring;

/// <summary>
/// 第十六条: 分类评估, 重点评估科技资源整合能力、服务成效、运行管理及专项经费使用情况 — the default templates the app seeds,
/// one per resource category (第二条), plus the 专家论证 template for recognition (第八条).
/// </summary>
public static class DefaultTemplates
{
    public const int Version = 1;

    /// <summary>第十六条: the default evaluation template for a resource category.</summary>
    public static IndicatorTemplate Evaluation(ResourceCategory category)
    {
        var (volume, service) = Specific(category);
        return new IndicatorTemplate($"{category.Label()}类平台考核评估指标", TemplatePurpose.Evaluation, category, Version,
        [
            new("A", "科技资源整合能力", [
                new("A1", "资源体量与特色", 10, volume),
                new("A2", "标准规范与质量控制", 8, "建立符合资源特点的标准规范和质量控制体系并有效执行，资源准确、可用（第十二条）。"),
                new("A3", "资源汇交与更新", 7, "承接科技计划项目形成的科技资源汇交、整理和保存；资源信息更新及时（第十一条）。"),
                new("A4", "在线服务系统与共享网对接", 5, "在线服务系统稳定运行，与共享网有效对接，数据同步及时（第三条）。"),
            ]),
            new("B", "服务成效", [
                new("B1", "服务数量与用户覆盖", 10, service),
                new("B2", "服务质量与用户评价", 8, "用户满意度、投诉处理情况；服务记录经主管部门审核（第十六条）。"),
                new("B3", "支撑科技创新典型案例", 10, "支撑重大科研任务、企业创新和区域发展的典型案例，成果标注资源标识（第十三条）。"),
                new("B4", "定制服务与科学普及", 7, "根据创新需求开展定制服务、形成资源产品，开展科学普及（第十一条、第十三条）。", Required: false),
            ]),
            new("C", "运行管理", [
                new("C1", "管理制度与组织机构", 6, "运行管理和开放共享制度健全并报主管部门备案（第十二条）。"),
                new("C2", "人员队伍", 5, "专兼职队伍规模合理、稳定，有激励措施（第十二条）。"),
                new("C3", "安全保障", 5, "应急管理、容灾备份和网络安全保障体系健全（第十二条）。"),
                new("C4", "年度总结与重大事项报告", 4, "按时报送年度总结和工作计划，重大事项按规定公示备案（第十五条、第十八条）。"),
            ]),
            new("D", "专项经费使用情况", [
                new("D1", "经费使用合规性", 8, "财政经费按规定管理和使用，专款专用，账目清晰（第六条）。"),
                new("D2", "经费使用绩效", 4, "经费投入与服务产出相匹配（第十六条）。"),
                new("D3", "有偿服务收费", 3, "公益服务无偿提供，有偿服务签订合同、按成本补偿和非营利原则收费（第十四条）。"),
            ]),
        ]);
    }

    /// <summary>第十六条: the four default evaluation templates, one per category.</summary>
    public static IReadOnlyList<IndicatorTemplate> AllEvaluation() =>
        Enum.GetValues<ResourceCategory>().Select(Evaluation).ToList();

    /// <summary>第八条(一)、(二)2: the default 专家论证 template for recognition, built on the three basic conditions.</summary>
    public static IndicatorTemplate Recognition() =>
        new("省资源平台认定专家论证指标", TemplatePurpose.Recognition, null, Version,
        [
            new("R1", "资源体量与整合能力", [
                new("R1.1", "资源体量与特色", 15, "科技资源或特色资源的体量、稀缺性与代表性（第八条(一)1）。"),
                new("R1.2", "标准规范与质量控制", 10, "符合资源特点的标准规范和质量控制体系（第八条(一)1）。"),
                new("R1.3", "资源整合模式", 5, "资源整合模式清晰，具备较强整合能力（第八条(一)1）。"),
                new("R1.4", "领域或区域影响力", 10, "在本专业领域或区域范围内的影响力（第八条(一)1）。"),
            ]),
            new("R2", "在线服务系统", [
                new("R2.1", "在线服务系统建设", 8, "按照相关标准建成科技资源在线服务系统（第八条(一)2）。"),
                new("R2.2", "与共享网对接", 7, "与共享网实现有效对接（第八条(一)2）。"),
                new("R2.3", "资源信息更新", 5, "资源信息更新及时（第八条(一)2）。"),
            ]),
            new("R3", "运行服务保障与成效", [
                new("R3.1", "软硬件条件", 8, "资源保存和共享服务所需的软硬件条件（第八条(一)3）。"),
                new("R3.2", "专兼职队伍", 7, "具有稳定的专兼职队伍（第八条(一)3）。"),
                new("R3.3", "组织机构与管理制度", 7, "保障运行服务的组织机构、管理制度和共享服务机制（第八条(一)3）。"),
                new("R3.4", "服务模式与服务成效", 8, "符合资源特点的服务模式和良好服务成效（第八条(一)3）。"),
            ]),
            new("R4", "运行管理方案与负责人", [
                new("R4.1", "运行管理方案", 6, "《湖南省科技资源共享服务平台运行管理方案》完整、可行（第八条(二)1、第八条(三)）。"),
                new("R4.2", "平台负责人", 4, "负责人正式在职、学术水平较高、熟悉本领域资源、管理协调能力较强（第八条(三)）。"),
            ]),
        ]);

    private static (string Volume, string Service) Specific(ResourceCategory category) => category switch
    {
        ResourceCategory.FacilitiesAndInstruments => (
            "纳入共享的科研设施和大型科研仪器台套数、原值及特色装备（第八条(一)1）。",
            "对外开放机时、服务机时占比、服务单位数量（其中校外、省外用户）。"),
        ResourceCategory.DataAndInformation => (
            "科学数据和科技信息资源总量、数据集数量、特色数据库及更新频次（第八条(一)1）。",
            "数据访问量、下载量、数据服务次数与用户数量。"),
        ResourceCategory.BiologicalAndMaterials => (
            "生物种质和实验材料保藏数量、特色品种、鉴定评价与备份情况（第八条(一)1）。",
            "实物资源分发数量、服务单位数量与信息服务次数。"),
        ResourceCategory.PublicServices => (
            "检验检测、技术转移、科技文献等公共服务资源规模与特色（第八条(一)1）。",
            "服务项目数量、服务企业和机构数量、服务收入结构。"),
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };
}

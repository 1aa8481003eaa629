namespace Workbench.Core.Recognition;

/// <summary>A piece of evidence an application must attach.</summary>
public sealed record EvidenceRequirement(string Code, string Name);

/// <summary>A sub-item of a basic condition (第八条(一)), the evidence that proves it, and the article.</summary>
public sealed record ConditionItem(string Code, int Condition, string Text, IReadOnlyList<EvidenceRequirement> Evidence, string Article);

/// <summary>What an application has: a written statement per sub-item and the evidence codes attached.</summary>
public sealed record RecognitionApplicationContents(
    bool HasOperationPlan,
    IReadOnlyDictionary<string, string> Statements,
    IReadOnlySet<string> AttachedEvidence);

/// <summary>How one sub-item stands: its missing evidence and whether its statement is missing.</summary>
public sealed record ConditionItemStatus(ConditionItem Item, bool StatementMissing, IReadOnlyList<EvidenceRequirement> MissingEvidence)
{
    public bool Met => !StatementMissing && MissingEvidence.Count == 0;
}

/// <summary>The completeness of an application against the checklist.</summary>
public sealed record ChecklistResult(IReadOnlyList<ConditionItemStatus> Items, Check Check)
{
    public bool Complete => Check.Passed;
    public int MetCount => Items.Count(i => i.Met);
}

/// <summary>
/// 第八条(一): 已建设完成并具备以下条件的平台可申请认定为省资源平台 — the three basic conditions as a checklist with sub-items and evidence.
/// </summary>
public static class RecognitionChecklist
{
    public const string Condition1 = "第八条(一)1";
    public const string Condition2 = "第八条(一)2";
    public const string Condition3 = "第八条(一)3";

    /// <summary>第八条(一): the titles of the three basic conditions.</summary>
    public static readonly IReadOnlyList<string> Conditions =
    [
        "资源体量与整合能力",
        "在线服务系统与共享网对接",
        "运行服务保障与服务成效",
    ];

    /// <summary>第八条(一): every sub-item with its required evidence.</summary>
    public static readonly IReadOnlyList<ConditionItem> Items =
    [
        new("1.1", 1, "依托单位拥有较大体量的科技资源或特色资源", [E("RES-LIST", "科技资源清单（目录、数量、原值或规模统计）")], Condition1),
        new("1.2", 1, "建立了符合资源特点的标准规范", [E("STANDARDS", "资源标准规范文本")], Condition1),
        new("1.3", 1, "建立了质量控制体系", [E("QC", "质量控制体系文件")], Condition1),
        new("1.4", 1, "建立了资源整合模式，具备较强的科技资源整合能力", [E("INTEGRATION", "资源整合模式说明")], Condition1),
        new("1.5", 1, "在本专业领域或区域范围内具有一定影响力", [E("INFLUENCE", "影响力佐证材料（服务用户、合作、获奖等）")], Condition1),
        new("2.1", 2, "已按照相关标准建成科技资源在线服务系统", [E("SYSTEM", "在线服务系统网址及建设标准说明")], Condition2),
        new("2.2", 2, "能与共享网实现有效对接", [E("LINKAGE", "与共享网对接证明")], Condition2),
        new("2.3", 2, "资源信息更新及时", [E("UPDATES", "近一年资源信息更新记录")], Condition2),
        new("3.1", 3, "具备资源保存和共享服务所需要的软硬件条件", [E("FACILITIES", "软硬件条件清单")], Condition3),
        new("3.2", 3, "具有稳定的专兼职队伍", [E("STAFF", "专兼职人员名单")], Condition3),
        new("3.3", 3, "具有保障运行服务的组织机构", [E("ORG", "组织机构设置文件")], Condition3),
        new("3.4", 3, "具有管理制度和共享服务机制", [E("RULES", "管理制度及共享服务机制文本")], Condition3),
        new("3.5", 3, "建立了符合资源特点的服务模式并取得良好服务成效", [E("SERVICE", "服务记录及服务成效材料")], Condition3),
    ];

    /// <summary>第八条(一)、第八条(二)1: how complete an application is, and what is missing, item by item.</summary>
    public static ChecklistResult Evaluate(RecognitionApplicationContents application)
    {
        var statuses = Items.Select(item => new ConditionItemStatus(
            item,
            !application.Statements.TryGetValue(item.Code, out var text) || string.IsNullOrWhiteSpace(text),
            item.Evidence.Where(e => !application.AttachedEvidence.Contains(e.Code)).ToList())).ToList();
        var problems = new List<string>();
        if (!application.HasOperationPlan)
            problems.Add("缺少《湖南省科技资源共享服务平台运行管理方案》（第八条(二)1）。");
        foreach (var s in statuses.Where(s => !s.Met))
            problems.Add(Describe(s));
        return new ChecklistResult(statuses, Check.Of(problems));
    }

    /// <summary>第八条(一): the list of what is missing, one line per unmet sub-item.</summary>
    public static IReadOnlyList<string> Missing(RecognitionApplicationContents application) => Evaluate(application).Check.Problems;

    private static string Describe(ConditionItemStatus s)
    {
        var parts = new List<string>();
        if (s.StatementMissing) parts.Add("未填写情况说明");
        if (s.MissingEvidence.Count > 0) parts.Add("缺少" + string.Join("、", s.MissingEvidence.Select(e => $"“{e.Name}”")));
        return $"基本条件{s.Item.Code}“{s.Item.Text}”：{string.Join("，", parts)}（{s.Item.Article}）。";
    }

    private static EvidenceRequirement E(string code, string name) => new(code, name);
}

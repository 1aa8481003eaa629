using S = Workbench.Core.Evaluation.EvaluationStatus;
using A = Workbench.Core.Evaluation.EvaluationAction;

namespace Workbench.Core.Evaluation;

/// <summary>第十六条、第十七条: where one platform stands within an evaluation round.</summary>
public enum EvaluationStatus
{
    /// <summary>待提交材料</summary>
    AwaitingMaterials,
    /// <summary>已提交材料 (awaiting the 主管部门)</summary>
    MaterialsSubmitted,
    /// <summary>主管部门已审核</summary>
    DepartmentReviewed,
    /// <summary>专家评估中</summary>
    ExpertScoring,
    /// <summary>评估完成，待确定等次</summary>
    Scored,
    /// <summary>结果公示中</summary>
    PublicNotice,
    /// <summary>结果已公布</summary>
    Published,
    /// <summary>中途退出</summary>
    Withdrawn,
    /// <summary>未参加</summary>
    Absent,
}

/// <summary>第十六条、第十七条: the steps of evaluating a platform within a round.</summary>
public enum EvaluationAction
{
    SubmitMaterials,
    ReturnMaterials,
    ConfirmMaterials,
    StartScoring,
    CompleteScoring,
    PubliciseResult,
    PublishResult,
    Withdraw,
    RecordAbsence,
}

/// <summary>
/// 第十六条: 第三方机构根据经主管部门审核的运行服务记录、服务成效等材料组织专家评估，评估结果报省科技厅、省财政厅。
/// 第十七条: 省科技厅、省财政厅确定评估结果，通过共享网予以公示和公布。
/// </summary>
public static class EvaluationWorkflow
{
    private const string Evaluate = "第十六条";
    private const string Publish = "第十七条";

    /// <summary>第十六条、第十七条: the transition table.</summary>
    public static readonly StateMachine<S, A> Machine = new(
    [
        new(S.AwaitingMaterials, A.SubmitMaterials, S.MaterialsSubmitted, Role.HostUnit, Evaluate, "提交评估材料"),
        new(S.MaterialsSubmitted, A.ReturnMaterials, S.AwaitingMaterials, Role.Department, Evaluate, "退回补充材料"),
        new(S.MaterialsSubmitted, A.ConfirmMaterials, S.DepartmentReviewed, Role.Department, Evaluate, "审核通过材料"),
        new(S.DepartmentReviewed, A.StartScoring, S.ExpertScoring, Role.Agency, Evaluate, "组织专家评估"),
        new(S.ExpertScoring, A.CompleteScoring, S.Scored, Role.Agency, Evaluate, "汇总评估结果并上报"),
        new(S.Scored, A.PubliciseResult, S.PublicNotice, Role.Admin, Publish, "确定等次并公示"),
        new(S.PublicNotice, A.PublishResult, S.Published, Role.Admin, Publish, "公布评估结果"),
        new(S.AwaitingMaterials, A.Withdraw, S.Withdrawn, Role.HostUnit, Publish, "退出评估"),
        new(S.MaterialsSubmitted, A.Withdraw, S.Withdrawn, Role.HostUnit, Publish, "退出评估"),
        new(S.DepartmentReviewed, A.Withdraw, S.Withdrawn, Role.HostUnit, Publish, "退出评估"),
        new(S.ExpertScoring, A.Withdraw, S.Withdrawn, Role.HostUnit, Publish, "退出评估"),
        new(S.AwaitingMaterials, A.RecordAbsence, S.Absent, Role.Admin, Publish, "登记未参加评估"),
    ], s => s.Label());

    /// <summary>第十六条: may this role take this step now? If not, why.</summary>
    public static Check Can(S status, A action, Role role) => Machine.Can(status, action, role);

    /// <summary>第十六条: take the step: the new status, or the unchanged status with the reason.</summary>
    public static StepResult<S> Apply(S status, A action, Role role) => Machine.Apply(status, action, role);

    /// <summary>第十六条: the steps this role may take now (for buttons).</summary>
    public static IReadOnlyList<Transition<S, A>> ActionsFor(S status, Role role) => Machine.ActionsFor(status, role);

    /// <summary>Whether experts' scores may still change (only while 专家评估中).</summary>
    public static bool ScoresEditable(S status) => status == S.ExpertScoring;

    public static string Label(this S s) => s switch
    {
        S.AwaitingMaterials => "待提交材料",
        S.MaterialsSubmitted => "已提交材料",
        S.DepartmentReviewed => "主管部门已审核",
        S.ExpertScoring => "专家评估中",
        S.Scored => "待确定等次",
        S.PublicNotice => "结果公示中",
        S.Published => "结果已公布",
        S.Withdrawn => "中途退出",
        S.Absent => "未参加",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Label(this A a) => Machine.ActionLabel(a);
}

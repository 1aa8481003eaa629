using S = Workbench.Core.Recognition.RecognitionStatus;
using A = Workbench.Core.Recognition.RecognitionAction;

namespace Workbench.Core.Recognition;

/// <summary>
/// 第八条(二): 依托单位编制运行管理方案 → 主管部门审核后报送 → 第三方机构审查材料 → 专家论证 → 现场考察核实 →
/// 提出认定建议 → 省科技厅审批 → 公示 → 发布认定名单。
/// </summary>
public static class RecognitionWorkflow
{
    private const string Filing = "第八条(二)1";
    private const string Review = "第八条(二)2";
    private const string Approve = "第八条(二)3";

    /// <summary>第八条(二): the transition table.</summary>
    public static readonly StateMachine<S, A> Machine = new(
    [
        new(S.Draft, A.Submit, S.Submitted, Role.HostUnit, Filing, "提交申报"),
        new(S.Returned, A.Submit, S.Submitted, Role.HostUnit, Filing, "提交申报"),
        new(S.Submitted, A.Withdraw, S.Draft, Role.HostUnit, Filing, "撤回申报"),
        new(S.Submitted, A.StartDepartmentReview, S.DepartmentReview, Role.Department, Filing, "开始审核"),
        new(S.DepartmentReview, A.Recommend, S.FormalReview, Role.Department, Filing, "审核通过并报送省科技厅"),
        new(S.DepartmentReview, A.Return, S.Returned, Role.Department, Filing, "退回修改"),
        new(S.FormalReview, A.PassFormalReview, S.ExpertReview, Role.Agency, Review, "形式审查通过"),
        new(S.FormalReview, A.Return, S.Returned, Role.Agency, Review, "退回修改"),
        new(S.FormalReview, A.Reject, S.Rejected, Role.Agency, Review, "不予通过"),
        new(S.ExpertReview, A.CompleteExpertReview, S.OnSiteInspection, Role.Agency, Review, "专家论证通过"),
        new(S.ExpertReview, A.Reject, S.Rejected, Role.Agency, Review, "不予通过"),
        new(S.OnSiteInspection, A.ProposeRecognition, S.Proposed, Role.Agency, Review, "提出认定建议"),
        new(S.OnSiteInspection, A.Reject, S.Rejected, Role.Agency, Review, "不予通过"),
        new(S.Proposed, A.SubmitForApproval, S.Approval, Role.Admin, Approve, "报请审批"),
        new(S.Proposed, A.Reject, S.Rejected, Role.Admin, Approve, "不予通过"),
        new(S.Approval, A.ApproveAndPublicise, S.PublicNotice, Role.Admin, Approve, "审批通过并公示"),
        new(S.Approval, A.Reject, S.Rejected, Role.Admin, Approve, "不予通过"),
        new(S.PublicNotice, A.ConfirmRecognition, S.Recognised, Role.Admin, Approve, "公示通过，发布认定"),
        new(S.PublicNotice, A.Reject, S.Rejected, Role.Admin, Approve, "异议成立，不予认定"),
    ], s => s.Label());

    /// <summary>第八条(二): may this role take this step now? If not, why.</summary>
    public static Check Can(S status, A action, Role role) => Machine.Can(status, action, role);

    /// <summary>第八条(二): take the step: the new status, or the unchanged status with the reason.</summary>
    public static StepResult<S> Apply(S status, A action, Role role) => Machine.Apply(status, action, role);

    /// <summary>第八条(二): the steps this role may take now (for buttons).</summary>
    public static IReadOnlyList<Transition<S, A>> ActionsFor(S status, Role role) => Machine.ActionsFor(status, role);

    /// <summary>Whether the application can still be edited by the host unit (草稿 or 退回修改).</summary>
    public static bool IsEditable(S status) => status is S.Draft or S.Returned;
}

using S = Workbench.Core.Platforms.PlatformStatus;
using A = Workbench.Core.Platforms.PlatformAction;

namespace Workbench.Core.Platforms;

/// <summary>第十七条、第十八条: what the 厅 may do to a recognised platform's standing.</summary>
public enum PlatformAction
{
    /// <summary>责令限期整改 (第十七条)</summary>
    OrderRectification,
    /// <summary>启动复评 (第十七条)</summary>
    StartReEvaluation,
    /// <summary>复评合格，恢复认定 (第十七条)</summary>
    PassReEvaluation,
    /// <summary>复评仍不合格，撤销 (第十七条)</summary>
    FailReEvaluation,
    /// <summary>撤销资格、收回牌匾 (第十七条、第十八条)</summary>
    Revoke,
}

/// <summary>
/// 第十七条: 评估结果较差的责令其限期整改，整改期为1年，期满后进行复评；复评仍不合格以及无正当理由不参加评估或中途退出评估的
/// 不再纳入省资源平台序列，收回所授牌匾。第十八条: 弄虚作假情节严重的撤销省资源平台资格。
/// </summary>
public static class PlatformWorkflow
{
    private const string Adjust = "第十七条";
    private const string Remove = "第十七条、第十八条";

    /// <summary>第十七条、第十八条: the transition table (认定 → 整改中 → 复评 → 认定 | 撤销).</summary>
    public static readonly StateMachine<S, A> Machine = new(
    [
        new(S.Recognised, A.OrderRectification, S.Rectifying, Role.Admin, Adjust, "责令限期整改"),
        new(S.Rectifying, A.StartReEvaluation, S.ReEvaluating, Role.Admin, Adjust, "启动复评"),
        new(S.ReEvaluating, A.PassReEvaluation, S.Recognised, Role.Admin, Adjust, "复评合格，恢复认定"),
        new(S.ReEvaluating, A.FailReEvaluation, S.Revoked, Role.Admin, Adjust, "复评不合格，撤销并收回牌匾"),
        new(S.Recognised, A.Revoke, S.Revoked, Role.Admin, Remove, "撤销并收回牌匾"),
        new(S.Rectifying, A.Revoke, S.Revoked, Role.Admin, Remove, "撤销并收回牌匾"),
        new(S.ReEvaluating, A.Revoke, S.Revoked, Role.Admin, Remove, "撤销并收回牌匾"),
    ], s => s.Label());

    /// <summary>第十七条: may this role take this step now? If not, why.</summary>
    public static Check Can(S status, A action, Role role) => Machine.Can(status, action, role);

    /// <summary>第十七条: take the step: the new status, or the unchanged status with the reason.</summary>
    public static StepResult<S> Apply(S status, A action, Role role) => Machine.Apply(status, action, role);

    /// <summary>第十七条: the steps this role may take now (for buttons).</summary>
    public static IReadOnlyList<Transition<S, A>> ActionsFor(S status, Role role) => Machine.ActionsFor(status, role);

    public static string Label(this A action) => Machine.ActionLabel(action);
}

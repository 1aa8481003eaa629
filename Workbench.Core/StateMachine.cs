namespace Workbench.Core;

/// <summary>One permitted step of a workflow: from a status, an action taken by a role, the status it leads to, and the article behind it.</summary>
public sealed record Transition<TStatus, TAction>(TStatus From, TAction Action, TStatus To, Role Role, string Article, string Label)
    where TStatus : struct, Enum
    where TAction : struct, Enum;

/// <summary>The outcome of applying an action: the new status, or the unchanged status with the reason (Chinese, citing 第N条).</summary>
public sealed record StepResult<TStatus>(TStatus Status, Check Check) where TStatus : struct, Enum
{
    public bool Succeeded => Check.Passed;
}

/// <summary>
/// A hand-written workflow: a transition table and nothing else. Illegal steps return a reason; nothing throws.
/// </summary>
public sealed class StateMachine<TStatus, TAction>
    where TStatus : struct, Enum
    where TAction : struct, Enum
{
    private readonly Func<TStatus, string> _statusLabel;

    public StateMachine(IReadOnlyList<Transition<TStatus, TAction>> transitions, Func<TStatus, string> statusLabel)
    {
        Transitions = transitions;
        _statusLabel = statusLabel;
    }

    public IReadOnlyList<Transition<TStatus, TAction>> Transitions { get; }

    /// <summary>The Chinese label of an action, taken from the table.</summary>
    public string ActionLabel(TAction action) =>
        Transitions.FirstOrDefault(t => EqualityComparer<TAction>.Default.Equals(t.Action, action))?.Label ?? action.ToString();

    /// <summary>Statuses from which no action leads anywhere.</summary>
    public IReadOnlyList<TStatus> FinalStatuses =>
        Enum.GetValues<TStatus>().Where(s => !Transitions.Any(t => Same(t.From, s))).ToList();

    /// <summary>Whether <paramref name="role"/> may take <paramref name="action"/> in <paramref name="status"/>; if not, why.</summary>
    public Check Can(TStatus status, TAction action, Role role)
    {
        var forAction = Transitions.Where(t => EqualityComparer<TAction>.Default.Equals(t.Action, action)).ToList();
        var label = ActionLabel(action);
        if (forAction.Count == 0)
            return Check.Fail($"“{label}”不是本流程的操作。");
        var here = forAction.Where(t => Same(t.From, status)).ToList();
        if (here.Count == 0)
        {
            var froms = string.Join("、", forAction.Select(t => $"“{_statusLabel(t.From)}”").Distinct());
            return Check.Fail($"当前状态为“{_statusLabel(status)}”，不能“{label}”；该操作只能在{froms}状态下进行（{forAction[0].Article}）。");
        }
        if (here.Any(t => t.Role == role))
            return Check.Ok;
        var roles = string.Join("或", here.Select(t => t.Role.Label()).Distinct());
        return Check.Fail($"“{label}”应由{roles}办理，{role.Label()}无此权限（{here[0].Article}）。");
    }

    /// <summary>Takes the step if allowed: the new status, or the unchanged status and the reason.</summary>
    public StepResult<TStatus> Apply(TStatus status, TAction action, Role role)
    {
        var check = Can(status, action, role);
        if (!check.Passed)
            return new(status, check);
        var t = Transitions.First(t => Same(t.From, status) && EqualityComparer<TAction>.Default.Equals(t.Action, action) && t.Role == role);
        return new(t.To, Check.Ok);
    }

    /// <summary>The steps <paramref name="role"/> may take now (for buttons).</summary>
    public IReadOnlyList<Transition<TStatus, TAction>> ActionsFor(TStatus status, Role role) =>
        Transitions.Where(t => Same(t.From, status) && t.Role == role).ToList();

    private static bool Same(TStatus a, TStatus b) => EqualityComparer<TStatus>.Default.Equals(a, b);
}

namespace Workbench.Core;

/// <summary>
/// A rule's answer that carries a value when it succeeds, or the <see cref="Check"/> problems (Chinese, citing 第N条) when it does not.
/// The value of a failed result cannot be read: <see cref="Value"/> throws, so a caller that forgot to check fails loudly
/// instead of carrying on with a default (a 0001-01-01 公示 end, say). Use <see cref="TryGetValue"/> or check
/// <see cref="Succeeded"/> first.
/// </summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, Check check)
    {
        _value = value;
        Check = check;
    }

    public Check Check { get; }

    public bool Succeeded => Check.Passed;

    /// <summary>The value of a successful result; reading it from a failed one is a bug and throws.</summary>
    public T Value => Succeeded
        ? _value!
        : throw new InvalidOperationException($"读取了未成功的规则结果的值，调用方应先检查 Succeeded：{string.Join("；", Check.Problems)}");

    /// <summary>The value, or default when the rule did not succeed (for "none yet" displays that need no reason).</summary>
    public T? ValueOrDefault => Succeeded ? _value : default;

    public bool TryGetValue(out T value)
    {
        value = _value!;
        return Succeeded;
    }

    public static Result<T> Ok(T value) => new(value, Check.Ok);

    public static Result<T> Fail(params string[] problems) => new(default, Check.Fail(problems));

    public static Result<T> Fail(Check check) =>
        check.Passed ? throw new ArgumentException("失败结果须带有问题说明。", nameof(check)) : new(default, check);
}

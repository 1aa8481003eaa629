namespace Workbench.Core;

/// <summary>
/// A rule's answer that carries a value when it succeeds, or the <see cref="Check"/> problems (Chinese, citing 第N条) when it does not.
/// </summary>
public sealed record Result<T>(T? Value, Check Check)
{
    public bool Succeeded => Check.Passed;

    public static Result<T> Ok(T value) => new(value, Check.Ok);

    public static Result<T> Fail(params string[] problems) => new(default, Check.Fail(problems));

    public static Result<T> Fail(Check check) => new(default, check);
}

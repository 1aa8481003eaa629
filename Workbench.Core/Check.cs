namespace Workbench.Core;

/// <summary>
/// The outcome of a rule: passed, or the list of problems a person can act on, each in Chinese and citing its article.
/// </summary>
public sealed record Check(IReadOnlyList<string> Problems)
{
    public static readonly Check Ok = new(Array.Empty<string>());

    public bool Passed => Problems.Count == 0;

    public static Check Fail(params string[] problems) => new(problems);

    public static Check Of(IEnumerable<string> problems) => new(problems.ToArray());

    public Check And(Check other) => Passed ? other : other.Passed ? this : new([.. Problems, .. other.Problems]);
}

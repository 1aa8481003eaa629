namespace Workbench.Core.Integrity;

/// <summary>第十八条: the misconduct found.</summary>
public enum MisconductKind
{
    /// <summary>弄虚作假</summary>
    Fraud,
    /// <summary>违反学术道德</summary>
    AcademicMisconduct,
}

/// <summary>
/// A finding against a host unit. The Measures set no period for the loss of eligibility: <see cref="BarredUntil"/> null means
/// until an admin lifts it (<see cref="Lifted"/>).
/// </summary>
public sealed record MisconductFinding(
    string UnitId,
    MisconductKind Kind,
    bool Serious,
    DateOnly FoundOn,
    DateOnly? BarredUntil = null,
    bool Lifted = false,
    bool Unlawful = false);

/// <summary>What follows a finding.</summary>
public sealed record IntegrityConsequences(
    bool LosesApplicationEligibility,
    bool LosesEvaluationEligibility,
    bool RevokePlatform,
    bool PublishOnSharingNetwork,
    bool EnterIntegrityDatabase,
    bool ReferForLegalLiability,
    IReadOnlyList<string> Measures);

/// <summary>
/// 第十八条: 凡弄虚作假、违反学术道德的，将取消申报和参加考核评估资格，情节严重的将撤销省资源平台资格，在共享网予以公布，
/// 并纳入科研诚信严重失信行为数据库。构成违法的，将按照相关法律法规追究法律责任。
/// </summary>
public static class IntegrityRules
{
    /// <summary>第十八条: the consequences of a finding.</summary>
    public static IntegrityConsequences Consequences(MisconductFinding f)
    {
        var what = f.Kind.Label();
        var measures = new List<string> { $"{what}：取消申报和参加考核评估资格（第十八条）。" };
        if (f.Serious)
        {
            measures.Add("情节严重：撤销省资源平台资格，收回所授牌匾（第十八条）。");
            measures.Add("在共享网予以公布（第十八条）。");
            measures.Add("纳入科研诚信严重失信行为数据库（第十八条）。");
        }
        if (f.Unlawful)
            measures.Add("构成违法的，按照相关法律法规追究法律责任（第十八条）。");
        return new(true, true, f.Serious, f.Serious, f.Serious, f.Unlawful, measures);
    }

    /// <summary>第十八条: whether a finding still bars the unit on <paramref name="date"/>.</summary>
    public static bool IsInForce(MisconductFinding f, DateOnly date) =>
        !f.Lifted && date >= f.FoundOn && (f.BarredUntil is null || date <= f.BarredUntil);

    /// <summary>第十八条: may this unit apply for recognition now?</summary>
    public static Check MayApply(string unitId, IEnumerable<MisconductFinding> findings, DateOnly date) =>
        Bar(unitId, findings, date, "申报");

    /// <summary>第十八条: may this unit's platform take part in evaluation now?</summary>
    public static Check MayBeEvaluated(string unitId, IEnumerable<MisconductFinding> findings, DateOnly date) =>
        Bar(unitId, findings, date, "参加考核评估");

    private static Check Bar(string unitId, IEnumerable<MisconductFinding> findings, DateOnly date, string act) =>
        Check.Of(findings
            .Where(f => f.UnitId == unitId && IsInForce(f, date))
            .OrderBy(f => f.FoundOn)
            .Select(f => $"该单位于{f.FoundOn:yyyy年M月d日}被认定存在{f.Kind.Label()}行为，已被取消{act}资格" +
                         (f.BarredUntil is { } u ? $"（至{u:yyyy年M月d日}）" : "") + "（第十八条）。"));

    public static string Label(this MisconductKind k) => k switch
    {
        MisconductKind.Fraud => "弄虚作假",
        MisconductKind.AcademicMisconduct => "违反学术道德",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };
}

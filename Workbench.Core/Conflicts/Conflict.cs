using Workbench.Core.Platforms;

namespace Workbench.Core.Conflicts;

/// <summary>Why an expert must stand aside (回避) for a platform or application.</summary>
public enum ConflictKind
{
    /// <summary>无利益冲突</summary>
    None,
    /// <summary>与依托单位同单位</summary>
    SameUnit,
    /// <summary>近亲属关系</summary>
    Relative,
    /// <summary>师生关系</summary>
    SupervisorStudent,
    /// <summary>近三年合作关系</summary>
    RecentCollaboration,
    /// <summary>本人申报回避</summary>
    SelfDeclared,
    /// <summary>管理员认定</summary>
    AdminDetermined,
}

/// <summary>A relationship an expert declared with a person or unit.</summary>
public enum RelationshipKind
{
    /// <summary>近亲属</summary>
    Relative,
    /// <summary>师生</summary>
    SupervisorStudent,
    /// <summary>合作</summary>
    Collaboration,
}

/// <summary>The conflict between one expert and one subject: its kind, and whether an admin pinned it (then nothing computed overrides it).</summary>
public sealed record Conflict(ConflictKind Kind, bool Pinned = false)
{
    public static readonly Conflict None = new(ConflictKind.None);

    public bool IsConflict => Kind != ConflictKind.None;
}

/// <summary>A declared relationship with another party (a person's name or a unit's name); collaboration carries its last date.</summary>
public sealed record DeclaredRelationship(string OtherParty, RelationshipKind Kind, DateOnly? LastCollaboratedOn = null);

/// <summary>What we know of the expert for this subject.</summary>
public sealed record ExpertFacts(string Unit, IReadOnlyList<DeclaredRelationship> Relationships, bool SelfDeclared = false);

/// <summary>The subject under review: its host unit and the people on it (platform head, key staff).</summary>
public sealed record ConflictSubject(string HostUnit, IReadOnlyList<string> People);

/// <summary>
/// 第十六条、第八条(二)2: 组织专家评估/论证 — the one conflict-of-interest policy used by assignment, visibility and dashboards
/// (HotCRP style: a small value evaluated by pure functions).
/// </summary>
public static class ConflictPolicy
{
    /// <summary>Collaboration within this many years counts.</summary>
    public const int CollaborationYears = 3;

    /// <summary>The conflict between an expert and a subject on <paramref name="today"/>; an admin-pinned value wins.</summary>
    public static Conflict Evaluate(ExpertFacts expert, ConflictSubject subject, DateOnly today, Conflict? pinned = null)
    {
        if (pinned is { Pinned: true })
            return pinned;
        if (UnitNames.Same(expert.Unit, subject.HostUnit))
            return new(ConflictKind.SameUnit);
        var parties = subject.People.Append(subject.HostUnit).Select(UnitNames.Normalize).Where(p => p.Length > 0).ToHashSet();
        var relevant = expert.Relationships.Where(r => parties.Contains(UnitNames.Normalize(r.OtherParty))).ToList();
        if (relevant.Any(r => r.Kind == RelationshipKind.Relative))
            return new(ConflictKind.Relative);
        if (relevant.Any(r => r.Kind == RelationshipKind.SupervisorStudent))
            return new(ConflictKind.SupervisorStudent);
        if (relevant.Any(r => r.Kind == RelationshipKind.Collaboration && IsRecent(r.LastCollaboratedOn, today)))
            return new(ConflictKind.RecentCollaboration);
        return expert.SelfDeclared ? new(ConflictKind.SelfDeclared) : Conflict.None;
    }

    /// <summary>An admin's decision for one expert and subject: a pinned conflict (or pinned “none” to clear a computed one).</summary>
    public static Conflict Pin(bool conflicted) => new(conflicted ? ConflictKind.AdminDetermined : ConflictKind.None, Pinned: true);

    /// <summary>Assignment: a conflicted expert is not assigned.</summary>
    public static Check MayAssign(Conflict c) => c.IsConflict
        ? Check.Fail($"该专家与评审对象存在利益冲突（{c.Kind.Label()}），应当回避，不能分配（第十六条）。")
        : Check.Ok;

    /// <summary>Visibility: whether a person in <paramref name="role"/> may see the subject's materials and others' scores.</summary>
    public static bool MayView(Role role, Conflict c) => role == Role.Admin || !c.IsConflict;

    /// <summary>Scoring: an assigned expert who finds a conflict abstains (回避) and the sheet does not count.</summary>
    public static bool MustAbstain(Conflict c) => c.IsConflict;

    /// <summary>Dashboards: how many of the candidate experts may serve.</summary>
    public static int EligibleCount(IEnumerable<Conflict> conflicts) => conflicts.Count(c => !c.IsConflict);

    private static bool IsRecent(DateOnly? last, DateOnly today) => last is null || last.Value >= today.AddYears(-CollaborationYears);

    public static string Label(this ConflictKind k) => k switch
    {
        ConflictKind.None => "无利益冲突",
        ConflictKind.SameUnit => "与依托单位同单位",
        ConflictKind.Relative => "近亲属关系",
        ConflictKind.SupervisorStudent => "师生关系",
        ConflictKind.RecentCollaboration => "近三年合作关系",
        ConflictKind.SelfDeclared => "本人申报回避",
        ConflictKind.AdminDetermined => "管理员认定",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };

    public static string Label(this RelationshipKind k) => k switch
    {
        RelationshipKind.Relative => "近亲属",
        RelationshipKind.SupervisorStudent => "师生",
        RelationshipKind.Collaboration => "合作",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };
}

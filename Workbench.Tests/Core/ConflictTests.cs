using Workbench.Core;
using Workbench.Core.Conflicts;

namespace Workbench.Tests.Core;

/// <summary>Scenarios over a seeded cast: the platform 湖南省分析测试中心 hosted by 中南大学, headed by 李明.</summary>
public class ConflictTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly ConflictSubject Platform = new("中南大学", ["李明", "王芳"]);

    private static ExpertFacts Expert(string unit, params DeclaredRelationship[] rels) => new(unit, rels);

    public static TheoryData<string, ExpertFacts, ConflictKind> Cast => new()
    {
        { "赵教授 works at the host unit", Expert("中南大学"), ConflictKind.SameUnit },
        { "钱研究员 types the unit with spaces", Expert(" 中南 大学 "), ConflictKind.SameUnit },
        { "孙教授 is 李明's spouse", Expert("湖南大学", new DeclaredRelationship("李明", RelationshipKind.Relative)), ConflictKind.Relative },
        { "周教授 supervised 王芳", Expert("湘潭大学", new DeclaredRelationship("王芳", RelationshipKind.SupervisorStudent)), ConflictKind.SupervisorStudent },
        { "吴研究员 co-authored with 李明 in 2024", Expert("湖南农业大学", new DeclaredRelationship("李明", RelationshipKind.Collaboration, new(2024, 3, 1))), ConflictKind.RecentCollaboration },
        { "郑研究员 collaborated with the unit exactly 3 years ago", Expert("国防科技大学", new DeclaredRelationship("中南大学", RelationshipKind.Collaboration, new(2023, 6, 1))), ConflictKind.RecentCollaboration },
        { "冯教授 collaborated with 李明 in 2022", Expert("湖南师范大学", new DeclaredRelationship("李明", RelationshipKind.Collaboration, new(2023, 5, 31))), ConflictKind.None },
        { "陈教授 is related to someone else", Expert("湖南大学", new DeclaredRelationship("张伟", RelationshipKind.Relative)), ConflictKind.None },
        { "褚研究员 has no ties", Expert("长沙理工大学"), ConflictKind.None },
    };

    [Theory]
    [MemberData(nameof(Cast))]
    public void Evaluate_Cast(string persona, ExpertFacts expert, ConflictKind expected)
    {
        var c = ConflictPolicy.Evaluate(expert, Platform, Today);
        Assert.True(expected == c.Kind, persona);
        Assert.False(c.Pinned);
    }

    [Fact]
    public void SelfDeclared_CountsWhenNothingElseDoes_ButComputedKindWins()
    {
        Assert.Equal(ConflictKind.SelfDeclared, ConflictPolicy.Evaluate(Expert("长沙理工大学") with { SelfDeclared = true }, Platform, Today).Kind);
        Assert.Equal(ConflictKind.SameUnit, ConflictPolicy.Evaluate(Expert("中南大学") with { SelfDeclared = true }, Platform, Today).Kind);
    }

    [Fact]
    public void AdminPin_OverridesComputedConflict_BothWays()
    {
        Assert.Equal(Conflict.None with { Pinned = true }, ConflictPolicy.Evaluate(Expert("中南大学"), Platform, Today, ConflictPolicy.Pin(false)));
        var pinned = ConflictPolicy.Evaluate(Expert("长沙理工大学"), Platform, Today, ConflictPolicy.Pin(true));
        Assert.Equal(new Conflict(ConflictKind.AdminDetermined, true), pinned);
        var unpinned = ConflictPolicy.Evaluate(Expert("中南大学"), Platform, Today, new Conflict(ConflictKind.None, Pinned: false));
        Assert.Equal(ConflictKind.SameUnit, unpinned.Kind);
    }

    [Fact]
    public void OnePolicy_ForAssignmentVisibilityAndDashboards()
    {
        var conflicted = new Conflict(ConflictKind.SupervisorStudent);
        Assert.Contains("存在利益冲突（师生关系），应当回避", ConflictPolicy.MayAssign(conflicted).Problems.Single());
        Assert.True(ConflictPolicy.MayAssign(Conflict.None).Passed);
        Assert.False(ConflictPolicy.MayView(Role.Expert, conflicted));
        Assert.True(ConflictPolicy.MayView(Role.Admin, conflicted));
        Assert.True(ConflictPolicy.MayView(Role.Expert, Conflict.None));
        Assert.True(ConflictPolicy.MustAbstain(conflicted));
        Assert.Equal(2, ConflictPolicy.EligibleCount([Conflict.None, conflicted, ConflictPolicy.Pin(false), ConflictPolicy.Pin(true)]));
    }
}

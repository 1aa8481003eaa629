using Workbench.Core.Recognition;

namespace Workbench.Tests.Core;

public class RecognitionChecklistTests
{
    private static RecognitionApplicationContents Complete() => new(
        true,
        RecognitionChecklist.Items.ToDictionary(i => i.Code, i => "已具备：" + i.Text),
        RecognitionChecklist.Items.SelectMany(i => i.Evidence).Select(e => e.Code).ToHashSet());

    [Fact]
    public void Checklist_HasThreeBasicConditions_EachWithSubItemsAndEvidence()
    {
        Assert.Equal(3, RecognitionChecklist.Conditions.Count);
        Assert.Equal([1, 2, 3], RecognitionChecklist.Items.Select(i => i.Condition).Distinct());
        Assert.All(RecognitionChecklist.Items, i =>
        {
            Assert.NotEmpty(i.Evidence);
            Assert.Equal($"第八条(一){i.Condition}", i.Article);
        });
        Assert.Equal(RecognitionChecklist.Items.Count, RecognitionChecklist.Items.Select(i => i.Code).Distinct().Count());
        Assert.Contains(RecognitionChecklist.Items, i => i.Text.Contains("与共享网实现有效对接"));
    }

    [Fact]
    public void Evaluate_CompleteApplication_Passes()
    {
        var r = RecognitionChecklist.Evaluate(Complete());
        Assert.True(r.Complete);
        Assert.Equal(RecognitionChecklist.Items.Count, r.MetCount);
    }

    [Fact]
    public void Evaluate_MissingEvidence_NamesItemEvidenceAndArticle()
    {
        var app = Complete() with { AttachedEvidence = Complete().AttachedEvidence.Where(c => c != "LINKAGE").ToHashSet() };
        var r = RecognitionChecklist.Evaluate(app);
        Assert.False(r.Complete);
        var p = Assert.Single(r.Check.Problems);
        Assert.Equal("基本条件2.2“能与共享网实现有效对接”：缺少“与共享网对接证明”（第八条(一)2）。", p);
        Assert.False(r.Items.Single(i => i.Item.Code == "2.2").Met);
    }

    [Fact]
    public void Evaluate_BlankStatementAndNoPlan_ListsBoth()
    {
        var statements = Complete().Statements.ToDictionary(k => k.Key, v => v.Value);
        statements["3.2"] = "   ";
        var r = RecognitionChecklist.Evaluate(Complete() with { HasOperationPlan = false, Statements = statements });
        Assert.Equal(2, r.Check.Problems.Count);
        Assert.Contains("运行管理方案》（第八条(二)1）", r.Check.Problems[0]);
        Assert.Contains("3.2“具有稳定的专兼职队伍”：未填写情况说明（第八条(一)3）", r.Check.Problems[1]);
    }

    [Fact]
    public void Missing_EmptyApplication_ListsEveryItemPlusPlan()
    {
        var empty = new RecognitionApplicationContents(false, new Dictionary<string, string>(), new HashSet<string>());
        var missing = RecognitionChecklist.Missing(empty);
        Assert.Equal(RecognitionChecklist.Items.Count + 1, missing.Count);
        Assert.All(missing.Skip(1), m => Assert.Contains("未填写情况说明，缺少", m));
    }
}

public class PlatformHeadTests
{
    private const string Host = "中南大学";
    private static readonly PlatformHeadCandidate Good = new("张三", "中南大学", EmploymentKind.FormalInService, ProfessionalTitle.Senior, 12, 6);

    [Fact]
    public void Validate_QualifiedHead_Passes() => Assert.True(PlatformHeadRules.Validate(Good, Host).Passed);

    [Fact]
    public void Validate_UnitNameWithSpacesOrFullWidthBrackets_StillSameUnit() =>
        Assert.True(PlatformHeadRules.Validate(Good with { EmployerUnit = "湖南省农业科学院（本部）" }, "湖南省农业科学院 (本部)").Passed);

    [Theory]
    [InlineData("湖南大学", EmploymentKind.FormalInService, ProfessionalTitle.Senior, 12, 6, "应为依托单位“中南大学”的人员")]
    [InlineData("中南大学", EmploymentKind.RetiredRehired, ProfessionalTitle.Senior, 12, 6, "正式在职人员，所填为“退休返聘”")]
    [InlineData("中南大学", EmploymentKind.Contract, ProfessionalTitle.Senior, 12, 6, "正式在职人员，所填为“合同聘用”")]
    [InlineData("中南大学", EmploymentKind.FormalInService, ProfessionalTitle.Intermediate, 12, 6, "副高级及以上，所填为“中级”")]
    [InlineData("中南大学", EmploymentKind.FormalInService, ProfessionalTitle.Senior, 4, 6, "不少于5年，所填为4年")]
    [InlineData("中南大学", EmploymentKind.FormalInService, ProfessionalTitle.Senior, 12, 2, "管理工作经历应不少于3年")]
    public void Validate_EachUnmetPoint_IsReported(string unit, EmploymentKind emp, ProfessionalTitle title, int years, int mgmt, string expected)
    {
        var check = PlatformHeadRules.Validate(new("张三", unit, emp, title, years, mgmt), Host);
        var p = Assert.Single(check.Problems);
        Assert.Contains(expected, p);
        Assert.Contains("第八条(三)", p);
    }

    [Fact]
    public void Validate_AllPointsUnmet_ReturnsEveryOne()
    {
        var check = PlatformHeadRules.Validate(new("", "外单位", EmploymentKind.PartTime, ProfessionalTitle.Junior, 0, 0), Host);
        Assert.Equal(6, check.Problems.Count);
    }

    [Theory]
    [InlineData(ProfessionalTitle.AssociateSenior, true)]
    [InlineData(ProfessionalTitle.Intermediate, false)]
    public void Validate_ThresholdsAreConfigurable(ProfessionalTitle title, bool passesDefault)
    {
        var head = Good with { Title = title };
        Assert.Equal(passesDefault, PlatformHeadRules.Validate(head, Host).Passed);
        Assert.False(PlatformHeadRules.Validate(head, Host, new(MinimumTitle: ProfessionalTitle.Senior)).Passed);
        Assert.True(PlatformHeadRules.Validate(head, Host, new(MinimumTitle: ProfessionalTitle.Junior)).Passed);
    }
}

using Workbench.Core.Platforms;
using Workbench.Core.Scoring;

namespace Workbench.Tests.Core;

public class ScoringTests
{
    private static IndicatorTemplate Tiny(params (string Code, decimal Max)[] items) =>
        new("测试模板", TemplatePurpose.Evaluation, null, 1,
            [new("A", "科技资源整合能力", items.Select(i => new IndicatorItem(i.Code, "指标" + i.Code, i.Max, "说明")).ToList())]);

    private static ScoreSheet Sheet(params (string Code, decimal? Score, string? Comment)[] rows) => new(
        rows.ToDictionary(r => r.Code, r => r.Score),
        rows.Where(r => r.Comment is not null).ToDictionary(r => r.Code, r => r.Comment!));

    [Theory]
    [InlineData(ResourceCategory.FacilitiesAndInstruments)]
    [InlineData(ResourceCategory.DataAndInformation)]
    [InlineData(ResourceCategory.BiologicalAndMaterials)]
    [InlineData(ResourceCategory.PublicServices)]
    public void DefaultEvaluationTemplate_IsValid_WithTheFourFocusesOfArticle16(ResourceCategory c)
    {
        var t = DefaultTemplates.Evaluation(c);
        Assert.True(TemplateRules.Validate(t).Passed, string.Join(";", TemplateRules.Validate(t).Problems));
        Assert.Equal(["科技资源整合能力", "服务成效", "运行管理", "专项经费使用情况"], t.Indicators.Select(i => i.Name));
        Assert.Equal(100m, t.TotalWeight);
        Assert.Equal(c, t.Category);
        Assert.All(t.AllItems, i => Assert.False(string.IsNullOrWhiteSpace(i.Guidance)));
    }

    [Fact]
    public void DefaultTemplates_DifferByCategory_AndRecognitionTemplateIsValid()
    {
        var all = DefaultTemplates.AllEvaluation();
        Assert.Equal(4, all.Select(t => t.Item("A1")!.Guidance).Distinct().Count());
        var r = DefaultTemplates.Recognition();
        Assert.True(TemplateRules.Validate(r).Passed);
        Assert.Equal(TemplatePurpose.Recognition, r.Purpose);
        Assert.Equal(100m, r.TotalWeight);
    }

    [Fact]
    public void Validate_WeightsNotSummingTo100_Fails() =>
        Assert.Contains("权重之和应为100分，当前为90分（第十六条）", TemplateRules.Validate(Tiny(("A1", 60), ("A2", 30))).Problems.Single());

    [Fact]
    public void Validate_EmptyLevelsNegativeMaxAndDuplicateCodes_AllReported()
    {
        var t = new IndicatorTemplate("模板", TemplatePurpose.Evaluation, null, 1,
        [
            new("A", "甲", [new("A1", "甲一", 110, ""), new("A1", "甲二", -10, "")]),
            new("B", "乙", []),
        ]);
        var p = TemplateRules.Validate(t).Problems;
        Assert.Contains(p, x => x.Contains("“乙”下没有二级指标"));
        Assert.Contains(p, x => x.Contains("“甲二”的满分不能为负数"));
        Assert.Contains(p, x => x.Contains("编号“A1”重复"));
        Assert.DoesNotContain(p, x => x.Contains("权重之和"));
        Assert.Equal(3, p.Count);
        Assert.Contains("至少应有一个一级指标", TemplateRules.Validate(t with { Indicators = [] }).Problems.Single());
    }

    [Fact]
    public void Sheet_ValidScores_PassAndTotalIsComputed()
    {
        var t = Tiny(("A1", 60), ("A2", 40));
        var s = Sheet(("A1", 45.5m, null), ("A2", 30m, null));
        Assert.True(ScoreSheetRules.Validate(t, s).Passed);
        Assert.Equal(75.5m, ScoreSheetRules.Total(t, s));
        Assert.Equal(75.5m, ScoreSheetRules.Subtotals(t, s)["A"]);
    }

    [Theory]
    [InlineData(61, null, "得分应在0至60分之间，当前为61分")]
    [InlineData(-1, null, "得分应在0至60分之间")]
    [InlineData(60, null, "给了满分，请填写评分理由")]
    [InlineData(23.9, null, "得分低于满分的40%，请填写评分理由")]
    [InlineData(30.25, null, "最多保留1位小数")]
    public void Sheet_BadScore_NamesTheItem(double score, string? comment, string expected)
    {
        var t = Tiny(("A1", 60), ("A2", 40));
        var check = ScoreSheetRules.Validate(t, Sheet(("A1", (decimal)score, comment), ("A2", 30m, null)));
        var p = Assert.Single(check.Problems);
        Assert.StartsWith("“指标A1”", p);
        Assert.Contains(expected, p);
        Assert.Contains("第十六条", p);
    }

    [Theory]
    [InlineData(60, "材料翔实，成效突出")]
    [InlineData(24, null)]
    [InlineData(10, "对接不完整")]
    public void Sheet_FullOrLowMarksWithCommentOrAtThreshold_Pass(double score, string? comment) =>
        Assert.True(ScoreSheetRules.Validate(Tiny(("A1", 60), ("A2", 40)), Sheet(("A1", (decimal)score, comment), ("A2", 30m, null))).Passed);

    [Fact]
    public void Sheet_CommentRulesAreConfigurable()
    {
        var t = Tiny(("A1", 60), ("A2", 40));
        var s = Sheet(("A1", 60m, null), ("A2", 5m, null));
        Assert.Equal(2, ScoreSheetRules.Validate(t, s).Problems.Count);
        Assert.True(ScoreSheetRules.Validate(t, s, new(CommentAtFullMarks: false, LowMarkRatio: 0m)).Passed);
    }

    [Fact]
    public void Sheet_RequiredMissing_Fails_OptionalMissing_Passes_UnknownItemFails()
    {
        var t = new IndicatorTemplate("模板", TemplatePurpose.Evaluation, null, 1,
            [new("A", "甲", [new("A1", "必评", 60, ""), new("A2", "选评", 40, "", Required: false)])]);
        Assert.True(ScoreSheetRules.Validate(t, Sheet(("A1", 50m, null))).Passed);
        Assert.Equal(50m, ScoreSheetRules.Total(t, Sheet(("A1", 50m, null), ("A2", null, null))));
        Assert.Contains("“必评”为必评项，请打分（第十六条）", ScoreSheetRules.Validate(t, Sheet(("A2", 30m, null))).Problems.Single());
        Assert.Contains("“Z9”不是模板", ScoreSheetRules.Validate(t, Sheet(("A1", 50m, null), ("Z9", 1m, null))).Problems.Single());
    }

    [Fact]
    public void Sheet_EmptyOnDefaultTemplate_ListsEveryRequiredItem()
    {
        var t = DefaultTemplates.Evaluation(ResourceCategory.DataAndInformation);
        Assert.Equal(t.AllItems.Count(i => i.Required), ScoreSheetRules.Validate(t, ScoreSheet.Empty).Problems.Count);
        Assert.Equal(0m, ScoreSheetRules.Total(t, ScoreSheet.Empty));
    }

    [Theory]
    [InlineData(84.125, 84.13)]
    [InlineData(84.135, 84.14)]
    [InlineData(84.1249, 84.12)]
    [InlineData(-0.005, -0.01)]
    public void Round_IsTwoPlacesHalfAwayFromZero(decimal value, decimal expected) => Assert.Equal(expected, Scores.Round(value));
}

public class ItemEditsTests
{
    [Theory]
    [InlineData(null, null, 0, "4", 0, EditOutcome.Apply)]          // first save of the item
    [InlineData("4", null, 1, "5", 1, EditOutcome.Apply)]           // on top of the version the tab loaded
    [InlineData("4", null, 2, "5", 1, EditOutcome.Conflict)]        // another tab saved since
    [InlineData("4", null, 2, "4", 1, EditOutcome.Unchanged)]       // stale but the same value: nothing to decide
    [InlineData("4", "理由", 2, "4", 1, EditOutcome.Conflict)]       // the other tab added a comment this tab lacks
    public void Decide_Table(string? value, string? comment, int version, string mine, int baseVersion, EditOutcome expected)
    {
        var current = new ItemState(value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), comment, version);
        var edit = new ItemEdit("A1", decimal.Parse(mine, System.Globalization.CultureInfo.InvariantCulture), "  ", baseVersion);
        Assert.Equal(expected, ItemEdits.Decide(current, edit));
    }
}

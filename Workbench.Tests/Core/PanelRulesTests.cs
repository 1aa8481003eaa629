using Workbench.Core.Scoring;

namespace Workbench.Tests.Core;

public class PanelRulesTests
{
    [Theory]
    [InlineData(5, true)]
    [InlineData(7, true)]
    [InlineData(4, false)]
    [InlineData(6, false)]
    [InlineData(8, false)]
    [InlineData(3, false)]
    public void ValidateSize_Count_PassesOnlyForOddFiveToSeven(int count, bool passes)
    {
        var check = PanelRules.ValidateSize(count, PanelKind.Recognition);
        Assert.Equal(passes, check.Passed);
        if (!passes) Assert.Contains("第八条(二)2", check.Problems[0]);
    }

    [Fact]
    public void ValidateSize_EvenEvaluationPanel_CitesArticle16()
    {
        var check = PanelRules.ValidateSize(6, PanelKind.Evaluation);
        Assert.Equal(["考核评估专家组人数应为单数（5、7名），当前为6名（第十六条）。"], check.Problems);
    }
}

public class PanelDeadlineTests
{
    [Fact]
    public void ValidateDeadline_Missing_RefusedCitingTheArticle()
    {
        Assert.Equal(["请设置评分截止日期（第八条(二)2）。"], PanelRules.ValidateDeadline(null, PanelKind.Recognition).Problems);
        Assert.Equal(["请设置评分截止日期（第十六条）。"], PanelRules.ValidateDeadline(null, PanelKind.Evaluation).Problems);
        Assert.True(PanelRules.ValidateDeadline(new DateOnly(2027, 1, 15), PanelKind.Recognition).Passed);
    }
}

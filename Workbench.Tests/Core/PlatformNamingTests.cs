using Workbench.Core.Platforms;

namespace Workbench.Tests.Core;

public class PlatformNamingTests
{
    [Theory]
    [InlineData("湖南省大型科学仪器共享服务平台")]
    [InlineData("湖南省分析测试中心")]
    [InlineData("湖南省农作物种质资源库")]
    [InlineData("湖南省自然博物资源馆")]
    [InlineData("湖南省种质资源库")]
    public void ChineseName_Valid_Passes(string name) => Assert.True(PlatformNaming.ValidateChineseName(name).Passed);

    [Theory]
    [InlineData("", "请填写")]
    [InlineData("长沙大型仪器共享平台", "应以“湖南省”开头")]
    [InlineData("湖南省大型仪器共享系统", "应以“平台”“中心”“资源库”或“资源馆”结尾")]
    [InlineData("湖南省平台", "至少两个字")]
    [InlineData("湖南省药中心", "至少两个字")]
    [InlineData("湖南省 仪器平台", "空格")]
    public void ChineseName_Invalid_SaysWhatToFix(string name, string expected)
    {
        var check = PlatformNaming.ValidateChineseName(name);
        Assert.False(check.Passed);
        Assert.Contains(check.Problems, p => p.Contains(expected) && p.Contains("第九条"));
    }

    [Theory]
    [InlineData("湖南省分析测试中心", "Center")]
    [InlineData("湖南省仪器共享平台", "Platform")]
    [InlineData("湖南省种质资源库", "Resource Center")]
    [InlineData("湖南省博物资源馆", "Resource Center")]
    [InlineData("湖南省仪器共享系统", null)]
    public void EnglishSuffix_FollowsChineseSuffix(string chinese, string? expected) =>
        Assert.Equal(expected, PlatformNaming.EnglishSuffixFor(chinese));

    [Theory]
    [InlineData("Hunan Provincial Analysis and Testing Center", "湖南省分析测试中心", true)]
    [InlineData("Hunan Provincial Crop Germplasm Resource Center", "湖南省农作物种质资源库", true)]
    [InlineData("Hunan Provincial Analysis and Testing Platform", "湖南省分析测试中心", false)]
    [InlineData("Hunan Analysis Center", "湖南省分析测试中心", false)]
    [InlineData("Hunan Provincial Center", "湖南省分析测试中心", false)]
    [InlineData("Hunan Provincial 分析 Center", "湖南省分析测试中心", false)]
    [InlineData("", "湖南省分析测试中心", false)]
    public void EnglishName_MatchesChineseSuffix(string english, string chinese, bool ok)
    {
        var check = PlatformNaming.ValidateEnglishName(english, chinese);
        Assert.Equal(ok, check.Passed);
        if (!ok) Assert.All(check.Problems, p => Assert.Contains("第九条", p));
    }
}

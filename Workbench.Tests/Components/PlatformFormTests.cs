using Bunit;
using Workbench.App.Features.Platforms;

namespace Workbench.Tests.Components;

public class PlatformFormTests : ComponentTestBase
{
    private static readonly IReadOnlyList<Option> Units = [new(1, "长沙学院"), new(2, "中南大学")];

    [Fact]
    public void NewForm_BadChineseName_ShowsArticleNineMessageAfterBlur()
    {
        var model = new PlatformEditModel();
        var cut = RenderInteractive<PlatformForm>(p => p.Add(x => x.Model, model).Add(x => x.HostUnits, Units));
        Assert.DoesNotContain("第九条）", cut.Markup.Replace("第九条：", ""));   // nothing shown before the user leaves the field

        var input = cut.Find("input[data-testid='name']");
        input.Input("长沙仪器共享系统");
        input.Blur();

        cut.WaitForAssertion(() => Assert.Contains("应以“湖南省”开头（第九条）", cut.Find("[data-testid='name-problems']").TextContent));
    }

    [Fact]
    public void EnglishHelper_FollowsChineseSuffix()
    {
        var model = new PlatformEditModel { Name = "湖南省农作物种质资源库" };
        var cut = RenderInteractive<PlatformForm>(p => p.Add(x => x.Model, model).Add(x => x.HostUnits, Units));
        Assert.Contains("Hunan Provincial … Resource Center", cut.Markup);
    }

    [Fact]
    public void ExistingPlatform_WrongEnglishSuffix_IsFlaggedAtOnce()
    {
        var model = new PlatformEditModel { Id = 5, Name = "湖南省分析测试中心", EnglishName = "Hunan Provincial Analysis Platform", HostUnitId = 1 };
        var cut = RenderInteractive<PlatformForm>(p => p.Add(x => x.Model, model).Add(x => x.HostUnits, Units));
        Assert.Contains("英文名称应以“Center”结尾", cut.Markup);
    }

    [Fact]
    public void ServerErrors_AreListed_AndSaveRaisesCallback()
    {
        var saved = 0;
        var cut = RenderInteractive<PlatformForm>(p => p
            .Add(x => x.Model, new PlatformEditModel())
            .Add(x => x.HostUnits, Units)
            .Add(x => x.Errors, ["请选择依托单位（第六条）。"])
            .Add(x => x.OnSave, () => saved++));
        Assert.Contains("请选择依托单位（第六条）。", cut.Find("[data-testid='form-errors']").TextContent);
        cut.Find("button[data-testid='save']").Click();
        Assert.Equal(1, saved);
    }

    [Fact]
    public void SaveButton_DisabledWhileSaving()
    {
        var cut = RenderInteractive<PlatformForm>(p => p.Add(x => x.Model, new PlatformEditModel()).Add(x => x.HostUnits, Units).Add(x => x.Saving, true));
        Assert.True(cut.Find("button[data-testid='save']").HasAttribute("disabled"));
    }
}

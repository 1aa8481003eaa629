using Workbench.App.Documents.Pdf;

namespace Workbench.Tests.Documents;

public class LineBreakerTests
{
    /// <summary>Every character 1 wide (ASCII 0.5), no letter spacing; returns the lines as strings.</summary>
    private static List<string> Lines(string text, float width)
    {
        var cps = text.Select(c => (int)c).ToArray();
        var adv = cps.Select(c => c < 0x80 ? 0.5f : 1f).ToArray();
        return LineBreaker.Break(cps, adv, 0, width, width).Select(l => text[l.Start..l.End]).ToList();
    }

    [Theory]
    [InlineData("一二三四，五六", 4, new[] { "一二三", "四，五六" })]          // ， may not start a line: 四 moves down with it
    [InlineData("一二三四。”五六", 4, new[] { "一二三", "四。”五", "六" })]  // two closing marks move together
    [InlineData("一二三（四五六", 4, new[] { "一二三", "（四五六" })]        // （ may not end a line
    [InlineData("一二《三四五》", 3, new[] { "一二", "《三四", "五》" })]
    [InlineData("甲乙丙丁戊己", 3, new[] { "甲乙丙", "丁戊己" })]
    public void Break_ChinesePunctuation_FollowsKinsoku(string text, float width, string[] expected) =>
        Assert.Equal(expected, Lines(text, width));

    [Fact]
    public void Break_LatinWordsAndNumbers_AreNotSplit()
    {
        var lines = Lines("共享平台 Platform 2026年", 6);
        Assert.Equal(["共享平台", "Platform", "2026年"], lines.Select(l => l.Trim()).ToList());
    }

    [Fact]
    public void Break_WordWiderThanLine_IsForcedAtTheEdge()
    {
        var lines = Lines("https://kjzy.hunan.gov.cn/verify", 5);
        Assert.All(lines.Take(lines.Count - 1), l => Assert.Equal(10, l.Length));
    }

    [Fact]
    public void Break_HardNewline_EndsTheParagraph()
    {
        var cps = "一二\n三".Select(c => (int)c).ToArray();
        var lines = LineBreaker.Break(cps, cps.Select(_ => 1f).ToArray(), 0, 10, 10);
        Assert.Equal([(0, 2, true), (3, 4, true)], lines.Select(l => (l.Start, l.End, l.EndsParagraph)).ToList());
    }

    [Fact]
    public void Break_FirstLineIndent_NarrowsOnlyTheFirstLine()
    {
        var cps = "一二三四五六七".Select(c => (int)c).ToArray();
        var lines = LineBreaker.Break(cps, cps.Select(_ => 1f).ToArray(), 0, 2, 4);
        Assert.Equal([2, 4, 1], lines.Select(l => l.End - l.Start).ToList());
    }

    [Fact]
    public void Break_RandomNoticeText_NeverStartsOrEndsWrongly()
    {
        var text = string.Concat(Enumerable.Repeat("根据《湖南省科技资源共享服务平台管理办法》（湘科发〔2024〕130号）规定，经专家论证、现场考察核实，认定“湖南省大型科学仪器共享服务平台”等平台。", 6));
        for (var width = 5; width <= 29; width++)
        {
            var lines = Lines(text, width);
            Assert.Equal(text, string.Concat(lines));
            foreach (var l in lines.Skip(1)) Assert.False(LineBreaker.CannotStartLine(l[0]), $"width {width}: line starts with {l[0]}: {l}");
            foreach (var l in lines.Take(lines.Count - 1)) Assert.False(LineBreaker.CannotEndLine(l[^1]), $"width {width}: line ends with {l[^1]}: {l}");
        }
    }

    [Fact]
    public void Measure_ExcludesTrailingSpacesAndLastLetterSpacing()
    {
        int[] cps = ['一', '二', ' ', ' '];
        float[] adv = [1.5f, 1.5f, 1.5f, 1.5f];
        Assert.Equal(2.5f, LineBreaker.Measure(cps, adv, 0.5f, 0, 4));
    }
}

using Workbench.Core.Documents;

namespace Workbench.Tests.Documents;

public class DocumentModelTests
{
    [Fact]
    public void DocumentNumber_Formats_WithHexagonalBracketsAndNoPadding() =>
        Assert.Equal("湘科发〔2026〕12号", new DocumentNumber("湘科发", 2026, 12).ToString());

    [Theory]
    [InlineData("", 2026, 1, "请填写发文机关代字")]
    [InlineData("湘科发", 26, 1, "四位年份")]
    [InlineData("湘科发", 2026, 0, "不编虚位")]
    public void DocumentNumber_Invalid_SaysWhy(string code, int year, int serial, string expected) =>
        Assert.Contains(new DocumentNumber(code, year, serial).Validate().Problems, p => p.Contains(expected));

    [Theory]
    [InlineData(2026, 11, 29, "2026年11月29日")]
    [InlineData(2027, 2, 5, "2027年2月5日")]
    public void ChineseDate_HasNoLeadingZeros(int y, int m, int d, string expected) =>
        Assert.Equal(expected, DocumentText.ChineseDate(new DateOnly(y, m, d)));

    [Fact]
    public void PageNumbers_FollowTheTwoHouseStyles()
    {
        Assert.Equal("第 2 页 共 5 页", DocumentText.PageOfTotal(2, 5));
        Assert.Equal("— 3 —", DocumentText.DashedPageNumber(3));
    }

    [Fact]
    public void Certificate_Sample_IsValidWithDefaultIssuers()
    {
        var c = Samples.Certificate();
        Assert.True(c.Validate().Passed, string.Join("；", c.Validate().Problems));
        Assert.Equal(["湖南省科学技术厅", "湖南省财政厅"], c.IssuingOrganisations.Select(i => i.Organisation).ToList());
        Assert.Equal("2026年11月29日", c.DateText);
    }

    [Fact]
    public void Certificate_BadNameAndUrl_CitesArticle9()
    {
        var c = Samples.Certificate() with { PlatformName = "大型仪器平台", VerifyUrl = "verify/1" };
        var problems = c.Validate().Problems;
        Assert.Contains(problems, p => p.Contains("湖南省") && p.Contains("第九条"));
        Assert.Contains(problems, p => p.Contains("核验地址"));
    }

    [Fact]
    public void Notice_Attachments_AreNumberedOnlyWhenSeveral()
    {
        var one = Samples.Notice() with { Attachments = ["名单"] };
        Assert.Equal(["附件：名单"], one.AttachmentLines);
        var two = one with { Attachments = ["名单", "评分表"] };
        Assert.Equal(["附件：1. 名单", "　　　2. 评分表"], two.AttachmentLines);
        Assert.True(Samples.Notice().Validate().Passed);
    }

    [Fact]
    public void Table_RowWithWrongCellCount_IsReported()
    {
        var t = new DocumentTable(["序号", "名称"], [["1", "甲"], ["2"]]);
        Assert.Equal(["表格第2行有1个单元格，应为2个。"], t.Validate().Problems);
    }

    [Fact]
    public void Report_Sample_IsValid() => Assert.True(Samples.Report().Validate().Passed);
}

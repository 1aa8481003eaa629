using System.Text.Json;
using Workbench.Core.Documents;

namespace Workbench.Tests.Documents;

/// <summary>An issued notice is kept as a JSON snapshot of its Core model: it must come back block for block.</summary>
public class NoticeModelJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Notice_SerialisedAndRead_KeepsEveryBlockTypeTableAndNumber()
    {
        var model = Samples.Notice(3) with
        {
            Body = [new NoticeHeading("一、评估结果"), new NoticeParagraph("经专家评估，现将结果公布如下。"), new NoticeTable(Samples.PlatformList(3)), new NoticeHeading("（一）整改要求", 2)],
        };
        var json = JsonSerializer.Serialize(model, Web);
        var back = JsonSerializer.Deserialize<OfficialNoticeModel>(json, Web)!;

        Assert.Equal(model.Number, back.Number);
        Assert.Equal(model.Title, back.Title);
        Assert.Equal(model.Date, back.Date);
        Assert.Equal(model.Issuers, back.Issuers);
        Assert.Equal(["NoticeHeading", "NoticeParagraph", "NoticeTable", "NoticeHeading"], back.Body.Select(b => b.GetType().Name));
        Assert.Equal(2, ((NoticeHeading)back.Body[3]).Level);
        var table = ((NoticeTable)back.Body[2]).Table;
        Assert.Equal(Samples.PlatformList(3).Rows.SelectMany(r => r), table.Rows.SelectMany(r => r));
        Assert.Equal(json, JsonSerializer.Serialize(back, Web));
        Assert.DoesNotContain("DateText", json);
        Assert.True(back.Validate().Passed);
    }
}

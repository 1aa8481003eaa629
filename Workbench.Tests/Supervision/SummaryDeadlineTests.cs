using Workbench.App.Features.Account;
using Workbench.App.Features.Supervision.Summaries;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Tests.Support;

namespace Workbench.Tests.Supervision;

/// <summary>第十五条 through the service: the deadline is the last day of February (28 Feb 2027, 29 Feb 2028).</summary>
public class SummaryDeadlineTests
{
    [Theory]
    [InlineData(2026, 2027, 2, 28, SummaryStatus.Pending, SummaryStatus.OnTime)]   // 2027 is not a leap year: 28 Feb is the last day
    [InlineData(2026, 2027, 3, 1, SummaryStatus.Missing, SummaryStatus.Late)]
    [InlineData(2027, 2028, 2, 28, SummaryStatus.Pending, SummaryStatus.OnTime)]
    [InlineData(2027, 2028, 2, 29, SummaryStatus.Pending, SummaryStatus.OnTime)]   // 2028 is a leap year: 29 Feb still counts
    [InlineData(2027, 2028, 3, 1, SummaryStatus.Missing, SummaryStatus.Late)]
    public async Task SummaryService_SubmittedOnDay_StatusFollowsLastDayOfFebruary(int year, int y, int m, int d, SummaryStatus before, SummaryStatus after)
    {
        await using var t = await TestDb.CreateAsync();
        var (unitId, platformId) = await t.AddPlatformAsync();
        t.Clock.SetUtcNow(new DateTimeOffset(y, m, d, 16, 30, 0, TimeSpan.FromHours(8)));  // late afternoon, China time (08:30 UTC)
        var svc = new SummaryService(t.Factory, t.Clock, null!, null!);
        var host = new UserScope("host", "陈静", Role.HostUnit, unitId, null, null);

        Assert.Equal(before, (await svc.SummaryStatusAsync([platformId], year)).Single().Status);
        var r = await svc.SubmitAsync(host, platformId, year, "本年度完成资源整合与目录更新，对外开放共享服务三百余次，修订管理制度。",
            "下一年度扩大资源开放范围，完善在线服务系统，加强服务队伍建设和合作。", Guid.Empty);
        Assert.True(r.Ok, string.Join("", r.Errors));
        var row = (await svc.SummaryStatusAsync([platformId], year)).Single();
        Assert.Equal((after, new DateOnly(y, m, d)), (row.Status, row.SubmittedOn));
        Assert.Equal(after, (await svc.ListAsync(host, year)).Single().Status);
    }

    [Fact]
    public async Task SummaryService_LastDayOfFebruaryLateEveningChinaTime_StillOnTime()
    {
        await using var t = await TestDb.CreateAsync();
        var (unitId, platformId) = await t.AddPlatformAsync();
        // 2028-02-29 23:30 in Changsha is 15:30 UTC the same day; 2027-02-28 23:30 Changsha is still 28 Feb.
        t.Clock.SetUtcNow(new DateTimeOffset(2028, 2, 29, 23, 30, 0, TimeSpan.FromHours(8)));
        var svc = new SummaryService(t.Factory, t.Clock, null!, null!);
        var r = await svc.SubmitAsync(new UserScope("host", "陈静", Role.HostUnit, unitId, null, null), platformId, 2027,
            "本年度完成资源整合与目录更新，对外开放共享服务三百余次，修订管理制度。", "下一年度扩大资源开放范围，完善在线服务系统，加强服务队伍建设和合作。", Guid.Empty);
        Assert.True(r.Ok, string.Join("", r.Errors));
        Assert.Equal(SummaryStatus.OnTime, (await svc.SummaryStatusAsync([platformId], 2027)).Single().Status);
    }

    [Fact]
    public async Task NotInOnTimeList_BeforeDeadline_ListsPendingWithoutOverdueDays()
    {
        await using var t = await TestDb.CreateAsync();
        var (unitId, platformId) = await t.AddPlatformAsync();
        t.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 15, 10, 0, 0, TimeSpan.FromHours(8)));   // 2026 summaries due 28 Feb 2027
        var exports = new Workbench.App.Features.Documents.SummaryExports(new SummaryService(t.Factory, t.Clock, null!, null!),
            new Workbench.App.Documents.Sheets.SheetExporter(), t.Clock);
        var admin = new UserScope("admin", "管理员", Role.Admin, null, null, null);
        var file = await exports.OverdueAsync(admin, 2026);
        Assert.NotNull(file);
        using var ms = new MemoryStream();
        await file.WriteAsync(ms, CancellationToken.None);
        ms.Position = 0;
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var reader = ExcelDataReader.ExcelReaderFactory.CreateReader(ms);
        var rows = new List<object?[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
        Assert.StartsWith("2026年度总结未交及逾期名单（第十五条，报送截止2027年2月28日，共1个平台）", (string)rows[0][0]!);
        var row = Assert.Single(rows.Skip(2));
        Assert.Equal("待提交", row[4]);
        Assert.Null(row[7]);   // not overdue yet: no overdue days
    }
}

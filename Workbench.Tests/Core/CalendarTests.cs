using Workbench.Core.Calendar;

namespace Workbench.Tests.Core;

public class CalendarTests
{
    private static readonly OfficialCalendar Cal = new(HolidayData.All);

    [Fact]
    public void Data_EveryYearIsCoherent_AndCovers2024To2026()
    {
        Assert.Equal([2024, 2025, 2026], Cal.Years);
        Assert.All(HolidayData.All, y => Assert.True(y.Validate().Passed, string.Join(";", y.Validate().Problems)));
    }

    [Theory]
    [InlineData("2024-02-09", true)]   // 除夕 2024 is officially a working day
    [InlineData("2024-02-10", false)]
    [InlineData("2024-02-18", true)]   // Sunday, 调休
    [InlineData("2024-09-14", true)]
    [InlineData("2024-10-12", true)]
    [InlineData("2025-01-28", false)]
    [InlineData("2025-01-26", true)]
    [InlineData("2025-02-08", true)]
    [InlineData("2025-10-08", false)]
    [InlineData("2025-10-11", true)]
    [InlineData("2026-01-04", true)]   // Sunday works
    [InlineData("2026-02-23", false)]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-05-05", false)]
    [InlineData("2026-05-09", true)]
    [InlineData("2026-06-19", false)]
    [InlineData("2026-09-20", true)]
    [InlineData("2026-10-10", true)]
    [InlineData("2026-10-11", false)]  // ordinary Sunday
    [InlineData("2026-03-04", true)]   // ordinary Wednesday
    public void IsWorkingDay_FollowsStateCouncilNotices(string date, bool working) =>
        Assert.Equal(working, Cal.IsWorkingDay(DateOnly.Parse(date)).Value);

    [Theory]
    [InlineData("2026-02-13", 5, "2026-02-26")]  // Fri, Sat 2.14 works, 春节 2.15–2.23
    [InlineData("2026-01-03", 5, "2026-01-08")]  // starts on a holiday; Sun 1.4 works
    [InlineData("2025-09-26", 5, "2025-10-09")]  // Sun 9.28 works, 10.1–10.8 off
    [InlineData("2024-09-27", 5, "2024-10-09")]
    [InlineData("2024-04-30", 5, "2024-05-09")]
    [InlineData("2026-03-02", 1, "2026-03-02")]
    [InlineData("2026-03-02", 5, "2026-03-06")]
    public void PublicNotice_EndDate_CountsWorkingDaysIncludingStart(string start, int days, string end) =>
        Assert.Equal(DateOnly.Parse(end), PublicNotice.EndDate(Cal, DateOnly.Parse(start), days).Value);

    [Fact]
    public void MissingYear_IsReportedNotGuessed()
    {
        var r = PublicNotice.EndDate(Cal, new DateOnly(2026, 12, 28), 5);
        Assert.False(r.Succeeded);
        Assert.Contains("没有2027年的法定节假日和调休安排", r.Check.Problems.Single());
        Assert.False(Cal.IsWorkingDay(new DateOnly(2023, 12, 29)).Succeeded);
    }

    [Fact]
    public void WithYear_AdminAdds2027_ThenCountingProceeds()
    {
        var y2027 = new HolidayYear(2027, [new("元旦", new(2027, 1, 1), new(2027, 1, 1))], [], "国务院办公厅关于2027年部分节假日安排的通知");
        var cal = Cal.WithYear(y2027).Value!;
        Assert.Equal(new DateOnly(2027, 1, 4), PublicNotice.EndDate(cal, new DateOnly(2026, 12, 28), 5).Value);
        Assert.Equal([2024, 2025, 2026], Cal.Years);  // the original is unchanged
    }

    [Fact]
    public void WithYear_IncoherentData_IsRefused()
    {
        var bad = new HolidayYear(2027, [new("春节", new(2027, 2, 10), new(2027, 2, 5))], [new(2027, 3, 3), new(2028, 1, 2)], " ");
        var p = Cal.WithYear(bad).Check.Problems;
        Assert.Contains(p, x => x.Contains("起止日期颠倒"));
        Assert.Contains(p, x => x.Contains("2027年3月3日不是周末"));
        Assert.Contains(p, x => x.Contains("2028年1月2日不在2027年内"));
        Assert.Contains(p, x => x.Contains("注明2027年节假日安排的依据"));
    }

    [Fact]
    public void AddAndCountWorkingDays_AreConsistent()
    {
        Assert.Equal(new DateOnly(2026, 2, 24), Cal.AddWorkingDays(new DateOnly(2026, 2, 13), 2).Value);
        Assert.Equal(5, Cal.CountWorkingDays(new DateOnly(2026, 2, 13), new DateOnly(2026, 2, 26)).Value);
        Assert.Equal(0, Cal.CountWorkingDays(new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 8)).Value);
        Assert.False(Cal.NthWorkingDay(new DateOnly(2026, 3, 2), 0).Succeeded);
    }

    [Fact]
    public void PublicNotice_OpenAndMayConclude()
    {
        var start = new DateOnly(2026, 2, 13);
        Assert.True(PublicNotice.IsOpen(Cal, start, new DateOnly(2026, 2, 20)).Value);
        Assert.False(PublicNotice.IsOpen(Cal, start, new DateOnly(2026, 2, 27)).Value);
        Assert.Contains("公示期至2026年2月26日止（5个工作日）", PublicNotice.MayConclude(Cal, start, new DateOnly(2026, 2, 26)).Problems.Single());
        Assert.True(PublicNotice.MayConclude(Cal, start, new DateOnly(2026, 2, 27)).Passed);
    }
}

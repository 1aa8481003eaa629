using System.Text.RegularExpressions;
using Workbench.Core;
using Workbench.Core.Calendar;

namespace Workbench.Tests.Core;

/// <summary>The calendar as data: Core validates a year the admin enters, says what is missing, and a failed result's value cannot be read.</summary>
public class CalendarDataRuleTests
{
    private static readonly OfficialCalendar Published = new(HolidayData.All);

    [Fact]
    public void Result_FailedValue_ThrowsInsteadOfDefault()
    {
        var end = PublicNotice.EndDate(Published, new DateOnly(2026, 12, 28));
        Assert.False(end.Succeeded);
        Assert.Throws<InvalidOperationException>(() => end.Value);
        Assert.False(end.TryGetValue(out _));
        Assert.Equal(default, end.ValueOrDefault);
    }

    [Fact]
    public void Result_FailWithPassedCheck_IsABug() =>
        Assert.Throws<ArgumentException>(() => Result<int>.Fail(Check.Ok));

    [Fact]
    public void EndDate_RunsInto2027_FailsNamingTheYear_UntilTheYearIsAdded()
    {
        var end = PublicNotice.EndDate(Published, new DateOnly(2026, 12, 28));
        Assert.True(OfficialCalendar.IsMissingYear(end.Check));
        Assert.Contains("2027年", end.Check.Problems.Single());

        var withYear = Published.WithYear(Test2027()).Value;
        Assert.Equal(new DateOnly(2027, 1, 4), PublicNotice.EndDate(withYear, new DateOnly(2026, 12, 28)).Value);
    }

    [Theory]
    [InlineData("2026-10-31", new int[0])]
    [InlineData("2026-11-01", new[] { 2027 })]
    [InlineData("2026-12-28", new[] { 2027 })]
    [InlineData("2027-03-01", new[] { 2027 })]
    [InlineData("2025-11-15", new int[0])]
    public void MissingYears_ThisYearAlways_NextYearFromNovember(string today, int[] missing)
    {
        Assert.Equal(missing, Published.MissingYears(DateOnly.Parse(today)));
        var warning = Published.UpkeepWarning(DateOnly.Parse(today));
        if (missing.Length == 0) Assert.Null(warning);
        else Assert.Contains($"{missing[0]}年", warning);
    }

    [Fact]
    public void Validate_OverlapsDuplicatesAndUnnamedHolidays_EachReported()
    {
        var y = new HolidayYear(2027,
            [new("春节", new(2027, 2, 5), new(2027, 2, 12)), new("", new(2027, 2, 10), new(2027, 2, 11))],
            [new(2027, 2, 20), new(2027, 2, 20), new(2027, 2, 22)], "国务院办公厅关于2027年部分节假日安排的通知", IssuedOn: new(2028, 1, 1));
        var problems = y.Validate().Problems;
        Assert.Contains(problems, p => p.Contains("未填写名称"));
        Assert.Contains(problems, p => p.Contains("重叠"));
        Assert.Contains(problems, p => p.Contains("重复填写"));
        Assert.Contains(problems, p => p.Contains("2027年2月22日不是周末"));
        Assert.Contains(problems, p => p.Contains("晚于2027年"));
    }

    [Theory]
    [InlineData(1800)]
    [InlineData(9999)]
    public void Validate_ImplausibleYear_Refused(int year) =>
        Assert.Contains("年度应在", new HolidayYear(year, [], [], "x").Validate().Problems.Single());

    [Fact]
    public void Validate_NoHolidays_Refused() =>
        Assert.Contains(new HolidayYear(2027, [], [], "通知").Validate().Problems, p => p.Contains("至少填写"));

    [Fact]
    public void App_NeverCountsOnACompiledInCalendar_NorReadsACalendarResultUnchecked()
    {
        var root = ArchitectureTests.FindRepoRoot();
        var app = Path.Combine(root, "Workbench.App");
        var sep = Path.DirectorySeparatorChar;
        var sources = Directory.EnumerateFiles(app, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{sep}obj{sep}") && !f.Contains($"{sep}bin{sep}") && !f.Contains($"{sep}Migrations{sep}"))
            .ToList();
        Assert.NotEmpty(sources);
        var uncheckedRead = new Regex(@"\b(EndDate|NthWorkingDay|AddWorkingDays|CountWorkingDays|IsWorkingDay|IsOpen|WithYear)\([^;]*\)\s*\.Value\b");
        var offenders = sources.SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, line, i)))
            .Where(x => uncheckedRead.IsMatch(x.line) || (x.line.Contains("HolidayData", StringComparison.Ordinal) && !x.f.EndsWith("CalendarSeedData.cs", StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(root, x.f)}:{x.i + 1}: {x.line.Trim()}").ToList();
        Assert.True(offenders.Count == 0, "Calendar read unchecked or from compiled-in data:\n" + string.Join("\n", offenders));
    }

    /// <summary>A 2027 for tests only (元旦 1.1–1.3): not the State Council's text, which the admin enters in production.</summary>
    internal static HolidayYear Test2027() => new(2027, [new("元旦", new(2027, 1, 1), new(2027, 1, 3))], [], "测试用2027年节假日安排");
}

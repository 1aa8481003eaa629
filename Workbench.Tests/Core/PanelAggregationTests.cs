using CsCheck;
using Workbench.Core.Evaluation;

namespace Workbench.Tests.Core;

public class PanelAggregationTests
{
    private static PanelSheet[] Panel(params decimal[] totals) =>
        totals.Select((t, i) => new PanelSheet($"E{i + 1}", t)).ToArray();

    [Fact]
    public void FiveSheets_DropHighestAndLowest_AverageTheRest()
    {
        var r = PanelAggregation.Aggregate(Panel(80, 95, 70, 85, 90));
        Assert.Equal(AggregationMethod.TrimmedMean, r.Method);
        Assert.Equal(85m, r.Score);
        Assert.Equal(["E2", "E3"], r.DroppedExperts);
        Assert.Equal(84m, r.PanelMean);
        Assert.True(r.Check.Passed);
    }

    [Fact]
    public void FourSheets_PlainMean_RoundedHalfUp()
    {
        var r = PanelAggregation.Aggregate(Panel(80, 81, 81, 81.5m));
        Assert.Equal(AggregationMethod.PlainMean, r.Method);
        Assert.Equal(80.88m, r.Score); // 323.5 / 4 = 80.875 → 80.88
        Assert.Empty(r.DroppedExperts);
    }

    [Fact]
    public void Abstentions_AreExcluded_AndCanTurnTrimmingOff()
    {
        var sheets = Panel(80, 95, 70, 85, 90).Append(new PanelSheet("E6", 0m, Abstained: true)).ToList();
        Assert.Equal(85m, PanelAggregation.Aggregate(sheets).Score);
        sheets[0] = sheets[0] with { Abstained = true };
        var r = PanelAggregation.Aggregate(sheets);
        Assert.Equal(4, r.ValidSheets);
        Assert.Equal(AggregationMethod.PlainMean, r.Method);
        Assert.Equal(85m, r.Score);
        Assert.DoesNotContain(r.Deviations, d => d.ExpertId is "E1" or "E6");
    }

    [Fact]
    public void Options_PlainMeanAlways_OrTrimFromThree()
    {
        Assert.Equal(84m, PanelAggregation.Aggregate(Panel(80, 95, 70, 85, 90), new(Trim: false)).Score);
        var r = PanelAggregation.Aggregate(Panel(70, 80, 99), new(TrimWhenAtLeast: 3));
        Assert.Equal((80m, AggregationMethod.TrimmedMean), (r.Score!.Value, r.Method));
    }

    [Fact]
    public void Deviation_AboveThresholdFromPanelMean_IsFlagged()
    {
        var r = PanelAggregation.Aggregate(Panel(85, 86, 84, 85, 60));  // mean 80
        var flagged = Assert.Single(r.Flagged);
        Assert.Equal(("E5", -20m), (flagged.ExpertId, flagged.Deviation));
        Assert.Empty(PanelAggregation.Aggregate(Panel(85, 86, 84, 85, 60), new(DeviationThreshold: 25)).Flagged);
        Assert.Empty(PanelAggregation.Aggregate(Panel(65, 95)).Flagged);  // exactly 15 is not "more than"
    }

    [Fact]
    public void NoValidSheets_NoScoreAndAReason()
    {
        var r = PanelAggregation.Aggregate([new PanelSheet("E1", 80, Abstained: true)]);
        Assert.Null(r.Score);
        Assert.Equal(AggregationMethod.None, r.Method);
        Assert.Contains("没有有效评分表", r.Check.Problems.Single());
    }

    [Fact]
    public void DuplicateExpertOrTotalOutOfRange_IsReported()
    {
        var r = PanelAggregation.Aggregate([new("E1", 80), new("E1", 82), new("E2", 101)]);
        Assert.Equal(2, r.Check.Problems.Count);
        Assert.Contains(r.Check.Problems, p => p.Contains("“E1”提交了多份评分表"));
        Assert.Contains(r.Check.Problems, p => p.Contains("“E2”的总分101不在0至100分之间"));
    }

    [Fact]
    public void Adjust_RequiresReason_AndStaysInRange()
    {
        var r = PanelAggregation.Aggregate(Panel(80, 95, 70, 85, 90));
        Assert.Contains("须填写调整理由", PanelAggregation.Adjust(r, 86m, " ").Check.Problems.Single());
        Assert.Contains("0至100分之间", PanelAggregation.Adjust(r, 101m, "讨论").Check.Problems.Single());
        var ok = PanelAggregation.Adjust(r, 86.125m, " 专家组合议 ");
        Assert.Equal(new ConsensusScore(85m, 86.13m, "专家组合议"), ok.Value);
        Assert.False(PanelAggregation.Adjust(PanelAggregation.Aggregate([]), 80m, "理由").Succeeded);
    }

    private static readonly Gen<decimal> Total = Gen.Int[0, 10000].Select(i => i / 100m);
    private static readonly Gen<PanelSheet[]> Sheets = Total.Array[1, 9]
        .Select(ts => ts.Select((t, i) => new PanelSheet($"E{i:00}", t)).ToArray());

    [Fact]
    public void Property_OrderOfSheetsNeverMatters() =>
        Gen.Select(Sheets, Gen.Int).Sample((sheets, seed) =>
        {
            var shuffled = sheets.ToArray();
            new Random(seed).Shuffle(shuffled);
            var a = PanelAggregation.Aggregate(sheets);
            var b = PanelAggregation.Aggregate(shuffled);
            Assert.Equal((a.Score, a.Method, a.PanelMean), (b.Score, b.Method, b.PanelMean));
            Assert.Equal(a.DroppedExperts, b.DroppedExperts);
            Assert.Equal(a.Deviations, b.Deviations);
        });

    [Fact]
    public void Property_ResultLiesBetweenMinAndMax() =>
        Sheets.Sample(sheets =>
        {
            var score = PanelAggregation.Aggregate(sheets).Score!.Value;
            Assert.InRange(score, sheets.Min(s => s.Total), sheets.Max(s => s.Total));
        });

    [Fact]
    public void Property_AddingASheetEqualToThePlainMean_DoesNotMoveIt() =>
        Sheets.Sample(sheets =>
        {
            var plain = new AggregationOptions(Trim: false);
            var before = PanelAggregation.Aggregate(sheets, plain).Score!.Value;
            var after = PanelAggregation.Aggregate(sheets.Append(new PanelSheet("X", before)), plain).Score!.Value;
            Assert.Equal(before, after);
        });

    [Fact]
    public void Property_DuplicatingEverySheet_DoesNotMoveThePlainMean() =>
        Sheets.Sample(sheets =>
        {
            var plain = new AggregationOptions(Trim: false);
            var doubled = sheets.Concat(sheets.Select(s => s with { ExpertId = s.ExpertId + "b" }));
            Assert.Equal(PanelAggregation.Aggregate(sheets, plain).Score, PanelAggregation.Aggregate(doubled, plain).Score);
        });

    [Fact]
    public void Property_AbstainingSheetsNeverChangeTheScore() =>
        Gen.Select(Sheets, Total.Array[0, 4]).Sample((sheets, extra) =>
        {
            var abstaining = extra.Select((t, i) => new PanelSheet($"A{i}", t, Abstained: true));
            Assert.Equal(PanelAggregation.Aggregate(sheets).Score, PanelAggregation.Aggregate(sheets.Concat(abstaining)).Score);
        });

    [Fact]
    public void Property_ShiftingEveryTotal_ShiftsTheScoreBySameAmount() =>
        Gen.Select(Sheets, Gen.Int[-20, 20]).Sample((sheets, shift) =>
        {
            var moved = sheets.Select(s => s with { Total = s.Total + shift }).ToArray();
            Assert.Equal(PanelAggregation.Aggregate(sheets).Score + shift, PanelAggregation.Aggregate(moved).Score);
        });
}

using Workbench.Core.Integrity;
using Workbench.Core.Numbering;
using Workbench.Core.Services;

namespace Workbench.Tests.Core;

public class ServiceChargingTests
{
    [Theory]
    [InlineData(ServicePurpose.GovernmentDecision, Charging.Free)]
    [InlineData(ServicePurpose.PublicSafety, Charging.Free)]
    [InlineData(ServicePurpose.NationalDefence, Charging.Free)]
    [InlineData(ServicePurpose.EnvironmentalProtection, Charging.Free)]
    [InlineData(ServicePurpose.DisasterPrevention, Charging.Free)]
    [InlineData(ServicePurpose.PublicInterestResearch, Charging.Free)]
    [InlineData(ServicePurpose.Commercial, Charging.Paid)]
    public void Classify_ByPurpose(ServicePurpose p, Charging expected) => Assert.Equal(expected, ServiceCharging.Classify(p));

    [Theory]
    [InlineData(ServicePurpose.DisasterPrevention, 0, null, false, null)]
    [InlineData(ServicePurpose.DisasterPrevention, 100, null, true, "为防灾减灾提供基本资源服务应当无偿提供")]
    [InlineData(ServicePurpose.Commercial, 800, 1000, true, null)]
    [InlineData(ServicePurpose.Commercial, 1000, 1000, true, null)]
    [InlineData(ServicePurpose.Commercial, 1200, 1000, true, "收费1200元高于服务成本1000元")]
    [InlineData(ServicePurpose.Commercial, 800, 1000, false, "应签订有偿服务合同")]
    [InlineData(ServicePurpose.Commercial, 800, null, true, "应列明服务成本")]
    [InlineData(ServicePurpose.Commercial, -1, 10, true, "不能为负数")]
    public void Validate_ChargingRules(ServicePurpose p, int fee, int? cost, bool contract, string? problem)
    {
        var check = ServiceCharging.Validate(new(p, fee, cost, contract));
        Assert.Equal(problem is null, check.Passed);
        if (problem is not null)
        {
            Assert.Contains(problem, check.Problems.Single());
            Assert.Contains("第十四条", check.Problems.Single());
        }
    }

    [Fact]
    public void Validate_SpecialLegalProvision_Prevails() =>
        Assert.True(ServiceCharging.Validate(new(ServicePurpose.PublicSafety, 50, null, false, SpecialLegalProvision: true)).Passed);
}

public class IntegrityTests
{
    private static readonly MisconductFinding Minor = new("U1", MisconductKind.Fraud, false, new(2026, 3, 1));
    private static readonly MisconductFinding Serious = new("U2", MisconductKind.AcademicMisconduct, true, new(2026, 3, 1), Unlawful: true);

    [Fact]
    public void Consequences_Minor_LosesEligibilityOnly()
    {
        var c = IntegrityRules.Consequences(Minor);
        Assert.Equal((true, true, false, false, false, false),
            (c.LosesApplicationEligibility, c.LosesEvaluationEligibility, c.RevokePlatform, c.PublishOnSharingNetwork, c.EnterIntegrityDatabase, c.ReferForLegalLiability));
        Assert.Equal("弄虚作假：取消申报和参加考核评估资格（第十八条）。", c.Measures.Single());
    }

    [Fact]
    public void Consequences_Serious_RevokePublishAndRecord()
    {
        var c = IntegrityRules.Consequences(Serious);
        Assert.True(c.RevokePlatform && c.PublishOnSharingNetwork && c.EnterIntegrityDatabase && c.ReferForLegalLiability);
        Assert.Equal(5, c.Measures.Count);
        Assert.Contains(c.Measures, m => m.Contains("科研诚信严重失信行为数据库"));
    }

    [Theory]
    [InlineData("U1", "2026-02-28", true)]   // before the finding
    [InlineData("U1", "2026-03-01", false)]
    [InlineData("U1", "2030-01-01", false)]  // no period set: barred until lifted
    [InlineData("U9", "2026-06-01", true)]   // another unit
    public void MayApply_DependsOnFindingsInForce(string unit, string date, bool may)
    {
        var check = IntegrityRules.MayApply(unit, [Minor, Serious], DateOnly.Parse(date));
        Assert.Equal(may, check.Passed);
        if (!may) Assert.Equal("该单位于2026年3月1日被认定存在弄虚作假行为，已被取消申报资格（第十八条）。", check.Problems.Single());
    }

    [Fact]
    public void MayBeEvaluated_BarPeriodAndLifting()
    {
        var barred = Minor with { BarredUntil = new(2028, 2, 29) };
        Assert.Contains("已被取消参加考核评估资格（至2028年2月29日）", IntegrityRules.MayBeEvaluated("U1", [barred], new(2028, 2, 29)).Problems.Single());
        Assert.True(IntegrityRules.MayBeEvaluated("U1", [barred], new(2028, 3, 1)).Passed);
        Assert.True(IntegrityRules.MayBeEvaluated("U1", [Minor with { Lifted = true }], new(2027, 1, 1)).Passed);
    }
}

public class NumberingTests
{
    [Theory]
    [InlineData("湘科发〔2024〕130号", "湘科发", 2024, 130)]
    [InlineData("湘科发[2026]12号", "湘科发", 2026, 12)]
    [InlineData(" 湘财教（2025）7号 ", "湘财教", 2025, 7)]
    public void DocumentNumber_Parse_NormalisesBrackets(string text, string prefix, int year, int seq)
    {
        var d = DocumentNumber.Parse(text).Value!;
        Assert.Equal(new DocumentNumber(prefix, year, seq), d);
        Assert.Equal($"{prefix}〔{year}〕{seq}号", d.Format());
    }

    [Theory]
    [InlineData("湘科发〔2026〕012号", "不应编虚位")]
    [InlineData("湘科发〔2026〕第12号", "不是规范的发文字号")]
    [InlineData("湘科发〔26〕12号", "不是规范的发文字号")]
    [InlineData("", "不是规范的发文字号")]
    public void DocumentNumber_Parse_RejectsNonStandard(string text, string problem) =>
        Assert.Contains(problem, DocumentNumber.Parse(text).Check.Problems.Single());

    [Fact]
    public void DocumentNumber_Next_PerPrefixAndYear_NeverReusesGaps()
    {
        var issued = new[] { new DocumentNumber("湘科发", 2026, 1), new("湘科发", 2026, 5), new("湘科函", 2026, 9), new("湘科发", 2025, 130) };
        Assert.Equal("湘科发〔2026〕6号", DocumentNumber.Next("湘科发", 2026, issued).Format());
        Assert.Equal("湘科函〔2026〕10号", DocumentNumber.Next("湘科函", 2026, issued).Format());
        Assert.Equal("湘科发〔2027〕1号", DocumentNumber.Next("湘科发", 2027, issued).Format());
    }

    [Fact]
    public void CertificateNumber_FormatParseNext()
    {
        Assert.Equal("HNKJPT-2026-0001", CertificateNumber.Next(2026, []).Format());
        var issued = new[] { CertificateNumber.Parse("HNKJPT-2026-0001").Value!, CertificateNumber.Parse("hnkjpt-2026-0042").Value!, new(2025, 99) };
        Assert.Equal("HNKJPT-2026-0043", CertificateNumber.Next(2026, issued).Format());
        Assert.Equal("HNKJPT-2026-10000", new CertificateNumber(2026, 10000).Format());
        Assert.Equal(new CertificateNumber(2026, 10000), CertificateNumber.Parse("HNKJPT-2026-10000").Value);
    }

    [Theory]
    [InlineData("HNKJPT-2026-0000")]
    [InlineData("HNKJPT-2026-1")]
    [InlineData("HNKJPT2026-0001")]
    public void CertificateNumber_Parse_RejectsMalformed(string text) =>
        Assert.Contains("不是规范的证书编号", CertificateNumber.Parse(text).Check.Problems.Single());

    [Fact]
    public void Numbers_RoundTrip_AreStable()
    {
        for (var seq = 1; seq <= 200; seq += 13)
        {
            var d = new DocumentNumber("湘科发", 2026, seq);
            Assert.Equal(d, DocumentNumber.Parse(d.Format()).Value);
            var c = new CertificateNumber(2026, seq);
            Assert.Equal(c, CertificateNumber.Parse(c.Format()).Value);
        }
    }
}

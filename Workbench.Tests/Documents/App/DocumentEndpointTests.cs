using System.Net;
using System.Text;
using ExcelDataReader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workbench.App.Features.Account;
using Workbench.App.Features.Documents;
using Workbench.Core;
using Workbench.Tests.Support;

namespace Workbench.Tests.Documents.App;

/// <summary>Certificates, the public verify page and the registry export through the real app (seeded demo data).</summary>
public class DocumentEndpointTests(WorkbenchFactory app) : IClassFixture<WorkbenchFactory>
{
    private static string Flat(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private Task<int> IdOf(string name) => app.WithDbAsync(db => db.Platforms.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    private async Task<HttpClient> AsAsync(string user)
    {
        var client = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(client, user);
        return client;
    }

    [Fact]
    public async Task Certificate_Admin_PdfHasNameNumberAndVerifyQr()
    {
        var id = await IdOf("湖南省大型科学仪器共享服务平台");
        var response = await (await AsAsync("admin")).GetAsync($"/documents/certificates/{id}.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        DocumentFixture.Save("app-certificate.pdf", pdf);
        var text = Flat(Assert.Single(DocumentFixture.PageTexts(pdf)));
        Assert.Contains("湖南省大型科学仪器共享服务平台", text);
        Assert.Contains("HNKJPT-2019-0001", text);
        Assert.Contains("湖南省财政厅", text);

        using var scope = app.Services.CreateScope();
        var lookup = await scope.ServiceProvider.GetRequiredService<CertificateService>()
            .ForPlatformAsync(new UserScope("admin", "管理员", Role.Admin, null, null, null), id, "http://localhost");
        Assert.Equal("http://localhost/verify/HNKJPT-2019-0001", lookup.Model!.VerifyUrl);
    }

    [Fact]
    public async Task Certificate_HostOfAnotherUnit_NotFound_OwnUnitOk()
    {
        var host = await AsAsync("host");
        var other = await IdOf("湖南省大型科学仪器共享服务平台");
        var own = await IdOf("湖南省电子信息产品检测服务平台");
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync($"/documents/certificates/{other}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync($"/documents/certificates/{other}/preview.png")).StatusCode);
        var ok = await host.GetAsync($"/documents/certificates/{own}.pdf?download=true");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("application/pdf", ok.Content.Headers.ContentType?.MediaType);
        var png = await host.GetAsync($"/documents/certificates/{own}/preview.png");
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Certificate_ExpertOrAnonymous_Refused()
    {
        var id = await IdOf("湖南省大型科学仪器共享服务平台");
        var expert = await (await AsAsync("expert1")).GetAsync($"/documents/certificates/{id}.pdf");
        Assert.True(expert.StatusCode is HttpStatusCode.Forbidden || expert.Headers.Location?.PathAndQuery.StartsWith("/account/denied") == true, expert.StatusCode.ToString());
        var anonymous = await app.CreateBrowserlessClient().GetAsync($"/documents/certificates/{id}.pdf");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task Certificate_RevokedPlatform_ConflictWithChineseReason()
    {
        var id = await IdOf("湖南省湘西药用植物资源库");
        var response = await (await AsAsync("admin")).GetAsync($"/documents/certificates/{id}.pdf");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("已撤销", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("HNKJPT-2019-0001", "Valid", "证书有效", "湖南省大型科学仪器共享服务平台")]
    [InlineData("HNKJPT-2019-0007", "Revoked", "证书已撤销", "第十七条")]
    [InlineData("HNKJPT-1999-9999", "Unknown", "未查到该证书", "HNKJPT-1999-9999")]
    public async Task VerifyPage_Anonymous_StatesValidRevokedOrUnknown(string number, string state, string badge, string detail)
    {
        var response = await app.CreateBrowserlessClient().GetAsync($"/verify/{number}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"data-state=\"{state}\"", html);
        Assert.Contains(badge, html);
        Assert.Contains(detail, html);
        Assert.Contains("width=device-width", html);
    }

    [Fact]
    public async Task RegistryExport_AdminWithCategoryFilter_OnlyThatCategory()
    {
        var response = await (await AsAsync("admin")).GetAsync("/exports/platforms.xlsx?category=BiologicalAndMaterials&status=Recognised");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = ReadBack(await response.Content.ReadAsByteArrayAsync(), out var title);
        Assert.Contains("生物种质和实验材料", title);
        Assert.Contains("导出日期", title);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => { Assert.Equal("生物种质和实验材料", r[3]); Assert.Equal("已认定", r[8]); });
        Assert.Contains(rows, r => r[1] == "湖南省茶树种质资源库");
        Assert.DoesNotContain(rows, r => r[1] == "湖南省湘西药用植物资源库");
        var expected = await app.WithDbAsync(db => db.Platforms.CountAsync(p => p.Category == Workbench.Core.Platforms.ResourceCategory.BiologicalAndMaterials && p.Status == Workbench.Core.Platforms.PlatformStatus.Recognised));
        Assert.Equal(expected, rows.Count);
    }

    [Fact]
    public async Task RegistryExport_GradeFilterFromDashboard_OnlyPlatformsWhoseLatestGradeMatches()
    {
        var rows = ReadBack(await (await AsAsync("admin")).GetByteArrayAsync("/exports/platforms.xlsx?grade=Fail"), out var title);
        Assert.Contains("最近一次考核评估不合格", title);
        var published = await app.WithDbAsync(db => db.RoundPlatforms.Where(rp => rp.PublishedOn != null && rp.Grade != null)
            .Select(rp => new { rp.Id, rp.PlatformId, rp.PublishedOn, rp.Grade, rp.Platform!.Name }).ToListAsync());
        var expected = published.GroupBy(rp => rp.PlatformId)
            .Select(g => g.OrderByDescending(rp => rp.PublishedOn).ThenByDescending(rp => rp.Id).First())
            .Where(rp => rp.Grade == Workbench.Core.Evaluation.Grade.Fail).Select(rp => rp.Name).Order().ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Select(r => r[1]).Order().ToArray());
    }

    [Fact]
    public async Task RegistryExport_Host_OnlyOwnUnitsPlatforms()
    {
        var rows = ReadBack(await (await AsAsync("host")).GetByteArrayAsync("/exports/platforms.xlsx"), out _);
        Assert.Equal(["湖南省电子信息产品检测服务平台", "湖南省科技创新创业服务平台"], rows.Select(r => r[1]).Order().ToArray());
        Assert.All(rows, r => Assert.Equal("长沙学院", r[4]));
    }

    /// <summary>Data rows (from row 3) as strings, the merged title from A1; checks the header row.</summary>
    internal static List<string[]> ReadBack(byte[] xlsx, out string title)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(xlsx));
        Assert.True(reader.Read());
        title = reader.GetString(0);
        Assert.True(reader.Read());
        Assert.Equal("平台名称", reader.GetString(1));
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
            {
                DateTime d => d.ToString("yyyy-MM-dd"),
                null => "",
                var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            }).ToArray());
        return rows;
    }
}

using System.Net;
using System.Text;
using ExcelDataReader;
using Microsoft.EntityFrameworkCore;
using Workbench.Tests.Support;

namespace Workbench.Tests.Documents.App;

/// <summary>The round and summary exports through the real app (seeded demo data): roles, department scope, file shape.</summary>
public class ExportEndpointTests(WorkbenchFactory app) : IClassFixture<WorkbenchFactory>
{
    static ExportEndpointTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private async Task<HttpClient> AsAsync(string user)
    {
        var client = app.CreateBrowserlessClient();
        await WorkbenchFactory.LoginAsync(client, user);
        return client;
    }

    private Task<int> FinishedRoundAsync() => app.WithDbAsync(db => db.EvaluationRounds.Where(r => r.Title == "2023年度考核评估").Select(r => r.Id).SingleAsync());

    private static async Task<List<object?[]>> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var rows = new List<object?[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
        return rows;
    }

    private static void AssertRefused(HttpResponseMessage r) =>
        Assert.True(r.StatusCode is HttpStatusCode.Forbidden || r.Headers.Location?.PathAndQuery.StartsWith("/account/denied") == true, r.StatusCode.ToString());

    [Fact]
    public async Task RoundResults_DepartmentSeesOnlyItsUnits_AdminSeesAll()
    {
        var id = await FinishedRoundAsync();
        var all = await ReadAsync(await (await AsAsync("admin")).GetAsync($"/exports/rounds/{id}/results.xlsx"));
        var own = await ReadAsync(await (await AsAsync("dept")).GetAsync($"/exports/rounds/{id}/results.xlsx"));
        Assert.StartsWith("2023年度考核评估结果", (string)all[0][0]!);
        Assert.Equal("等次", all[1][9]);
        Assert.Contains(all.Skip(2), r => (string?)r[3] != "长沙市科学技术局");
        Assert.NotEmpty(own.Skip(2));
        Assert.All(own.Skip(2), r => Assert.Equal("长沙市科学技术局", r[3]));
        Assert.True(own.Count < all.Count);
        Assert.All(all.Skip(2), r => Assert.Contains(r[9], new object?[] { "优秀", "合格", "不合格" }));
    }

    [Fact]
    public async Task RoundExports_HostExpertDepartmentScores_Refused_UnknownRound404()
    {
        var id = await FinishedRoundAsync();
        AssertRefused(await (await AsAsync("host")).GetAsync($"/exports/rounds/{id}/results.xlsx"));
        AssertRefused(await (await AsAsync("expert1")).GetAsync($"/exports/rounds/{id}/results.xlsx"));
        AssertRefused(await (await AsAsync("dept")).GetAsync($"/exports/rounds/{id}/scores.xlsx"));
        Assert.NotEqual(HttpStatusCode.OK, (await app.CreateBrowserlessClient().GetAsync($"/exports/rounds/{id}/results.xlsx")).StatusCode);
        var missing = await (await AsAsync("admin")).GetAsync("/exports/rounds/99999/results.xlsx");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("未找到该评估批次", await missing.Content.ReadAsStringAsync());
        var scores = await ReadAsync(await (await AsAsync("agency")).GetAsync($"/exports/rounds/{id}/scores.xlsx"));
        Assert.StartsWith("2023年度考核评估专家评分明细", (string)scores[0][0]!);
    }

    [Fact]
    public async Task OverdueSummaries_DepartmentScoped_HostRefused()
    {
        var all = await ReadAsync(await (await AsAsync("admin")).GetAsync("/exports/summaries/overdue.xlsx?year=2025"));
        var own = await ReadAsync(await (await AsAsync("dept")).GetAsync("/exports/summaries/overdue.xlsx?year=2025"));
        Assert.StartsWith("2025年度总结未交及逾期名单（第十五条，报送截止2026年2月28日", (string)all[0][0]!);
        Assert.Equal(["序号", "平台名称", "依托单位", "主管部门", "状态", "报送截止日期", "提交日期", "逾期天数", "提交人"], all[1].Cast<string>());
        Assert.NotEmpty(all.Skip(2));
        Assert.All(all.Skip(2), r => Assert.Contains(r[4], new object?[] { "逾期未提交", "逾期提交" }));
        Assert.All(all.Skip(2), r => Assert.True((double)r[7]! > 0));
        Assert.All(own.Skip(2), r => Assert.Equal("长沙市科学技术局", r[3]));
        Assert.True(own.Count <= all.Count);
        AssertRefused(await (await AsAsync("host")).GetAsync("/exports/summaries/overdue.xlsx?year=2025"));
        // The list's earlier address (supervision page, before the two lists were merged) leads to the same list.
        var old = await (await AsAsync("admin")).GetAsync("/supervision/summaries/missing.xlsx?year=2025");
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.Equal("/exports/summaries/overdue.xlsx?year=2025", old.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await (await AsAsync("admin")).GetAsync("/exports/summaries/overdue.xlsx?year=2030")).StatusCode);
    }
}

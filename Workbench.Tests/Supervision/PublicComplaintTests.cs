using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Workbench.Tests.Support;

namespace Workbench.Tests.Supervision;

public class PublicComplaintTests(WorkbenchFactory app) : IClassFixture<WorkbenchFactory>
{
    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task ComplaintForm_MissingRealName_ChineseMessageNothingSaved()
    {
        var before = await app.WithDbAsync(db => db.Complaints.CountAsync());
        var r = await PostAsync(app.CreateBrowserlessClient(), "/public/complaints", "complaint", new()
        {
            ["Input.RealName"] = "", ["Input.Phone"] = "13873100000", ["Input.Content"] = "平台长期不对外开放共享仪器设备，预约无人答复。",
        });
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("请填写真实姓名", html);
        Assert.Equal(before, await app.WithDbAsync(db => db.Complaints.CountAsync()));
    }

    [Fact]
    public async Task ComplaintForm_Valid_GivesNumberAndTrackingShowsStatus()
    {
        var client = app.CreateBrowserlessClient();
        var r = await PostAsync(client, "/public/complaints", "complaint", new()
        {
            ["Input.RealName"] = "赵国强", ["Input.Phone"] = "13973112345", ["Input.Email"] = "", ["Input.Content"] = "平台长期不对外开放共享仪器设备，预约无人答复。",
        });
        var html = await r.Content.ReadAsStringAsync();
        var number = Regex.Match(html, @"TS-\d{4}-\d{6}").Value;
        Assert.NotEmpty(number);
        var track = await PostAsync(client, "/public/complaints/track", "track", new() { ["Input.Number"] = number, ["Input.Phone"] = "13973112345" });
        Assert.Contains("已受理", await track.Content.ReadAsStringAsync());
        var wrong = await PostAsync(client, "/public/complaints/track", "track", new() { ["Input.Number"] = number, ["Input.Phone"] = "13900000000" });
        Assert.Contains("未找到该投诉", await wrong.Content.ReadAsStringAsync());
    }
}

public class PublicComplaintFloodTests(WorkbenchFactory app) : IClassFixture<WorkbenchFactory>
{
    [Fact]
    public async Task ComplaintForm_SixthPostInWindow_Gets429InChinese()
    {
        var client = app.CreateBrowserlessClient();
        for (var i = 0; i < 5; i++)
        {
            var ok = await PublicComplaintTests.PostAsync(client, "/public/complaints", "complaint", new() { ["Input.RealName"] = "", ["Input.Phone"] = "1", ["Input.Content"] = "x" });
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        var r = await PublicComplaintTests.PostAsync(client, "/public/complaints", "complaint", new() { ["Input.RealName"] = "", ["Input.Phone"] = "1", ["Input.Content"] = "x" });
        Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
        Assert.Contains("提交过于频繁", await r.Content.ReadAsStringAsync());
    }
}

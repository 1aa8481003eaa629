using System.Net;
using Workbench.Tests.Supervision;
using Workbench.Tests.Support;

namespace Workbench.Tests.Integration;

/// <summary>
/// Issue 14: behind nginx (a proxy on loopback) the client's own address and https come from X-Forwarded-*: rate limits
/// are per real client, sign-in cookies are Secure.
/// </summary>
public sealed class ForwardedHeadersTests : IClassFixture<KestrelWorkbenchFactory>
{
    private readonly KestrelWorkbenchFactory app;

    public ForwardedHeadersTests(KestrelWorkbenchFactory app) => this.app = app;

    private HttpClient ViaProxy(string clientIp)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        { BaseAddress = new Uri(app.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientIp);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }

    [Fact]
    public async Task RateLimit_IsPerForwardedClient_NotPerProxy()
    {
        using var first = ViaProxy("203.0.113.7");
        var form = new Dictionary<string, string> { ["Input.RealName"] = "", ["Input.Phone"] = "1", ["Input.Content"] = "x" };
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await PublicComplaintTests.PostAsync(first, "/public/complaints", "complaint", new(form))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PublicComplaintTests.PostAsync(first, "/public/complaints", "complaint", new(form))).StatusCode);

        using var other = ViaProxy("203.0.113.8"); // another citizen through the same proxy is not blocked
        Assert.Equal(HttpStatusCode.OK, (await PublicComplaintTests.PostAsync(other, "/public/complaints", "complaint", new(form))).StatusCode);
    }

    [Fact]
    public async Task SignIn_ThroughHttpsProxy_CookieIsSecure()
    {
        using var client = ViaProxy("203.0.113.9");
        var response = await WorkbenchFactory.LoginAsync(client, "admin");
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Workbench.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
    }
}

using Microsoft.Playwright;
using Workbench.Tests.Support;

namespace Workbench.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>
/// The app on a real loopback port with the demo data, and Debian's Chromium driven by Playwright.
/// Screenshots go to $WORKBENCH_SCREENSHOTS (default TestResults/screenshots) so a person can look at them.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public KestrelWorkbenchFactory App { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string ScreenshotDir { get; } = Environment.GetEnvironmentVariable("WORKBENCH_SCREENSHOTS")
        ?? Path.Combine(Workbench.Tests.Core.ArchitectureTests.FindRepoRoot(), "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotDir);
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(15_000);
        App = new KestrelWorkbenchFactory();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser context (own cookies), signed in as <paramref name="user"/>, on the 工作台, circuit connected.</summary>
    public async Task<IPage> SignInAsync(string user, string password = "Workbench#2026")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl, Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        // Generous limits: CI shares two cores between the app, Chromium and the other test collections.
        context.SetDefaultTimeout(45_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await WaitInteractiveAsync(page);
        return page;
    }

    /// <summary>The input of a MudBlazor field tagged with data-testid (MudBlazor puts the attribute on the input itself).</summary>
    public static ILocator Input(IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input").First;

    public static Task WaitInteractiveAsync(IPage page) =>
        page.Locator("#wb-interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>
/// Waiting for a URL by polling <see cref="IPage.Url"/>. Blazor navigates inside the circuit (history.pushState), and
/// Playwright's WaitForURLAsync, which then waits for a load event, timed out now and then on a loaded machine.
/// </summary>
public static class PageUrlWaits
{
    public static Task WaitForUrlPolledAsync(this IPage page, string glob, int timeoutMs = 60_000) =>
        page.WaitForUrlPolledAsync(GlobRegex(glob), timeoutMs);

    public static Task WaitForUrlPolledAsync(this IPage page, System.Text.RegularExpressions.Regex pattern, int timeoutMs = 60_000) =>
        page.WaitForUrlPolledAsync(pattern.IsMatch, timeoutMs);

    public static async Task WaitForUrlPolledAsync(this IPage page, Func<string, bool> match, int timeoutMs = 60_000)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (!match(page.Url))
        {
            if (started.ElapsedMilliseconds > timeoutMs)
                throw new TimeoutException($"等待页面地址超时（{timeoutMs} ms）：当前地址 {page.Url}");
            await Task.Delay(100);
        }
    }

    /// <summary>Playwright-style glob: ** any characters, * any characters but '/', matched against the whole URL.</summary>
    private static System.Text.RegularExpressions.Regex GlobRegex(string glob)
    {
        var sb = new System.Text.StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] == '*' && i + 1 < glob.Length && glob[i + 1] == '*') { sb.Append(".*"); i++; }
            else if (glob[i] == '*') sb.Append("[^/]*");
            else sb.Append(System.Text.RegularExpressions.Regex.Escape(glob[i].ToString()));
        }
        return new System.Text.RegularExpressions.Regex(sb.Append('$').ToString());
    }
}

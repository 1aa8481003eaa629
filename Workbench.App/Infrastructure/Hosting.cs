using Microsoft.AspNetCore.HttpOverrides;
using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Localization;

namespace Workbench.App.Infrastructure;

/// <summary>How the site runs wherever it is started: static assets, the zh-CN culture, console log format, request log.</summary>
public static class Hosting
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static WebApplicationBuilder AddWorkbenchHosting(this WebApplicationBuilder builder)
    {
        builder.AddWorkbenchStaticAssets();

        // Every number, date and MudBlazor picker in Chinese whatever the server's locale or the browser's language;
        // the default thread culture covers work off the request (document jobs, start-up).
        CultureInfo.DefaultThreadCurrentCulture = Chinese;
        CultureInfo.DefaultThreadCurrentUICulture = Chinese;
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Chinese);
            o.SupportedCultures = o.SupportedUICultures = [Chinese];
            o.RequestCultureProviders.Clear();
        });

        // Behind nginx: the client's address (rate limits, audit), https and the host come from X-Forwarded-* — only when
        // the request comes from a known proxy: loopback by default, more in Workbench:Proxy:KnownProxies / KnownNetworks.
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var ip in builder.Configuration.GetSection("Workbench:Proxy:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(System.Net.IPAddress.Parse(ip));
            foreach (var net in builder.Configuration.GetSection("Workbench:Proxy:KnownNetworks").Get<string[]>() ?? [])
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(net));
        });

        // "Workbench:Logging:Json": one JSON object per line for a log collector; Chinese kept readable, UTC timestamps.
        if (builder.Configuration.GetValue<bool>("Workbench:Logging:Json"))
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.JsonWriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            });
        return builder;
    }

    public static WebApplication UseWorkbenchHosting(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseRequestLocalization();
        app.UseMiddleware<RequestLog>();
        return app;
    }
}

using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Tests.Auth;
using Hyeopchi.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>A host behind a TLS-terminating proxy at 10.0.0.5 (HYEOPCHI_TRUSTED_PROXIES).</summary>
public sealed class BehindProxyApp : HyeopchiApp
{
    public const string Proxy = "10.0.0.5";

    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("HYEOPCHI_TRUSTED_PROXIES", Proxy);
}

public class ProxyTests(BehindProxyApp app) : IClassFixture<BehindProxyApp>
{
    [Fact]
    public async Task Behind_a_trusted_TLS_proxy_the_cookie_is_Secure_and_HSTS_is_sent()
    {
        var browser = new PageSignIn(app, BehindProxyApp.Proxy, forwardedProto: "https");
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.20");
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-Host", "hyeopchi.example");

        var signedIn = await browser.SignIn(BootstrapAdmin.UserName, HyeopchiApp.AdminPassword);

        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hyeopchi.admin=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=", signedIn.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_trusted_proxy_are_ignored()
    {
        var browser = new PageSignIn(app, "192.0.2.77", forwardedProto: "https");
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-Host", "hyeopchi.example");

        var signedIn = await browser.SignIn(BootstrapAdmin.UserName, HyeopchiApp.AdminPassword);

        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hyeopchi.admin=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.False(signedIn.Headers.Contains("Strict-Transport-Security"));
    }
}

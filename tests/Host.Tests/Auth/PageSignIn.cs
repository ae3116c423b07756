using System.Net;
using System.Text.RegularExpressions;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Auth;

/// <summary>
/// The web admin's sign-in form driven without a browser: a client from a given address (the test
/// server has no sockets, so the address is set on each request), with its own cookies.
/// </summary>
public sealed partial class PageSignIn
{
    private readonly HttpClient _client;
    private readonly CookieContainer _cookies = new();

    public PageSignIn(HyeopchiApp app, string address, string? forwardedProto = null)
    {
        var handler = app.Host.Server.CreateHandler(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });
        _client = new HttpClient(new CookieHandler(_cookies) { InnerHandler = handler })
        {
            BaseAddress = app.Host.Server.BaseAddress,
        };
        if (forwardedProto is not null) _client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
    }

    public HttpClient Client => _client;

    /// <summary>A browser signed in on the pages as the test user of <paramref name="role"/> (created through the API first).</summary>
    public static async Task<PageSignIn> AsRoleAsync(HyeopchiApp app, string role, string address)
    {
        await app.ClientAs(role);
        var browser = new PageSignIn(app, address);
        Xunit.Assert.Equal(HttpStatusCode.Found, (await browser.SignIn($"{role}-user", HyeopchiApp.UserPassword)).StatusCode);
        return browser;
    }

    public CookieContainer Cookies => _cookies;

    /// <summary>Posts the sign-in form with its anti-forgery token, as a browser would.</summary>
    public async Task<HttpResponseMessage> SignIn(string userName, string password)
    {
        var form = await _client.GetStringAsync("/signin");
        var token = Antiforgery().Match(form).Groups[1].Value;
        return await _client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
    }

    /// <summary>Posts a page form (anti-forgery token taken from <paramref name="formPage"/>).</summary>
    public async Task<HttpResponseMessage> PostForm(string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await _client.GetStringAsync(formPage);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Antiforgery().Match(page).Groups[1].Value);
        return await _client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    /// <summary>Keeps cookies across requests, marks and all, and never follows redirects.</summary>
    private sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var uri = request.RequestUri!;
            var cookieUri = new UriBuilder(uri) { Scheme = "https", Port = -1 }.Uri;
            var header = cookies.GetCookieHeader(cookieUri);
            if (header.Length > 0) request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var c in set) cookies.SetCookies(cookieUri, c);
            }

            return response;
        }
    }
}

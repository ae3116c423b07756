using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>Tokens that must not let anyone in, the headers every page carries, and names that are shown, not run.</summary>
public class SecurityTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const string Hostile = "<script>alert('협치')</script><img src=x onerror=alert(1)>";

    private string Sign(SecurityKey key, DateTime notBefore, DateTime expires) => Sign(key, notBefore, expires, _stamp);

    private string _stamp = "";

    private static string Sign(SecurityKey key, DateTime notBefore, DateTime expires, string stamp) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Tokens.Issuer,
            Audience = Tokens.Issuer,
            Subject = new ClaimsIdentity([new Claim(Tokens.NameClaim, "admin"), new Claim(Tokens.RoleClaim, Roles.Admin), new Claim(Tokens.StampClaim, stamp)]),
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });

    /// <summary>The admin's current security stamp: a token carries the one its user had when it was issued.</summary>
    private async Task WithAdminStamp()
    {
        await using var session = app.Store.QuerySession();
        _stamp = (await session.LoadAsync<UserAccount>(BootstrapAdmin.UserName))!.SecurityStamp;
    }

    private HttpClient Bearer(string token)
    {
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task A_token_signed_with_the_hosts_key_is_accepted_until_it_expires_then_401()
    {
        var key = app.Host.Services.GetRequiredService<Tokens>().SigningKey;
        var now = DateTime.UtcNow;
        await WithAdminStamp();

        await (await Bearer(Sign(key, now.AddMinutes(-5), now.AddMinutes(5))).GetAsync("/api/divisions")).Json();
        var expired = await Bearer(Sign(key, now.AddHours(-9), now.AddMinutes(-2))).GetAsync("/api/divisions");

        var problem = await expired.Problem(HttpStatusCode.Unauthorized);
        Assert.Contains("expired", problem.GetProperty("detail").GetString());
        // The word must come from the expiry, not from the text every 401 carries.
        var forged = await Bearer(Sign(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(64)), now.AddMinutes(-5), now.AddMinutes(5))).GetAsync("/api/divisions");
        Assert.DoesNotContain("expired", (await forged.Problem(HttpStatusCode.Unauthorized)).GetProperty("detail").GetString());
        var none = await app.AnonymousClient().GetAsync("/api/divisions");
        Assert.DoesNotContain("expired", (await none.Problem(HttpStatusCode.Unauthorized)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_well_formed_token_signed_with_another_key_is_401()
    {
        var other = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(64));
        var now = DateTime.UtcNow;

        await (await Bearer(Sign(other, now.AddMinutes(-1), now.AddHours(1))).GetAsync("/api/divisions")).Problem(HttpStatusCode.Unauthorized);
        await (await Bearer(Sign(other, now.AddMinutes(-1), now.AddHours(1))).GetAsync("/divisions")).Problem(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/signin")]
    [InlineData("/public")]
    [InlineData("/")]
    [InlineData("/divisions")]
    [InlineData("/api/divisions")]
    public async Task Every_page_and_answer_carries_the_security_headers(string path)
    {
        var response = await (await app.ClientAs(Roles.Coordinator)).GetAsync(path);

        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("script-src 'unsafe-inline'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains(response.Headers.GetValues("Referrer-Policy").Single(), new[] { "no-referrer", "same-origin" }); // pages link to themselves only
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid\",\"보기\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1)")]
    [InlineData("\t=1")]
    public void A_csv_cell_that_a_spreadsheet_would_run_is_written_as_text(string formula)
    {
        Assert.Equal("'" + formula, Hyeopchi.Host.Monitoring.ComparisonWriters.Csv(formula).Trim('"').Replace("\"\"", "\"", StringComparison.Ordinal));
        Assert.Equal("복지분과", Hyeopchi.Host.Monitoring.ComparisonWriters.Csv("복지분과"));
    }

    [Fact]
    public async Task The_expo_catalogue_and_the_comparison_page_take_their_style_from_a_stylesheet_the_policy_allows()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        (await coordinator.PostJson("/api/expos", new { year = 2061, venue = "성북구청", submissionsOpen = "2061-03-01", submissionsClose = "2061-04-30", opensOn = "2061-06-01", closesOn = "2061-06-03", on = "2026-01-02" })).EnsureSuccessStatusCode();

        foreach (var (page, client) in new[] { ("/expos/2061", app.AnonymousClient()), ("/reports/monitoring?from=2027&to=2028", coordinator) })
        {
            var response = await client.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{page}: {(int)response.StatusCode}");
            Assert.DoesNotContain("<style", html);
            Assert.DoesNotContain("'unsafe-inline'", response.Headers.GetValues("Content-Security-Policy").Single());
            var sheet = System.Text.RegularExpressions.Regex.Match(html, "<link rel=\"stylesheet\" href=\"(/[^\"]+)\">").Groups[1].Value;
            var css = await app.AnonymousClient().GetAsync(sheet);
            Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
            Assert.Matches(@"(^|\n)body\s*\{", await css.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_division_named_like_a_script_is_shown_as_text_on_its_page_and_on_the_public_page()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var id = await coordinator.Create("/api/divisions", new { name = Hostile, field = "\"><svg onload=alert(2)>" });

        foreach (var html in new[]
                 {
                     await coordinator.GetStringAsync($"/divisions/{id}"),
                     await app.AnonymousClient().GetStringAsync("/public"),
                 })
        {
            Assert.Contains("&lt;script&gt;alert(", html);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<svg onload", html);
        }

        var json = await coordinator.GetJson($"/api/divisions/{id}");
        Assert.Equal(Hostile, json.GetProperty("name").GetString());
    }
}

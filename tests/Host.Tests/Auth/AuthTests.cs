using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Auth;

public class AuthTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    [Fact]
    public async Task The_bootstrap_admin_signs_in_with_the_configured_password()
    {
        var response = await app.AnonymousClient().PostJson("/api/auth/token", new { userName = "admin", password = HyeopchiApp.AdminPassword });

        var token = await response.Json();
        Assert.False(string.IsNullOrEmpty(token.GetProperty("accessToken").GetString()));
        Assert.True(token.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
    }

    [Theory]
    [InlineData("admin", "wrong-password")]
    [InlineData("nobody", "whatever-password")]
    public async Task A_wrong_password_or_unknown_user_is_401_alike(string userName, string password)
    {
        var response = await app.AnonymousClient().PostJson("/api/auth/token", new { userName, password });

        var problem = await response.Problem(HttpStatusCode.Unauthorized);
        Assert.Equal("The user name or password is wrong.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_admin_creates_users_with_roles_who_then_sign_in()
    {
        var admin = await app.ClientAs(Roles.Admin);

        var created = await admin.PostJson("/api/users", new { userName = "kim.coordinator", password = "a-long-password", roles = new[] { "coordinator", "auditor" } });
        await created.Json(HttpStatusCode.Created);
        var signIn = await app.AnonymousClient().PostJson("/api/auth/token", new { userName = "kim.coordinator", password = "a-long-password" });

        await signIn.Json();
    }

    [Fact]
    public async Task Creating_a_user_twice_is_409()
    {
        var admin = await app.ClientAs(Roles.Admin);
        var user = new { userName = "twice", password = "a-long-password", roles = new[] { "auditor" } };
        (await admin.PostJson("/api/users", user)).EnsureSuccessStatusCode();

        await (await admin.PostJson("/api/users", user)).Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_user_with_an_unknown_role_or_a_short_password_is_400()
    {
        var admin = await app.ClientAs(Roles.Admin);

        var problem = await (await admin.PostJson("/api/users", new { userName = "bad", password = "short", roles = new[] { "superuser" } }))
            .Problem(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("roles", out _));
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Monitor)]
    public async Task Only_admins_create_users(string role)
    {
        var client = await app.ClientAs(role);

        var response = await client.PostJson("/api/users", new { userName = "sneaky", password = "a-long-password", roles = new[] { "admin" } });

        await response.Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_tampered_token_is_401()
    {
        var token = await app.TokenFor(Roles.Admin);
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1]))).Replace("\"admin\"", "\"admim\"");
        var forged = $"{parts[0]}.{Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{parts[2]}";
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        await (await client.GetAsync("/api/divisions")).Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_401()
    {
        static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var unsigned = $"{Encode("""{"alg":"none","typ":"JWT"}""")}.{Encode($$"""{"name":"admin","role":"admin","iss":"hyeopchi","aud":"hyeopchi","exp":{{exp}}}""")}.";
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", unsigned);

        await (await client.GetAsync("/api/divisions")).Problem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task After_five_failed_sign_ins_a_user_name_is_refused_with_429_even_with_the_right_password()
    {
        var admin = await app.ClientAs(Roles.Admin);
        (await admin.PostJson("/api/users", new { userName = "guessed", password = "the-right-password", roles = new[] { "auditor" } })).EnsureSuccessStatusCode();
        var anonymous = app.AnonymousClient();
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            await (await anonymous.PostJson("/api/auth/token", new { userName = "guessed", password = $"guess-{i}" })).Problem(HttpStatusCode.Unauthorized);
        }

        var refused = await anonymous.PostJson("/api/auth/token", new { userName = "guessed", password = "the-right-password" });

        await refused.Problem(HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused.Headers.RetryAfter);
        await (await anonymous.PostJson("/api/auth/token", new { userName = "admin", password = HyeopchiApp.AdminPassword })).Json();
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - s.Length % 4) % 4);
    }
}

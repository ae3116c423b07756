using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Auth;

/// <summary>Both doors (the token route and the sign-in page) are throttled per client address and per user name at that address.</summary>
public class SignInThrottleTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private HttpClient From(string address)
    {
        var handler = app.Host.Server.CreateHandler(c => c.Connection.RemoteIpAddress = IPAddress.Parse(address));
        return new HttpClient(handler) { BaseAddress = app.Host.Server.BaseAddress };
    }

    private async Task GivenUser(string userName, string password)
    {
        var admin = await app.ClientAs(Roles.Admin);
        (await admin.PostJson("/api/users", new { userName, password, roles = new[] { "auditor" } })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Thirty_wrong_passwords_at_the_sign_in_page_are_throttled_like_the_token_route()
    {
        await GivenUser("page-guessed", "the-right-password");
        var browser = new PageSignIn(app, "192.0.2.10");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++) answers.Add((await browser.SignIn("page-guessed", $"guess-{i}")).StatusCode);

        Assert.Equal(5, answers.Count(a => a == HttpStatusCode.Unauthorized));
        Assert.Equal(25, answers.Count(a => a == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await browser.SignIn("page-guessed", "the-right-password")).StatusCode);
    }

    [Fact]
    public async Task Parallel_guesses_do_not_pass_the_limit()
    {
        await GivenUser("raced", "the-right-password");
        var attacker = From("192.0.2.20");

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            attacker.PostAsJsonAsync("/api/auth/token", new { userName = "raced", password = $"guess-{i}" })));

        Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized) <= 5,
            string.Join(", ", answers.Select(a => (int)a.StatusCode)));
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task While_an_attacker_is_throttled_the_right_password_from_another_address_still_signs_in()
    {
        await GivenUser("targeted", "the-right-password");
        var attacker = From("192.0.2.30");
        for (var i = 0; i < 8; i++) await attacker.PostAsJsonAsync("/api/auth/token", new { userName = "targeted", password = $"guess-{i}" });
        var refused = await attacker.PostAsJsonAsync("/api/auth/token", new { userName = "targeted", password = "the-right-password" });
        await refused.Problem(HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused.Headers.RetryAfter);

        await (await From("198.51.100.7").PostAsJsonAsync("/api/auth/token", new { userName = "targeted", password = "the-right-password" })).Json();
        Assert.Equal(HttpStatusCode.Found, (await new PageSignIn(app, "198.51.100.8").SignIn("targeted", "the-right-password")).StatusCode);
    }

    [Fact]
    public async Task An_address_trying_many_user_names_is_throttled()
    {
        var sprayer = From("192.0.2.40");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 60; i++)
        {
            answers.Add((await sprayer.PostAsJsonAsync("/api/auth/token", new { userName = $"sprayed-{i}", password = "Winter2030!" })).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, answers);
        Assert.True(answers.Count(a => a == HttpStatusCode.Unauthorized) <= 30, $"{answers.Count(a => a == HttpStatusCode.Unauthorized)} answered");
    }

    [Fact]
    public async Task An_unknown_user_name_costs_the_same_work_as_a_known_one()
    {
        await GivenUser("timed", "the-right-password");
        async Task<double> Median(string userName, int from)
        {
            var times = new List<double>();
            for (var i = 0; i < 4; i++)
            {
                var client = From($"203.0.113.{from + i}");
                var watch = Stopwatch.StartNew();
                await (await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "wrong-password" })).Problem(HttpStatusCode.Unauthorized);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            return times.Order().ElementAt(times.Count / 2);
        }

        await Median("warm-up", 100);
        var known = await Median("timed", 10);
        var unknown = await Median("nobody-by-this-name", 20);

        Assert.True(unknown > known / 3, $"unknown {unknown:F1} ms, known {known:F1} ms");
    }
}

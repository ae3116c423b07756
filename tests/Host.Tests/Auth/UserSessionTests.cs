using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Auth;

/// <summary>Disabling, deleting, a password reset or a role change ends that user's tokens and cookies at once.</summary>
public class UserSessionTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const string Password = "the-first-password";

    private sealed record Sessions(HttpClient Bearer, PageSignIn Browser);

    private async Task<Sessions> GivenSignedInUser(string userName, string address, params string[] roles)
    {
        var admin = await app.ClientAs(Roles.Admin);
        (await admin.PostJson("/api/users", new { userName, password = Password, roles = roles.Length == 0 ? new[] { Roles.Coordinator } : roles })).EnsureSuccessStatusCode();
        var token = await (await app.AnonymousClient().PostJson("/api/auth/token", new { userName, password = Password })).Json();
        var bearer = app.AnonymousClient();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var browser = new PageSignIn(app, address);
        Assert.Equal(HttpStatusCode.Found, (await browser.SignIn(userName, Password)).StatusCode);
        await (await bearer.GetAsync("/api/divisions")).Json();
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/divisions")).StatusCode);
        return new Sessions(bearer, browser);
    }

    private static async Task AssertEnded(Sessions sessions)
    {
        await (await sessions.Bearer.GetAsync("/api/divisions")).Problem(HttpStatusCode.Unauthorized);
        var page = await sessions.Browser.Client.GetAsync("/divisions");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin", page.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_token_and_cookie_at_once_and_refuses_sign_in()
    {
        var sessions = await GivenSignedInUser("to-disable", "192.0.2.101");
        var admin = await app.ClientAs(Roles.Admin);

        (await admin.PostJson("/api/users/to-disable/disable", new { })).EnsureSuccessStatusCode();

        await AssertEnded(sessions);
        await (await app.AnonymousClient().PostJson("/api/auth/token", new { userName = "to-disable", password = Password })).Problem(HttpStatusCode.Unauthorized);
        (await admin.PostJson("/api/users/to-disable/enable", new { })).EnsureSuccessStatusCode();
        await (await app.AnonymousClient().PostJson("/api/auth/token", new { userName = "to-disable", password = Password })).Json();
    }

    [Fact]
    public async Task A_password_reset_ends_the_users_sessions()
    {
        var sessions = await GivenSignedInUser("to-reset", "192.0.2.102");
        var admin = await app.ClientAs(Roles.Admin);

        (await admin.PostJson("/api/users/to-reset/password", new { password = "the-second-password" })).EnsureSuccessStatusCode();

        await AssertEnded(sessions);
        await (await app.AnonymousClient().PostJson("/api/auth/token", new { userName = "to-reset", password = "the-second-password" })).Json();
    }

    [Fact]
    public async Task A_role_change_ends_the_users_sessions()
    {
        var sessions = await GivenSignedInUser("to-demote", "192.0.2.103", Roles.Coordinator, Roles.Auditor);
        var admin = await app.ClientAs(Roles.Admin);

        (await admin.PostJson("/api/users/to-demote/roles", new { roles = new[] { Roles.Auditor } })).EnsureSuccessStatusCode();

        await AssertEnded(sessions);
    }

    [Fact]
    public async Task Deleting_a_user_ends_their_sessions_and_the_list_no_longer_shows_them()
    {
        var sessions = await GivenSignedInUser("to-delete", "192.0.2.104");
        var admin = await app.ClientAs(Roles.Admin);
        var before = await admin.GetJson("/api/users");
        var listed = before.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "to-delete");
        Assert.Equal(Roles.Coordinator, listed.GetProperty("roles")[0].GetString());
        Assert.False(listed.GetProperty("disabled").GetBoolean());
        Assert.False(listed.TryGetProperty("passwordHash", out _));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/users/to-delete")).StatusCode);

        await AssertEnded(sessions);
        Assert.DoesNotContain((await admin.GetJson("/api/users")).EnumerateArray(), u => u.GetProperty("userName").GetString() == "to-delete");
        await (await admin.DeleteAsync("/api/users/to-delete")).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_admin_may_not_disable_or_delete_their_own_account_and_others_may_not_manage_users()
    {
        var admin = await app.ClientAs(Roles.Admin);

        await (await admin.PostJson("/api/users/admin/disable", new { })).Problem(HttpStatusCode.Conflict);
        await (await admin.DeleteAsync("/api/users/admin")).Problem(HttpStatusCode.Conflict);
        var coordinator = await app.ClientAs(Roles.Coordinator);
        await (await coordinator.GetAsync("/api/users")).Problem(HttpStatusCode.Forbidden);
        await (await coordinator.PostJson("/api/users/admin/disable", new { })).Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_users_page_disables_and_deletes_a_user()
    {
        var sessions = await GivenSignedInUser("paged-out", "192.0.2.105");
        var adminBrowser = new PageSignIn(app, "192.0.2.106");
        Assert.Equal(HttpStatusCode.Found, (await adminBrowser.SignIn(BootstrapAdmin.UserName, HyeopchiApp.AdminPassword)).StatusCode);

        var disabled = await adminBrowser.PostForm("/users", "/users?handler=Disable", new() { ["userName"] = "paged-out" });
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        await AssertEnded(sessions);
        Assert.Contains("사용 중지", await adminBrowser.Client.GetStringAsync("/users"));

        var deleted = await adminBrowser.PostForm("/users", "/users?handler=Delete", new() { ["userName"] = "paged-out" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var admin = await app.ClientAs(Roles.Admin);
        Assert.DoesNotContain((await admin.GetJson("/api/users")).EnumerateArray(), u => u.GetProperty("userName").GetString() == "paged-out");
    }
}

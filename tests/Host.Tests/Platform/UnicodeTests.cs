using System.Net;
using System.Text;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Tests.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>Hangul sent decomposed (NFD, as macOS and some clients send it) is kept composed (NFC), by the API and the pages alike.</summary>
public class UnicodeTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private static readonly string Decomposed = "홍길순".Normalize(NormalizationForm.FormD);

    [Fact]
    public async Task A_name_sent_decomposed_is_stored_composed()
    {
        Assert.Equal(9, Decomposed.Length);
        var coordinator = await app.ClientAs(Roles.Coordinator);

        var id = await coordinator.Create("/api/people", new { name = Decomposed, sector = "civil" });

        var name = (await coordinator.GetJson($"/api/people/{id}")).GetProperty("name").GetString()!;
        Assert.Equal("홍길순", name);
        Assert.Equal(3, name.Length);
    }

    [Fact]
    public async Task A_division_name_in_either_form_is_the_same_name()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var nfd = await coordinator.Create("/api/divisions", new { name = "마을자치분과".Normalize(NormalizationForm.FormD), field = "자치".Normalize(NormalizationForm.FormD) });

        var division = await coordinator.GetJson($"/api/divisions/{nfd}");

        Assert.Equal("마을자치분과", division.GetProperty("name").GetString());
        Assert.Equal("자치", division.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_second_division_under_an_existing_name_in_either_form_is_refused_with_409()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        const string composed = "주민자치분과";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        var first = await coordinator.Create("/api/divisions", new { name = decomposed, field = "자치" });

        foreach (var twin in new[] { composed, decomposed, $"  {composed} " })
        {
            var problem = await (await coordinator.PostJson("/api/divisions", new { name = twin, field = "자치" })).Problem(HttpStatusCode.Conflict);
            Assert.Equal("division.name", problem.GetProperty("rule").GetString());
            Assert.Contains(first, problem.GetProperty("detail").GetString());
        }

        var divisions = await coordinator.GetJson("/api/divisions");
        Assert.Single(divisions.EnumerateArray(), d => d.GetProperty("name").GetString() == composed);
        // Another name is still free.
        await coordinator.Create("/api/divisions", new { name = "주민자치분과 2", field = "자치" });
    }

    [Fact]
    public async Task Two_registrations_of_one_name_at_the_same_time_record_one_division()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        const string name = "동시이름분과";

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            coordinator.PostJson("/api/divisions", new { name = i % 2 == 0 ? name : name.Normalize(NormalizationForm.FormD), field = "동시" })));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, a.StatusCode.ToString()));
        var divisions = await coordinator.GetJson("/api/divisions");
        Assert.Single(divisions.EnumerateArray(), d => d.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task A_user_name_typed_decomposed_on_the_users_page_is_stored_composed()
    {
        var admin = new PageSignIn(app, "192.0.2.150");
        Assert.Equal(HttpStatusCode.Found, (await admin.SignIn(BootstrapAdmin.UserName, HyeopchiApp.AdminPassword)).StatusCode);

        var created = await admin.PostForm("/users", "/users?handler=Create", new()
        {
            ["Create.UserName"] = Decomposed,
            ["Create.Password"] = "a-long-password",
            ["Create.Roles"] = Roles.Auditor,
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var users = await (await app.ClientAs(Roles.Admin)).GetStringAsync("/api/users");
        Assert.Contains("\"홍길순\"", users);
        await (await app.AnonymousClient().PostJson("/api/auth/token", new { userName = "홍길순", password = "a-long-password" })).Json();
    }
}

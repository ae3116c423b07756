using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Expos;

/// <summary>The public catalogue, read without a token, shows accepted exhibits only and nothing unpublished.</summary>
public class PublicCatalogueTests(HyeopchiApp app) : IAsyncLifetime, IClassFixture<HyeopchiApp>
{
    private const int Year = 2028;
    private const string Script = "<script>alert(1)</script>";
    private const string DeclinedTitle = "비공개로 남을 반려 출품작";
    private const string DeclineReason = "심사위원만 아는 반려 사유";
    private const string PendingTitle = "심사 대기 중인 출품작";
    private const string StaffName = "상주인력홍길순";

    public async Task InitializeAsync()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        if ((await c.GetAsync($"/api/expos/{Year}")).IsSuccessStatusCode) return;
        await c.Create("/api/expos", new { year = Year, submissionsOpen = "2028-01-10", submissionsClose = "2028-02-10", opensOn = "2028-03-06", closesOn = "2028-03-08" });

        async Task<string> Submit(string organisation, string type, string title) =>
            await c.Create($"/api/expos/{Year}/exhibits", new { organisation, organisationType = type, title, summary = $"{title}: 소개", on = "2028-01-20" });
        async Task Review(string id, string decision, string? reason = null) =>
            (await c.PostJson($"/api/expos/{Year}/exhibits/{id}/review", new { decision, reason, on = "2028-02-15" })).EnsureSuccessStatusCode();

        var center = await Submit("성북구마을사회적경제센터", "intermediary", "마을기업과 협치");
        var office = await Submit("성북구청 자치행정과", "administration", "주민자치회 20개 동 확대");
        var script = await Submit(Script, "civil", "제목 <b>굵게</b> & \"따옴표\"");
        var declined = await Submit("반려된 단체", "individual", DeclinedTitle);
        await Submit("대기 단체", "civil", PendingTitle);
        await Review(center, "accept");
        await Review(office, "accept");
        await Review(script, "accept");
        await Review(declined, "decline", DeclineReason);
        foreach (var id in new[] { center, office, script })
            (await c.PostJson($"/api/expos/{Year}/exhibits/{id}/staff", new { name = StaffName, day = "2028-03-06" })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/expos/{Year}/exhibits/{center}/placement", new { kind = "panel", location = "판넬 1" })).EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_catalogue_is_read_without_a_token_grouped_by_organisation_type_with_counts()
    {
        var catalogue = await app.AnonymousClient().GetJson($"/api/public/expos/{Year}");

        Assert.Equal(3, catalogue.GetProperty("total").GetInt32());
        Assert.Equal("성북구청 바람마당", catalogue.GetProperty("venue").GetString());
        var counts = catalogue.GetProperty("counts");
        Assert.Equal(1, counts.GetProperty("administration").GetInt32());
        Assert.Equal(1, counts.GetProperty("intermediary").GetInt32());
        Assert.Equal(1, counts.GetProperty("civil").GetInt32());
        Assert.Equal(0, counts.GetProperty("individual").GetInt32());
        Assert.Equal(["administration", "intermediary", "civil"],
            catalogue.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("organisationType").GetString()));
        var intermediary = catalogue.GetProperty("groups")[1].GetProperty("exhibits")[0];
        Assert.Equal("마을기업과 협치", intermediary.GetProperty("title").GetString());
        Assert.Equal("판넬 1", intermediary.GetProperty("placement").GetProperty("location").GetString());
    }

    [Fact]
    public async Task The_catalogue_json_leaks_nothing_unpublished()
    {
        var response = await app.AnonymousClient().GetAsync($"/api/public/expos/{Year}");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("마을기업과 협치", text);
        foreach (var secret in new[] { DeclinedTitle, DeclineReason, PendingTitle, StaffName, "반려된 단체", "coordinator-user", "reviewer", "staff", "declineReason" })
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_page_is_korean_html_for_a_phone_and_leaks_nothing_unpublished()
    {
        var response = await app.AnonymousClient().GetAsync($"/expos/{Year}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"ko\">", html);
        Assert.Contains("name=\"viewport\"", html);
        Assert.Contains("2028 협치 정책 박람회", html);
        Assert.Contains("중간지원조직", html);
        Assert.Contains("주민자치회 20개 동 확대", html);
        foreach (var secret in new[] { DeclinedTitle, DeclineReason, PendingTitle, StaffName, "반려된 단체", "coordinator-user" })
            Assert.DoesNotContain(secret, html);
    }

    [Fact]
    public async Task An_organisation_named_like_a_script_is_shown_encoded()
    {
        var html = await (await app.AnonymousClient().GetAsync($"/expos/{Year}")).Content.ReadAsStringAsync();

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain(Script, html);
        Assert.DoesNotContain("<b>굵게</b>", html);
        Assert.Contains("&lt;b&gt;굵게&lt;/b&gt; &amp; &quot;따옴표&quot;", html);
        var json = await app.AnonymousClient().GetJson($"/api/public/expos/{Year}");
        Assert.Contains(json.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("exhibits").EnumerateArray()),
            x => x.GetProperty("organisation").GetString() == Script);
    }

    [Fact]
    public async Task An_unknown_year_is_404_as_json_and_as_a_page()
    {
        var anonymous = app.AnonymousClient();

        await (await anonymous.GetAsync("/api/public/expos/1990")).Problem(HttpStatusCode.NotFound);
        var page = await anonymous.GetAsync("/expos/1990");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("lang=\"ko\"", await page.Content.ReadAsStringAsync());
    }
}

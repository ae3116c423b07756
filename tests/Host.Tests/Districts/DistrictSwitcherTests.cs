using System.Net;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Districts;
using Hyeopchi.Host.Tests.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Districts;

/// <summary>
/// The web admin's district switcher: an operator chooses the district their pages act in (kept in
/// the cookie <c>hyeopchi.district</c>, checked as the header is); anyone else's such cookie is
/// ignored, and every page says which district it acts in.
/// </summary>
public class DistrictSwitcherTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    /// <summary>A new district with one division in it, recorded by the operator naming the district in the header.</summary>
    private async Task<(string Code, string Division)> DistrictWithDivisionAsync(string name)
    {
        var operatorClient = await app.ClientAs(Roles.Admin);
        var code = $"d-{Guid.NewGuid():N}"[..12];
        Assert.Equal(HttpStatusCode.Created, (await operatorClient.PostJson("/api/districts", new { code, name })).StatusCode);
        var division = $"{name}분과{Guid.NewGuid():N}"[..12];
        var create = new HttpRequestMessage(HttpMethod.Post, "/api/divisions")
        {
            Headers = { { RequestDistrict.Header, code } },
            Content = System.Net.Http.Json.JsonContent.Create(new { name = division, field = "마을" }),
        };
        Assert.Equal(HttpStatusCode.Created, (await operatorClient.SendAsync(create)).StatusCode);
        return (code, division);
    }

    private void Forge(PageSignIn browser, string code) =>
        browser.Cookies.Add(new UriBuilder(app.Host.Server.BaseAddress) { Scheme = "https", Port = -1 }.Uri, new Cookie(RequestDistrict.Cookie, code, "/"));

    [Fact]
    public async Task An_operator_switches_to_another_district_and_its_pages_show_that_districts_divisions()
    {
        var (code, theirDivision) = await DistrictWithDivisionAsync("마포구");
        var ownDivision = $"기본분과{Guid.NewGuid():N}"[..12];
        await (await app.ClientAs(Roles.Coordinator)).Create("/api/divisions", new { name = ownDivision, field = "돌봄" });

        var browser = new PageSignIn(app, "192.0.2.191");
        Assert.Equal(HttpStatusCode.Found, (await browser.SignIn(BootstrapAdmin.UserName, HyeopchiApp.AdminPassword)).StatusCode);
        var before = await browser.Client.GetStringAsync("/divisions");
        Assert.Contains(Korean.DistrictWords.Choose, before);
        Assert.Contains("<option value=\"default\" selected=\"selected\">", before);
        Assert.Contains(ownDivision, before);
        Assert.DoesNotContain(theirDivision, before);

        var switched = await browser.PostForm("/", "/operator?handler=Switch", new() { ["district"] = code });
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var set = Assert.Single(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(RequestDistrict.Cookie + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", set, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", set, StringComparison.OrdinalIgnoreCase);

        var after = await browser.Client.GetStringAsync("/divisions");
        Assert.Contains($"<option value=\"{code}\" selected=\"selected\">마포구</option>", after);
        Assert.Contains(theirDivision, after);
        Assert.DoesNotContain(ownDivision, after);

        // A command from a page acts there too: the operator's user list is the chosen district's.
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostForm("/operator", "/operator?handler=User",
            new() { ["NewUser.District"] = code, ["NewUser.UserName"] = $"mapo-{Guid.NewGuid():N}"[..16], ["NewUser.Password"] = HyeopchiApp.UserPassword, ["NewUser.Roles"] = Roles.Admin })).StatusCode);

        // Renamed on the operator's page, the district acted in stays chosen under its new code.
        var renamed = await browser.PostForm("/operator", "/operator?handler=Rename", new() { ["Rename.District"] = code, ["Rename.Code"] = code + "r", ["Rename.Name"] = "마포" });
        Assert.Equal("/operator?done=rename", renamed.Headers.Location?.ToString());
        var stillThere = await browser.Client.GetStringAsync("/divisions");
        Assert.Contains($"<option value=\"{code}r\" selected=\"selected\">마포</option>", stillThere);
        Assert.Contains(theirDivision, stillThere);

        // Back to their own district: the choice is forgotten.
        var back = await browser.PostForm("/", "/operator?handler=Switch", new() { ["district"] = District.DefaultCode });
        Assert.Contains(back.Headers.GetValues("Set-Cookie"), c => c.StartsWith(RequestDistrict.Cookie + "=;", StringComparison.Ordinal));
        Assert.Contains(ownDivision, await browser.Client.GetStringAsync("/divisions"));
    }

    [Fact]
    public async Task An_operators_choice_of_a_district_that_is_no_more_falls_back_to_their_own_and_says_so()
    {
        var browser = new PageSignIn(app, "192.0.2.192");
        Assert.Equal(HttpStatusCode.Found, (await browser.SignIn(BootstrapAdmin.UserName, HyeopchiApp.AdminPassword)).StatusCode);
        Forge(browser, "no-such-district");

        var page = await browser.Client.GetAsync("/divisions");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var shown = await page.Content.ReadAsStringAsync();
        Assert.Contains(Korean.Html.Encode(Korean.DistrictWords.ChoiceIgnored("no-such-district")), shown);
        Assert.Contains("<option value=\"default\" selected=\"selected\">", shown);
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith(RequestDistrict.Cookie + "=;", StringComparison.Ordinal));
        Assert.DoesNotContain(Korean.DistrictWords.ChoiceIgnored("no-such-district"), await browser.Client.GetStringAsync("/divisions"));

        // A malformed choice likewise; the header of the API is not affected by the page's cookie.
        Forge(browser, "Not A Code");
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/divisions")).StatusCode);
    }

    [Fact]
    public async Task A_coordinators_forged_district_cookie_is_ignored_and_they_act_in_their_own_district()
    {
        var (code, theirDivision) = await DistrictWithDivisionAsync("서대문구");
        var ownDivision = $"기본분과{Guid.NewGuid():N}"[..12];
        var coordinatorClient = await app.ClientAs(Roles.Coordinator);
        await coordinatorClient.Create("/api/divisions", new { name = ownDivision, field = "돌봄" });

        var coordinator = new PageSignIn(app, "192.0.2.193");
        Assert.Equal(HttpStatusCode.Found, (await coordinator.SignIn($"{Roles.Coordinator}-user", HyeopchiApp.UserPassword)).StatusCode);
        var home = await coordinator.Client.GetStringAsync("/");
        Assert.DoesNotContain("handler=Switch", home);
        Assert.DoesNotContain("/operator", home);
        Assert.Contains($"{Korean.DistrictWords.Acting}: <strong>{District.Default.Name}</strong>", home);

        Forge(coordinator, code);
        var divisions = await coordinator.Client.GetStringAsync("/divisions");
        Assert.Contains(ownDivision, divisions);
        Assert.DoesNotContain(theirDivision, divisions);
        Assert.DoesNotContain(Korean.DistrictWords.ChoiceIgnored(code), divisions);
        Assert.Contains($"{Korean.DistrictWords.Acting}: <strong>{District.Default.Name}</strong>", divisions);

        // Nor may they switch, or open the operator's page.
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostForm("/", "/operator?handler=Switch", new() { ["district"] = code })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.Client.GetAsync("/operator")).StatusCode);
    }

    [Fact]
    public async Task The_operator_page_makes_and_renames_a_district_and_shows_the_rollup_of_the_year()
    {
        var browser = new PageSignIn(app, "192.0.2.194");
        Assert.Equal(HttpStatusCode.Found, (await browser.SignIn(BootstrapAdmin.UserName, HyeopchiApp.AdminPassword)).StatusCode);
        var code = $"d-{Guid.NewGuid():N}"[..12];

        var invalid = await browser.PostForm("/operator", "/operator?handler=Create", new() { ["Create.Code"] = "Not A Code", ["Create.Name"] = "중랑구" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var shown = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("id=\"create-code-error\"", shown);
        Assert.Contains("value=\"중랑구\"", shown);

        var created = await browser.PostForm("/operator", "/operator?handler=Create", new() { ["Create.Code"] = code, ["Create.Name"] = "중랑구" });
        Assert.Equal("/operator?done=create", created.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Conflict, (await browser.PostForm("/operator", "/operator?handler=Create", new() { ["Create.Code"] = code, ["Create.Name"] = "중랑구" })).StatusCode);

        var renamed = await browser.PostForm("/operator", "/operator?handler=Rename", new() { ["Rename.District"] = code, ["Rename.Code"] = code + "x", ["Rename.Name"] = "중랑" });
        Assert.Equal("/operator?done=rename", renamed.Headers.Location?.ToString());
        var disabled = await browser.PostForm("/operator", "/operator?handler=Disable", new() { ["district"] = code + "x" });
        Assert.Equal("/operator?done=disable", disabled.Headers.Location?.ToString());

        var page = await browser.Client.GetStringAsync("/operator?year=2031");
        Assert.Contains($"<tr data-district=\"{code}x\">", page);
        Assert.Contains("<svg class=\"chart rollup-chart\"", page);
        Assert.DoesNotContain("style=", page);
        // Every district's monitoring means, 2029–2031, beside the rollup: the district is a row of the list, the rollup and the means.
        Assert.Contains(Korean.DistrictWords.MonitoringMeansCaption(2029, 2031), page);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(page, $"<tr data-district=\"{code}x\">").Count);
        // The table is the API's rollup, line for line.
        var rollup = await (await app.ClientAs(Roles.Admin)).GetJson("/api/operator/compliance/2031");
        foreach (var line in rollup.GetProperty("districts").EnumerateArray())
        {
            Assert.Contains($"<tr data-district=\"{line.GetProperty("code").GetString()}\">", page);
        }
    }
}

using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Tests.Auth;
using Hyeopchi.Testing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>
/// The web admin's forms pass the same door as the API: a form post from a role that may not run
/// its command is 403 before any of its fields is read, so a forbidden post never gets a field
/// error. The test walks every form handler of every admin page, so a form added tomorrow is held
/// to the same without a test of its own.
/// </summary>
public class PageFormDoorTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    [Fact]
    public async Task Every_page_form_answers_403_to_an_auditor_whatever_its_fields_hold()
    {
        var auditor = await PageSignIn.AsRoleAsync(app, Roles.Auditor, "192.0.2.181");

        var forms = Forms().ToList();
        Assert.True(forms.Count >= 60, $"only {forms.Count} page forms found");
        foreach (var (url, fields) in forms)
        {
            var answer = await auditor.PostForm("/", url, fields);
            Assert.True(answer.StatusCode == HttpStatusCode.Forbidden, $"{url} answered {(int)answer.StatusCode} to an auditor, not 403");
        }
    }

    [Fact]
    public async Task A_coordinator_erasing_a_person_on_the_people_page_is_403_even_with_a_date_that_does_not_parse()
    {
        var coordinator = await PageSignIn.AsRoleAsync(app, Roles.Coordinator, "192.0.2.182");

        var answer = await coordinator.PostForm("/people", "/people?handler=Erasure", new() { ["Erasure.On"] = "not a date", ["Erasure.PersonId"] = "nobody" });

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
    }

    /// <summary>
    /// Each form handler (<c>OnPost{Handler}Async</c>) of each admin page, posted to the page's route
    /// (a record that need not exist), with every form's date field holding text that is not a date.
    /// </summary>
    private IEnumerable<(string Url, Dictionary<string, string> Fields)> Forms()
    {
        var routes = app.Host.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .GroupBy(p => p.ViewEnginePath)
            .ToDictionary(g => g.Key, g => g.First().AttributeRouteInfo!.Template!);
        foreach (var page in typeof(AdminPage).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(AdminPage)) && !t.IsAbstract))
        {
            var path = "/" + page.Namespace!["Hyeopchi.Host.Pages.".Length..].Replace('.', '/') + "/" + page.Name[..^"Model".Length];
            var route = "/" + Regex.Replace(Regex.Replace(routes[path], @"\{id:guid\}", Guid.NewGuid().ToString()), @"\{year:int\??\}", "2028");
            var fields = page.GetProperties()
                .Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null && p.PropertyType.GetProperty("On") is not null)
                .ToDictionary(p => p.Name + ".On", _ => "not a date");
            foreach (var handler in page.GetMethods().Select(m => Regex.Match(m.Name, @"^OnPost(\w+?)(Async)?$")).Where(m => m.Success))
            {
                yield return ($"{route}?handler={handler.Groups[1].Value}", new Dictionary<string, string>(fields));
            }
        }
    }
}

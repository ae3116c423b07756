using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Samples;
using Hyeopchi.Host.Tests.Auth;
using Hyeopchi.Testing;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>
/// Who is shown a form is asked of its command: with the Seongbuk sample loaded, each page shows a
/// user of each role the form of a command exactly when the command's declaration lets that role
/// run it (<see cref="CommandCatalogue.MayRun"/>), so no page decides by role a second time. A form
/// that no role is shown on a page (its record is not in that state) says nothing either way.
/// </summary>
public partial class PageFormOfferTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "../../../../../samples/seongbuk");

    /// <summary>The sample links this monitor's user name to their appointment of 2024 only.</summary>
    private const string LinkedMonitor = "monitor.hwangdain";

    private static readonly int[] LinkedMonitorYears = [2024];

    private static readonly string[] Lists =
    [
        "/", "/people", "/network", "/divisions", "/task-force", "/education", "/expo", "/monitoring", "/users",
        "/meetings?year=2024", "/meetings?year=2025", "/meetings?year=2026",
        "/workshops?year=2024", "/workshops?year=2025", "/workshops?year=2026",
        "/strategic-tasks?year=2025", "/strategic-tasks?year=2026", "/strategic-tasks?year=2027",
    ];

    [Fact]
    public async Task Each_role_is_shown_the_form_of_a_command_exactly_when_the_command_lets_its_role_run_it()
    {
        var admin = await app.ClientAs(Roles.Admin);
        await new ScenarioLoader(admin).LoadAsync(Scenario.ReadFolder(Folder));
        var users = new Dictionary<string, string>
        {
            [Roles.Auditor] = "offers-auditor",
            [Roles.Monitor] = LinkedMonitor,
            [Roles.Coordinator] = "offers-coordinator",
            [Roles.Admin] = "offers-admin",
        };
        var browsers = new Dictionary<string, PageSignIn>();
        var address = 190;
        foreach (var (role, userName) in users)
        {
            (await admin.PostAsJsonAsync("/api/users", new { userName, password = HyeopchiApp.UserPassword, roles = new[] { role } })).EnsureSuccessStatusCode();
            var browser = new PageSignIn(app, $"192.0.2.{address++}");
            Assert.Equal(HttpStatusCode.Found, (await browser.SignIn(userName, HyeopchiApp.UserPassword)).StatusCode);
            browsers[role] = browser;
        }

        var pages = new List<string>(Lists);
        foreach (var list in Lists)
        {
            var html = await browsers[Roles.Admin].Client.GetStringAsync(list);
            pages.AddRange(RecordLink().Matches(html).Select(m => m.Groups[1].Value).Where(p => !pages.Contains(p)).Distinct());
        }

        var commands = HandlerCommands();
        var shown = new Dictionary<(string Page, string Form), HashSet<string>>();
        foreach (var (role, browser) in browsers)
        {
            foreach (var page in pages)
            {
                var answer = await browser.Client.GetAsync(page);
                if (answer.StatusCode != HttpStatusCode.OK) continue;
                var html = await answer.Content.ReadAsStringAsync();
                foreach (Match form in FormAction().Matches(html))
                {
                    var key = (page, WebUtility.HtmlDecode(form.Groups[1].Value));
                    if (!shown.TryGetValue(key, out var roles)) shown[key] = roles = [];
                    roles.Add(role);
                }
            }
        }

        var wrong = new List<string>();
        var checkedForms = new HashSet<string>();
        foreach (var ((page, action), roles) in shown)
        {
            var handler = commands.Where(c => c.Key.Route.IsMatch(action)).Select(c => c.Value).ToList();
            Assert.True(handler.Count == 1, $"the form {action} on {page} posts to {handler.Count} page handlers");
            if (handler[0] is not { } command)
            {
                Assert.Matches(@"^/operator\?handler=Switch$", action);
                continue;
            }

            checkedForms.Add($"{command.Name} ({action.Split('?')[1]})");
            var expected = users.Keys.Where(role => CommandCatalogue.MayRun(command, As(role)) && Offered(role, page)).ToHashSet();
            if (!roles.SetEquals(expected))
            {
                wrong.Add($"{page}: the form of {command.Name} is shown to {string.Join(", ", roles.Order())}, but {command.Name} lets {string.Join(", ", expected.Order())} run it");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(checkedForms.Count >= 60, $"only {checkedForms.Count} forms were shown to anyone: {string.Join(", ", checkedForms)}");
    }

    /// <summary>A monitor records a year's monitoring only for a year they are a monitor of (R7); everywhere else the role decides.</summary>
    private static bool Offered(string role, string page) =>
        role != Roles.Monitor || MonitoringYear().Match(page) is not { Success: true } year || LinkedMonitorYears.Contains(int.Parse(year.Groups[1].Value));

    private static ClaimsPrincipal As(string role) => new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));

    /// <summary>
    /// Each form handler (<c>OnPost{Handler}Async</c>) of each admin page: the address its form posts
    /// to, and the command it sends, read from its code (the command it names to <c>Run</c>,
    /// <c>Post</c> or a helper of its page, or the one it makes); none for a handler that sends no command.
    /// </summary>
    private Dictionary<(Regex Route, string Handler), Type?> HandlerCommands()
    {
        var routes = app.Host.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .GroupBy(p => p.ViewEnginePath)
            .ToDictionary(g => g.Key, g => g.First().AttributeRouteInfo!.Template!);
        var handlers = new Dictionary<(Regex, string), Type?>();
        foreach (var page in typeof(AdminPage).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(AdminPage)) && !t.IsAbstract))
        {
            var path = "/" + page.Namespace!["Hyeopchi.Host.Pages.".Length..].Replace('.', '/') + "/" + page.Name[..^"Model".Length];
            var template = Regex.Replace(Regex.Replace(Regex.Escape("/" + routes[path]), @"\\\{id:guid}", "[0-9a-f-]{36}"), @"/\\\{year:int(\\\?)?}", "(/[0-9]{4})?");
            foreach (var method in page.GetMethods())
            {
                var handler = Regex.Match(method.Name, @"^OnPost(\w+?)(Async)?$");
                if (!handler.Success) continue;
                var sent = CommandsIn(method, page, depth: 2).Distinct().ToList();
                Assert.True(sent.Count <= 1, $"{page.Name}.{method.Name} sends {string.Join(", ", sent.Select(c => c.Name))}");
                var route = new Regex($"^{template}\\?handler={handler.Groups[1].Value}$");
                handlers[(route, handler.Groups[1].Value)] = sent.SingleOrDefault();
            }
        }

        return handlers;
    }

    /// <summary>
    /// The commands a method's code names: as the type argument of a generic method it calls, or by
    /// making one; followed into the body of an async method and into its page's own helpers and lambdas.
    /// </summary>
    private static IEnumerable<Type> CommandsIn(MethodBase method, Type page, int depth)
    {
        if (method.GetCustomAttribute<AsyncStateMachineAttribute>() is { } async)
        {
            method = async.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!;
        }

        var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
        for (var i = 0; i + 4 < il.Length; i++)
        {
            // call, callvirt, newobj, ldftn (of a lambda): a method token (MethodDef, MemberRef or MethodSpec) follows.
            var calls = il[i] is 0x28 or 0x6F or 0x73 || (il[i] == 0x06 && i > 0 && il[i - 1] == 0xFE);
            if (!calls || il[i + 4] is not (0x06 or 0x0A or 0x2B)) continue;
            MethodBase? callee;
            try
            {
                callee = method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1));
            }
            catch (Exception e) when (e is ArgumentException or BadImageFormatException)
            {
                continue;
            }

            if (callee is ConstructorInfo { DeclaringType: { } made } && IsCommand(made)) yield return made;
            if (callee is MethodInfo { IsGenericMethod: true } generic)
            {
                foreach (var named in generic.GetGenericArguments().Where(IsCommand)) yield return named;
            }
            else if (depth > 0 && callee is MethodInfo own && (own.DeclaringType == page || own.DeclaringType?.DeclaringType == page))
            {
                foreach (var named in CommandsIn(own, page, depth - 1)) yield return named;
            }
        }
    }

    private static bool IsCommand(Type type) => type is { IsClass: true, IsAbstract: false } && typeof(ICommand).IsAssignableFrom(type);

    [GeneratedRegex(@"<form[^>]*\saction=""([^""]*\?handler=[^""]+)""")]
    private static partial Regex FormAction();

    [GeneratedRegex(@"href=""(/(?:divisions|workshops|task-force|strategic-tasks|education)/[0-9a-f-]{36}|/(?:expo|monitoring)/[0-9]{4})""")]
    private static partial Regex RecordLink();

    [GeneratedRegex(@"^/monitoring/([0-9]{4})$")]
    private static partial Regex MonitoringYear();
}

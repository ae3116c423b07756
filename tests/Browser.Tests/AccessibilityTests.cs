using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Hyeopchi.Host.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hyeopchi.Browser.Tests;

/// <summary>
/// KWCAG 2.2 is WCAG 2.1 AA: every page, as each role meets it and as the public does, passes axe's
/// WCAG 2.1 A/AA rules; every form is used with the keyboard alone, with a focus one can see; and a
/// refused form says so aloud and ties each message to its field.
/// </summary>
[Collection(SampleCollection.Name)]
public class AccessibilityTests(SampleBrowser browser)
{
    public const string SignedOut = "signed-out";

    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [ChromiumTheory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Monitor)]
    [InlineData(SignedOut)]
    public async Task Every_page_has_no_WCAG_2_1_A_or_AA_violation(string role)
    {
        var urls = role == SignedOut ? await browser.PublicPages() : await browser.EveryPage();
        var page = role == SignedOut ? await browser.NewPage() : await browser.SignedIn(role);
        var violations = new List<string>();
        var checkedRules = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            var result = await page.RunAxe(Wcag21AA);
            Assert.True(result.Passes.Length > 0, $"axe checked nothing on {url}.");
            checkedRules.UnionWith(result.Passes.Select(p => p.Id));
            violations.AddRange(result.Violations.Select(v =>
                $"{url} as {role}: {v.Id} ({v.Impact}) {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => $"    {n.Target}  {n.Html}"))));
        }

        await File.WriteAllTextAsync(Path.Combine(AdminBrowser.Screenshots, "..", $"axe-{role}.txt"),
            $"{urls.Count} pages checked as {role} with axe (wcag2a, wcag2aa, wcag21a, wcag21aa): {violations.Count} violations\n" +
            $"rules passed: {string.Join(", ", checkedRules)}\n{string.Join("\n", urls)}\n{string.Join("\n", violations)}");
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [ChromiumFact]
    public async Task Every_form_control_is_reached_with_the_tab_key_and_shows_where_the_focus_is()
    {
        var page = await browser.SignedIn(Roles.Coordinator);
        var problems = new List<string>();
        foreach (var url in await browser.EveryPage())
        {
            await page.GotoAsync(url);
            var controls = await page.EvaluateAsync<int>("""
                () => {
                  const all = [...document.querySelectorAll('form input, form select, form textarea, form button')]
                    .filter(e => e.type !== 'hidden' && !e.disabled && e.getClientRects().length > 0);
                  all.forEach((e, i) => e.dataset.control = i);
                  return all.length;
                }
                """);
            // A date field takes three presses: its year, month and day are each a stop.
            var stops = await page.EvaluateAsync<int>(
                "() => document.querySelectorAll('a[href], input, select, textarea, button, summary, [tabindex]').length + 2 * document.querySelectorAll('input[type=date]').length");
            var reached = new HashSet<string>();
            for (var i = 0; i < stops + 3; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focused = await page.EvaluateAsync<string[]?>("""
                    () => {
                      const e = document.activeElement;
                      if (!e || e === document.body) return null;
                      const s = getComputedStyle(e);
                      const seen = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                      return [e.dataset.control ?? '', seen ? '' : (e.outerHTML.slice(0, 120))];
                    }
                    """);
                if (focused is null) continue;
                if (focused[0].Length > 0) reached.Add(focused[0]);
                if (focused[1].Length > 0) problems.Add($"{url}: no visible focus on {focused[1]}");
            }

            if (reached.Count < controls)
            {
                var missed = await page.EvaluateAsync<string[]>(
                    "reached => [...document.querySelectorAll('[data-control]')].filter(e => !reached.includes(e.dataset.control)).map(e => e.outerHTML.slice(0, 120))",
                    reached.ToArray());
                problems.AddRange(missed.Select(m => $"{url}: the Tab key never reaches {m}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    [ChromiumFact]
    public async Task A_form_sent_with_the_keyboard_alone_announces_its_errors_and_ties_each_to_its_field()
    {
        var page = await browser.SignedIn(Roles.Coordinator);
        await page.GotoAsync("/divisions");
        await TabTo(page, "#field");
        await page.Keyboard.TypeAsync("환경");
        await page.Keyboard.PressAsync("Enter");

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("입력한 내용을 확인하세요");
        var name = page.GetByLabel("분과 이름");
        await Expect(name).ToHaveAttributeAsync("aria-invalid", "true");
        var describedBy = await name.GetAttributeAsync("aria-describedby");
        Assert.False(string.IsNullOrEmpty(describedBy));
        await Expect(page.Locator($"#{describedBy}")).ToContainTextAsync("값을 입력하세요");
        await Expect(name).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("값을 입력하세요"));
        await Expect(page.GetByLabel("분야")).ToHaveValueAsync("환경");

        await TabTo(page, "#name");
        await Expect(name).ToHaveCSSAsync("outline-style", "solid");
        await AdminBrowser.Screenshot(page, "keyboard-form-error-announced");
    }

    /// <summary>Moves the focus with the Tab key alone until it is on <paramref name="selector"/>.</summary>
    private static async Task TabTo(IPage page, string selector)
    {
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return;
        }

        Assert.Fail($"The Tab key never reaches {selector} on {page.Url}.");
    }
}

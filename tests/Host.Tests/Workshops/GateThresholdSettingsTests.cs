using System.Text.RegularExpressions;
using Hyeopchi.Host.Infrastructure.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hyeopchi.Host.Tests.Workshops;

/// <summary>The host's settings: bound and validated in one place, and README.md's table names exactly these.</summary>
public partial class GateThresholdSettingsTests
{
    private static HyeopchiSettings Bind(params (string Key, string Value)[] values)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());
        HyeopchiSettings.Add(services);
        return services.BuildServiceProvider().GetRequiredService<IOptions<HyeopchiSettings>>().Value;
    }

    [Fact]
    public void Without_settings_the_plans_thresholds_apply()
    {
        var settings = Bind();
        Assert.Equal(Domain.Divisions.GateThresholds.Plan, new Domain.Divisions.GateThresholds(settings.GateMinMembers, settings.GateMinMeetings));
    }

    [Fact]
    public void A_network_may_set_its_own_thresholds()
    {
        var settings = Bind(("HYEOPCHI_GATE_MIN_MEMBERS", "5"), ("HYEOPCHI_GATE_MIN_MEETINGS", "6"));
        Assert.Equal((5, 6), (settings.GateMinMembers, settings.GateMinMeetings));
    }

    [Fact]
    public void A_threshold_that_is_not_a_whole_number_stops_the_host_with_its_name() =>
        Assert.Contains("HYEOPCHI_GATE_MIN_MEETINGS", Assert.ThrowsAny<Exception>(() => Bind(("HYEOPCHI_GATE_MIN_MEETINGS", "four"))).Message);

    [Theory]
    [InlineData("HYEOPCHI_TOKEN_HOURS", "0")]
    [InlineData("HYEOPCHI_TIMEZONE", "Mars/Olympus")]
    [InlineData("HYEOPCHI_TODAY", "2026-13-01")]
    [InlineData("HYEOPCHI_SIGNING_KEY", "c2hvcnQ=")]
    [InlineData("HYEOPCHI_ADMIN_PASSWORD", "short")]
    public void A_wrong_value_stops_the_host_naming_the_setting(string variable, string value)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bind((variable, value)));
        Assert.Contains(failure.Failures, f => f.Contains(variable, StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_lists_exactly_the_settings_the_host_reads()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var table = readme[readme.IndexOf("## Configuration", StringComparison.Ordinal)..readme.IndexOf("## Command-line verbs", StringComparison.Ordinal)];
        var documented = TableVariable().Matches(table).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(HyeopchiSettings.Variables.Select(v => v.Name).Order(), documented.Order());
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Hyeopchi.sln"))) return folder.FullName;
        }

        throw new InvalidOperationException("The repository root (Hyeopchi.sln) is not above the test assembly.");
    }

    [GeneratedRegex(@"^\| `(HYEOPCHI_[A-Z_]+)`", RegexOptions.Multiline)]
    private static partial Regex TableVariable();
}

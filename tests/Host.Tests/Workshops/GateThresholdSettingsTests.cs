using Hyeopchi.Domain.Divisions;
using Hyeopchi.Host.Divisions;
using Microsoft.Extensions.Configuration;

namespace Hyeopchi.Host.Tests.Workshops;

public class GateThresholdSettingsTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Without_settings_the_plans_thresholds_apply() =>
        Assert.Equal(GateThresholds.Plan, DivisionGates.FromConfiguration(Settings()));

    [Fact]
    public void A_network_may_set_its_own_thresholds() =>
        Assert.Equal(new GateThresholds(5, 6), DivisionGates.FromConfiguration(Settings(("HYEOPCHI_GATE_MIN_MEMBERS", "5"), ("HYEOPCHI_GATE_MIN_MEETINGS", "6"))));

    [Fact]
    public void A_threshold_that_is_not_a_whole_number_stops_the_host_with_its_name() =>
        Assert.Contains("HYEOPCHI_GATE_MIN_MEETINGS", Assert.Throws<InvalidOperationException>(() => DivisionGates.FromConfiguration(Settings(("HYEOPCHI_GATE_MIN_MEETINGS", "four")))).Message);
}

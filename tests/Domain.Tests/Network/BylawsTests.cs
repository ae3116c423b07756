using Hyeopchi.Domain.Network;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Network;

/// <summary>규약 (plan L5): the bylaws are a versioned document; an amendment gives its reason and changes the text.</summary>
public class BylawsTests
{
    private static readonly Guid Id = Domain.Network.Network.StreamId;
    private static readonly DateOnly Launch = new(2024, 3, 15);
    private static readonly NetworkLaunched Launched = new(Id, "협치성북 민간추진단", "서울특별시 성북구", Launch);
    private static readonly BylawsAdopted First = new(Id, 1, "제1조 (목적) 이 규약은 협치성북 민간추진단의 운영에 관하여 정한다.", null, Launch);

    [Fact]
    public void Given_a_launched_network_when_it_adopts_its_bylaws_then_they_are_version_1()
    {
        var network = Given<Domain.Network.Network>(Domain.Network.Network.Evolve, Launched);

        network.AdoptBylaws(First.Text, null, Launch).ThenEvents(First);
    }

    [Fact]
    public void Given_bylaws_in_force_when_an_amendment_gives_its_reason_then_it_is_the_next_version_and_the_first_stays_readable()
    {
        var network = Given<Domain.Network.Network>(Domain.Network.Network.Evolve, Launched, First);
        var amended = First.Text + "\n제5조 (분과) 분과는 3개 이상의 민간 단체로 구성한다.";

        var decision = network.AdoptBylaws(amended, "2025년 총회: 분과 구성 요건 신설", new DateOnly(2025, 2, 20));

        decision.ThenEvents(new BylawsAdopted(Id, 2, amended, "2025년 총회: 분과 구성 요건 신설", new DateOnly(2025, 2, 20)));
        var after = Domain.Network.Network.Evolve(network, decision.Events[0])!;
        Assert.Equal([1, 2], after.Bylaws.Select(b => b.Version));
        Assert.Equal(First.Text, after.Bylaws[0].Text);
    }

    [Theory]
    [InlineData(null, "changed", "2025-02-20")]          // an amendment without a reason
    [InlineData("총회 결의", null, "2025-02-20")]         // the same text again
    [InlineData("총회 결의", "changed", "2024-03-14")]    // dated before the version it amends
    public void Given_bylaws_in_force_when_an_amendment_breaks_a_condition_then_it_is_refused(string? reason, string? text, string on)
    {
        var network = Given<Domain.Network.Network>(Domain.Network.Network.Evolve, Launched, First);

        network.AdoptBylaws(text ?? First.Text, reason, DateOnly.Parse(on)).ThenRefused(Domain.Network.Network.BylawsRule);
    }

    [Fact]
    public void Given_a_launched_network_when_bylaws_are_dated_before_the_launch_then_they_are_refused()
    {
        var network = Given<Domain.Network.Network>(Domain.Network.Network.Evolve, Launched);

        network.AdoptBylaws(First.Text, null, Launch.AddDays(-1)).ThenRefused(Domain.Network.Network.BylawsRule);
    }
}

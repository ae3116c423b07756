using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Network;

namespace Hyeopchi.Domain.Tests.Network;

public class NetworkTests
{
    private static readonly DateOnly March15 = new(2027, 3, 15);

    [Fact]
    public void Given_no_network_when_launched_then_it_is_launched_on_its_business_date() =>
        Domain.Network.Network.Launch(null, "협치성북 민간추진단", "성북구", March15)
            .ThenEvents(new NetworkLaunched(Domain.Network.Network.StreamId, "협치성북 민간추진단", "성북구", March15));

    [Fact]
    public void Given_a_launched_network_when_launched_again_then_it_is_refused_with_the_first_date()
    {
        var launched = Domain.Network.Network.From(new NetworkLaunched(Domain.Network.Network.StreamId, "협치성북", "성북구", March15));

        var refusal = Domain.Network.Network.Launch(launched, "again", "성북구", March15.AddDays(3)).ThenRefused("network.launch");

        Assert.Equal(RefusalCode.NetworkAlreadyLaunched, refusal.Code);
        Assert.Contains(March15, refusal.Args);
    }

    [Theory]
    [InlineData(2027, 1)]
    [InlineData(2028, 2)]
    [InlineData(2030, 4)]
    public void The_launch_year_is_the_first_year_of_activity(int year, int expected)
    {
        var network = Domain.Network.Network.From(new NetworkLaunched(Guid.NewGuid(), "협치성북", "성북구", new DateOnly(2027, 12, 31)));

        Assert.Equal(expected, network.YearOfActivity(year));
    }
}

using Hyeopchi.Host.Infrastructure.Database;
using JasperFx.Events.Projections;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>The progress lines of `projections rebuild` (docs/operations.md): events done of all, the rate, the time left.</summary>
public class RebuildProgressTests
{
    [Fact]
    public void A_rebuild_reports_the_events_done_of_every_read_model_the_rate_and_the_time_left()
    {
        var progress = new RebuildProgress(["Network", "Person"], highWater: 1_000);
        Assert.Equal(2_000, progress.Total);
        Assert.Equal("  0 / 2,000 events (0.0 %), 0 events/s, time left not known yet", progress.Line(TimeSpan.Zero));

        progress.Begin("Network");
        progress.OnNext(new ShardState("Network:All", 500));
        progress.OnNext(new ShardState("HighWaterMark", 1_000));
        Assert.Equal("  Network (1/2): 500 / 2,000 events (25.0 %), 250 events/s, about 6 s left", progress.Line(TimeSpan.FromSeconds(2)));

        progress.Finish("Network");
        progress.Begin("Person");
        progress.OnNext(new ShardState("Person:All", 400));
        Assert.Equal(1_400, progress.Done);

        progress.Finish("Person");
        Assert.Equal("  Person (2/2): 2,000 / 2,000 events (100.0 %), 500 events/s, done", progress.Line(TimeSpan.FromSeconds(4)));
    }
}

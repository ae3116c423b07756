using Hyeopchi.Projections.Store;
using Hyeopchi.Testing.Faults;
using Xunit.Abstractions;

namespace Hyeopchi.Host.Tests.Faults;

/// <summary>
/// The short version of the fault run (the long one: <c>dotnet run --project tests/Benchmarks -c Release -- faults</c>):
/// the sample loader sends commands over real HTTP while PostgreSQL is killed and restarted and
/// then the host is killed and restarted. Every command is recorded exactly once, every failed
/// attempt answered 503 with Retry-After (or no answer while the host was down) within the
/// client's timeout, and every read model equals a full rebuild from the events.
/// </summary>
[Trait("Category", "Faults")]
public sealed class FaultRunTests(ITestOutputHelper output) : IAsyncLifetime
{
    private FaultyStack _stack = null!;

    public async Task InitializeAsync() => _stack = await FaultyStack.StartAsync();

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task A_database_crash_and_a_host_kill_mid_run_lose_nothing_duplicate_nothing_and_leave_read_models_equal_to_a_rebuild()
    {
        var report = await OutageRun.RunAsync(_stack, units: 15, [Fault.DatabaseCrash, Fault.HostKill], output.WriteLine);
        output.WriteLine(report.ToString());

        Assert.Equal(report.Commands, report.Recorded);
        Assert.Equal(0, report.Duplicated);
        Assert.Equal(0, report.Lost);
        Assert.Equal(0, report.Answered503WithoutRetryAfter);
        Assert.Equal(0, report.OtherAnswers);
        Assert.True(report.SlowestAnswer < OutageRun.ClientTimeout, $"An answer took {report.SlowestAnswer}.");

        var asRecorded = await ReadModels.SnapshotAsync(_stack.ConnectionString, HyeopchiStore.DefaultSchema);
        await ReadModels.RebuildAllAsync(_stack.Store);
        var rebuilt = await ReadModels.SnapshotAsync(_stack.ConnectionString, HyeopchiStore.DefaultSchema);

        Assert.True(asRecorded.Count > report.Commands, $"only {asRecorded.Count} documents");
        Assert.Empty(ReadModels.Differences(asRecorded, rebuilt));
    }
}

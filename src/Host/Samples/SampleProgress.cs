namespace Hyeopchi.Host.Samples;

public enum SampleStatus
{
    Loading,
    Loaded,
    Stopped,
}

/// <summary>Where the sample stands: the scenario being played, the steps done of all the sample's steps, and how it ended.</summary>
public sealed record SampleState(SampleStatus Status, string? Scenario, int Done, int Total, string? Failure = null)
{
    public int Percent => Total == 0 ? 100 : Done * 100 / Total;
}

/// <summary>
/// The sample this host is loading (<c>--sample</c>), for the dashboard to show while it lasts: a
/// newcomer who opens the admin during the load sees it is under way rather than an empty network.
/// It is this process's own state: another node of the installation shows only what is recorded.
/// </summary>
public sealed class SampleProgress
{
    private volatile SampleState? _state;

    /// <summary>Null when this host was started without a sample.</summary>
    public SampleState? Current => _state;

    internal void Started(int total) => _state = new SampleState(SampleStatus.Loading, null, 0, total);

    internal void Stepped(LoadProgress step) =>
        _state = _state! with { Scenario = step.Scenario, Done = _state.Done + 1 };

    internal void Ended() => _state = _state! with { Status = SampleStatus.Loaded };

    internal void Stopped(string why) => _state = (_state ?? new SampleState(SampleStatus.Stopped, null, 0, 0)) with { Status = SampleStatus.Stopped, Failure = why };
}

using System.Diagnostics;
using System.Globalization;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;

namespace Hyeopchi.Host.Infrastructure.Database;

/// <summary>
/// <c>projections rebuild [--projection NAME]</c>: rebuilds every read model (or one) from the events,
/// one after another, printing a line of progress each second — events done of all there are to go
/// through, the rate, and the time left — and a line as each read model is done. The Critter Stack's
/// own verb draws progress bars that a log file or a redirected console does not show; any other
/// option (<c>--tenant</c>, <c>--advance</c>, …) is still that verb's.
/// </summary>
public static class RebuildVerb
{
    public static bool Handles(string[] args) => args is ["projections", "rebuild"] or ["projections", "rebuild", "-p" or "--projection", _];

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output, CancellationToken ct = default)
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var names = Projections.Store.HyeopchiStore.ReadModels(store)
            .Where(name => args.Length < 4 || string.Equals(name, args[3], StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (names.Count == 0)
        {
            await output.WriteLineAsync($"No read model is named '{args[3]}'. `projections list` names them.");
            return 1;
        }

        using var daemon = await Projections.Store.HyeopchiStore.RebuildDaemonAsync(store, ct);
        await daemon.PrepareForRebuildsAsync();
        var highWater = daemon.Tracker.HighWaterMark;
        if (highWater == 0)
        {
            await output.WriteLineAsync("The store holds no events: nothing to rebuild.");
            return 0;
        }

        var progress = new RebuildProgress(names, highWater);
        await output.WriteLineAsync($"Rebuilding {names.Count} read model(s) from {highWater.ToString("N0", CultureInfo.InvariantCulture)} events: {string.Join(", ", names)}");
        using var listening = daemon.Tracker.Subscribe(progress);
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reporting = ReportEachSecondAsync(progress, clock, output, stop.Token);
        try
        {
            foreach (var name in names)
            {
                var started = clock.Elapsed;
                progress.Begin(name);
                await daemon.RebuildProjectionAsync(name, TimeSpan.FromMinutes(30), ct);
                progress.Finish(name);
                await output.WriteLineAsync($"  {name} rebuilt in {(clock.Elapsed - started).TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
            }
        }
        finally
        {
            await stop.CancelAsync();
            await reporting;
            await daemon.StopAllAsync();
        }

        await output.WriteLineAsync(progress.Line(clock.Elapsed));
        return 0;
    }

    private static async Task ReportEachSecondAsync(RebuildProgress progress, Stopwatch clock, TextWriter output, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) await output.WriteLineAsync(progress.Line(clock.Elapsed));
        }
        catch (OperationCanceledException)
        {
        }
    }
}

/// <summary>
/// How far a rebuild of several read models has come: each goes through the event log up to the
/// high-water mark, so the work is that many events per read model; the daemon reports each read
/// model's position in the log as it goes.
/// </summary>
public sealed class RebuildProgress(IReadOnlyList<string> names, long highWater) : IObserver<ShardState>
{
    private readonly Dictionary<string, long> _reached = names.ToDictionary(n => n, _ => 0L, StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private string? _current;
    private int _step;

    public long Total { get; } = highWater * names.Count;

    public long Done
    {
        get
        {
            lock (_gate) return _reached.Values.Sum();
        }
    }

    public void Begin(string name)
    {
        lock (_gate)
        {
            _current = name;
            _step++;
        }
    }

    public void Finish(string name)
    {
        lock (_gate) _reached[name] = highWater;
    }

    public void OnNext(ShardState value)
    {
        var name = value.ShardName.Split(':')[0];
        lock (_gate)
        {
            if (_reached.TryGetValue(name, out var reached)) _reached[name] = Math.Clamp(value.Sequence, reached, highWater);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    /// <summary>e.g. <c>DivisionProgress (3/25): 240,000 / 2,500,000 events (9.6 %), 52,900 events/s, about 43 s left</c>.</summary>
    public string Line(TimeSpan elapsed)
    {
        string? current;
        int step;
        lock (_gate) (current, step) = (_current, _step);
        var done = Done;
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var left = done >= Total ? "done"
            : rate > 0 ? $"about {FormatDuration(TimeSpan.FromSeconds((Total - done) / rate))} left"
            : "time left not known yet";
        var at = current is null ? "" : $"{current} ({step}/{names.Count}): ";
        var c = CultureInfo.InvariantCulture;
        return $"  {at}{done.ToString("N0", c)} / {Total.ToString("N0", c)} events ({(100.0 * done / Total).ToString("F1", c)} %), "
               + $"{rate.ToString("N0", c)} events/s, {left}";
    }

    private static string FormatDuration(TimeSpan span) => span.TotalSeconds < 60
        ? $"{Math.Ceiling(span.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s"
        : $"{(int)span.TotalMinutes} min {span.Seconds} s";
}

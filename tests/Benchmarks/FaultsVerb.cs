using Hyeopchi.Projections.Store;
using Hyeopchi.Testing.Faults;

namespace Hyeopchi.Benchmarks;

/// <summary>
/// The long fault run: <c>dotnet run --project tests/Benchmarks -c Release -- faults [units] [database-crashes] [host-kills]</c>
/// (defaults 400 units = 1,200 commands, 4 crashes, 2 kills, interleaved). Prints the figure and
/// whether the read models equal a full rebuild; exits 1 when anything was lost or duplicated.
/// </summary>
public static class FaultsVerb
{
    public static async Task<int> RunAsync(string[] args)
    {
        var units = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 400;
        var crashes = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4;
        var kills = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2;
        var faults = Enumerable.Range(0, crashes + kills)
            .Select(i => i % 3 == 2 && kills-- > 0 ? Fault.HostKill : crashes-- > 0 ? Fault.DatabaseCrash : Fault.HostKill)
            .ToList();

        await using var stack = await FaultyStack.StartAsync();
        var started = DateTime.UtcNow;
        var report = await OutageRun.RunAsync(stack, units, faults, line => Console.WriteLine($"[{DateTime.UtcNow - started:mm\\:ss}] {line}"));
        Console.WriteLine(report);

        var asRecorded = await ReadModels.SnapshotAsync(stack.ConnectionString, HyeopchiStore.DefaultSchema);
        await ReadModels.RebuildAllAsync(stack.Store);
        var differences = ReadModels.Differences(asRecorded, await ReadModels.SnapshotAsync(stack.ConnectionString, HyeopchiStore.DefaultSchema));
        Console.WriteLine($"read models: {asRecorded.Count} documents, {differences.Count} differ from a full rebuild");
        foreach (var difference in differences.Take(10)) Console.WriteLine($"  {difference}");

        var ok = report.Recorded == report.Commands && report is { Duplicated: 0, Lost: 0, Answered503WithoutRetryAfter: 0, OtherAnswers: 0 }
                 && report.SlowestAnswer < OutageRun.ClientTimeout && differences.Count == 0;
        Console.WriteLine(ok ? "faults: OK" : "faults: FAILED");
        return ok ? 0 : 1;
    }
}

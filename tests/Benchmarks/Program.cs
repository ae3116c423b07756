using System.Diagnostics;
using Hyeopchi.Benchmarks;

// Hyeopchi's benchmarks: one verb per benchmark, or `all`. Each prints its figures next to the
// same work done the plain way in the same run. See docs/performance.md.
var verb = args.Length > 0 ? args[0] : "help";
if (verb == "faults") return await FaultsVerb.RunAsync(args[1..]);
var options = Options.Parse(args.Skip(1).ToArray());
Console.WriteLine($"# hyeopchi benchmarks: {verb} ({Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load {Options.LoadAverage()})");
var watch = Stopwatch.StartNew();
switch (verb)
{
    case "as-of": await AsOfBenchmark.RunAsync(options); break;
    case "command-rate": await CommandRateBenchmark.RunAsync(options); break;
    case "rebuild": await RebuildBenchmark.RunAsync(options); break;
    case "reports": await ReportsBenchmark.RunAsync(options); break;
    case "cold-start": await ColdStartBenchmark.RunAsync(options); break;
    case "districts": await DistrictsBenchmark.RunAsync(options); break;
    case "nodes": await NodesBenchmark.RunAsync(options); break;
    case "published": await PublishedBenchmark.RunAsync(options); break;
    case "all":
        await ColdStartBenchmark.RunAsync(options);
        await CommandRateBenchmark.RunAsync(options);
        await AsOfBenchmark.RunAsync(options);
        await ReportsBenchmark.RunAsync(options);
        await RebuildBenchmark.RunAsync(options);
        break;
    default:
        Console.WriteLine("""
            usage: dotnet run -c Release --project tests/Benchmarks -- VERB [--name value …]
              as-of         time travel on task streams of 1,000 and 10,000 events   [--calls 200]
              command-rate  HTTP commands vs Marten appends vs raw INSERTs            [--commands 2000 --clients 4,8,16]
              rebuild       rebuild every inline projection vs a raw read            [--events 1000000]
              reports       compliance and year-over-year reports per district        [--districts 25 --years 10 --calls 50]
              cold-start    host process start to /health and to a first 201         [--runs 3 --host path/to/Hyeopchi.Host.dll]
              districts     226 districts in one store: a district's reports, the operator's rollup, command rate vs one district
                            [--districts 226 --years 3 --rounds 3 --rollups 20 --clients 4 --seconds 10]
              published     the published host under wrk: POST /api/people vs GET /health      [--connections 4,16,64 --seconds 10 --host path/to/published/Hyeopchi.Host.dll]
              nodes         two host processes on one database: command rate on one node vs two, background work moving after a kill
                            [--rounds 3 --clients 4 --seconds 10]
              faults        the sample loader through PostgreSQL crashes and host kills: sent, recorded, duplicated, lost   [units crashes host-kills]
              all           all of them, in that order
            """);
        return 1;
}

Console.WriteLine($"# done in {watch.Elapsed.TotalSeconds:F0} s, load {Options.LoadAverage()}");
return 0;

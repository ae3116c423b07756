using System.Diagnostics;
using Hyeopchi.Host.Infrastructure.Database;
using Hyeopchi.Projections.Store;
using JasperFx;
using Marten;
using Npgsql;
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

    [Fact]
    public async Task A_store_dumped_and_restored_into_a_new_database_gives_identical_read_models_after_a_rebuild()
    {
        await OutageRun.RunAsync(_stack, units: 5, []);
        var original = await ReadModels.SnapshotAsync(_stack.ConnectionString, HyeopchiStore.DefaultSchema);

        var dump = Path.Combine(Path.GetTempPath(), $"hyeopchi-{Guid.NewGuid():N}.dump");
        var connection = new NpgsqlConnectionStringBuilder(_stack.ConnectionString);
        try
        {
            await Tool("pg_dump", connection, "-Fc", "-d", FaultyStack.Database, "-f", dump);
            await _stack.Cluster.CreateDatabaseIfMissingAsync("restored");
            await Tool("pg_restore", connection, "--no-owner", "-d", "restored", dump);
        }
        finally
        {
            File.Delete(dump);
        }

        var restored = _stack.Cluster.ConnectionString("restored");
        await using (var store = DocumentStore.For(options =>
               {
                   HyeopchiStore.Configure(options, restored);
                   options.AutoCreateSchemaObjects = AutoCreate.None;
               }))
        {
            // Nothing of the read models is trusted from the dump: the rebuild alone must bring them back.
            await store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(Hyeopchi.Projections.Divisions.DivisionProgress));
            await store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(Hyeopchi.Domain.People.Person));
            await ReadModels.RebuildAllAsync(store);
        }

        var rebuilt = await ReadModels.SnapshotAsync(restored, HyeopchiStore.DefaultSchema);
        Assert.True(original.Count > 15, $"only {original.Count} documents");
        Assert.Empty(ReadModels.Differences(original, rebuilt));
    }

    private static async Task Tool(string name, NpgsqlConnectionStringBuilder connection, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(EmbeddedPostgres.FindBinaries(), name)) { RedirectStandardError = true };
        foreach (var arg in new[] { "-h", "127.0.0.1", "-p", connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", connection.Username! }.Concat(args))
            start.ArgumentList.Add(arg);
        start.Environment["PGPASSWORD"] = connection.Password;
        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{name}: {errors}");
    }
}

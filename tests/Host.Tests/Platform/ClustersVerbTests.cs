using Hyeopchi.Host.Infrastructure.Database;

namespace Hyeopchi.Host.Tests.Platform;

public sealed class ClustersVerbTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"hyeopchi-clusters-{Guid.NewGuid():N}");

    private string Parent => Path.Combine(_root, "clusters");

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    /// <summary>A cluster folder with some bytes in it, and the note naming its data folder.</summary>
    private string Cluster(string name, string? dataFolder, int bytes = 2048, DateTime? touched = null)
    {
        var folder = Path.Combine(Parent, name);
        Directory.CreateDirectory(Path.Combine(folder, "base"));
        File.WriteAllBytes(Path.Combine(folder, "base", "1"), new byte[bytes]);
        if (dataFolder is not null) File.WriteAllText(EmbeddedPostgres.DataFolderNoteFor(folder), dataFolder + "\n");
        if (touched is { } when) Directory.SetLastWriteTimeUtc(folder, when);
        return folder;
    }

    private (bool Ok, string Output) Run(ClustersInput input, string answer = "")
    {
        var output = new StringWriter();
        var verb = new ClustersVerb { Output = output, ReadAnswer = () => answer };
        input.ParentFlag = Parent;
        return (verb.Execute(input), output.ToString());
    }

    [Fact]
    public void Lists_each_cluster_with_its_data_folder_or_orphaned_and_prunes_only_old_orphans_after_asking()
    {
        var data = Path.Combine(_root, "data");
        Directory.CreateDirectory(data);
        var used = Cluster("1111aaaa", data);
        File.WriteAllText(Path.Combine(data, "pg-password"), "x");
        File.WriteAllText(Path.Combine(data, "pg-cluster-location"), used + "\n");
        var deleted = Cluster("2222bbbb", Path.Combine(_root, "deleted-data"), touched: DateTime.UtcNow.AddDays(-10));
        var movedAside = Cluster("3333cccc-orphaned-20200101000000", Path.Combine(_root, "older-data"));
        var recent = Cluster($"4444dddd-orphaned-{DateTime.UtcNow:yyyyMMddHHmmss}", null);
        var unknown = Cluster("5555eeee", null, touched: DateTime.UtcNow.AddDays(-30));

        var (listed, list) = Run(new ClustersInput());
        Assert.True(listed);
        var lines = list.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith(used, StringComparison.Ordinal) && l.Contains($"\t{data}\t", StringComparison.Ordinal) && l.Contains("kB", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(deleted, StringComparison.Ordinal) && l.Contains("orphaned", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(movedAside, StringComparison.Ordinal) && l.Contains("orphaned", StringComparison.Ordinal) && l.Contains("since 2020-01-01", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(recent, StringComparison.Ordinal) && l.Contains("orphaned", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(unknown, StringComparison.Ordinal) && l.Contains("unknown", StringComparison.Ordinal) && !l.Contains("orphaned", StringComparison.Ordinal));

        var (_, declined) = Run(new ClustersInput { Action = "prune", OlderThanFlag = "7d" }, answer: "n");
        Assert.Contains("Nothing deleted", declined, StringComparison.Ordinal);
        Assert.True(Directory.Exists(deleted) && Directory.Exists(movedAside));

        var (pruned, output) = Run(new ClustersInput { Action = "prune", OlderThanFlag = "7d", YesFlag = true });
        Assert.True(pruned);
        Assert.Contains("Deleted 2 clusters", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(deleted) || Directory.Exists(movedAside) || File.Exists(EmbeddedPostgres.DataFolderNoteFor(deleted)));
        Assert.True(Directory.Exists(used) && Directory.Exists(recent) && Directory.Exists(unknown));

        Assert.False(Run(new ClustersInput { Action = "prune", OlderThanFlag = "soon", YesFlag = true }).Ok);
    }
}

using System.Globalization;

namespace Hyeopchi.Host.Infrastructure.Database;

/// <summary>One cluster under the clusters folder: its data folder (null when unknown), whether that folder still uses it, its size, and since when it is as it is.</summary>
public sealed record ClusterEntry(string Folder, string? DataFolder, bool Orphaned, bool Running, long Bytes, DateTimeOffset Since);

/// <summary>
/// The clusters a host running as root keeps under <see cref="EmbeddedPostgres.RootClusterParent"/>:
/// one per data folder (named by a hash of it), and those moved aside when their data folder was
/// deleted (<c>…-orphaned-&lt;time&gt;</c>). A cluster is orphaned when it was moved aside, or when its
/// data folder no longer exists or no longer points at it (<c>pg-cluster-location</c>).
/// </summary>
public static class ClusterInventory
{
    private const string OrphanedMark = "-orphaned-";

    public static IReadOnlyList<ClusterEntry> List(string parent)
    {
        if (!Directory.Exists(parent)) return [];
        return Directory.GetDirectories(parent).Order(StringComparer.Ordinal).Select(Describe).ToList();
    }

    private static ClusterEntry Describe(string folder)
    {
        var note = EmbeddedPostgres.DataFolderNoteFor(folder);
        var dataFolder = File.Exists(note) ? File.ReadAllText(note).Trim() : null;
        var name = Path.GetFileName(folder);
        var movedAside = name.Contains(OrphanedMark, StringComparison.Ordinal);
        var orphaned = movedAside || dataFolder is not null && !UsedBy(dataFolder, folder);
        var since = movedAside
                    && DateTime.TryParseExact(name[(name.IndexOf(OrphanedMark, StringComparison.Ordinal) + OrphanedMark.Length)..], "yyyyMMddHHmmss",
                        CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moved)
            ? new DateTimeOffset(moved, TimeSpan.Zero)
            : new DateTimeOffset(Directory.GetLastWriteTimeUtc(folder), TimeSpan.Zero);
        return new ClusterEntry(folder, dataFolder, orphaned, File.Exists(Path.Combine(folder, "postmaster.pid")), SizeOf(folder), since);
    }

    private static bool UsedBy(string dataFolder, string clusterFolder)
    {
        var location = Path.Combine(dataFolder, "pg-cluster-location");
        return File.Exists(Path.Combine(dataFolder, "pg-password"))
               && File.Exists(location)
               && string.Equals(File.ReadAllText(location).Trim(), clusterFolder, StringComparison.Ordinal);
    }

    private static long SizeOf(string folder)
    {
        try
        {
            return new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>The orphans not touched for <paramref name="olderThan"/>; never a cluster whose server runs.</summary>
    public static IReadOnlyList<ClusterEntry> Prunable(IEnumerable<ClusterEntry> clusters, TimeSpan olderThan, DateTimeOffset now) =>
        clusters.Where(c => c.Orphaned && !c.Running && now - c.Since >= olderThan).ToList();

    /// <summary>Deletes an orphaned cluster and its data folder note.</summary>
    public static void Delete(ClusterEntry cluster)
    {
        Directory.Delete(cluster.Folder, recursive: true);
        var note = EmbeddedPostgres.DataFolderNoteFor(cluster.Folder);
        if (File.Exists(note)) File.Delete(note);
    }

    /// <summary>An age such as <c>7d</c>, <c>12h</c> or <c>30m</c>; null when malformed.</summary>
    public static TimeSpan? ParseAge(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length < 2) return null;
        if (!int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        return char.ToLowerInvariant(text[^1]) switch
        {
            'd' => TimeSpan.FromDays(n),
            'h' => TimeSpan.FromHours(n),
            'm' => TimeSpan.FromMinutes(n),
            _ => null,
        };
    }

    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.0} MB",
        _ => $"{bytes / 1024.0:0.0} kB",
    };
}

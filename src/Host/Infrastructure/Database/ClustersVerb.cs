using JasperFx.CommandLine;

namespace Hyeopchi.Host.Infrastructure.Database;

public class ClustersInput
{
    [Description("list (the default) or prune")]
    public string Action { get; set; } = "list";

    [Description("prune: only orphans untouched for this long, such as 7d, 12h or 30m (default 7d)")]
    [FlagAlias("older-than")]
    public string OlderThanFlag { get; set; } = "7d";

    [Description("prune: do not ask before deleting (for scripts)")]
    public bool YesFlag { get; set; }

    [Description("The clusters folder (default /var/lib/hyeopchi/clusters, where a host running as root keeps them)")]
    public string ParentFlag { get; set; } = EmbeddedPostgres.RootClusterParent;
}

/// <summary>
/// Lists the embedded clusters a host running as root keeps, with their data folder (or "orphaned")
/// and size; <c>clusters prune --older-than 7d</c> deletes orphans older than that, after asking.
/// </summary>
[Description("Lists the embedded PostgreSQL clusters (root: /var/lib/hyeopchi/clusters) with their data folder or 'orphaned' and their size; 'prune' deletes old orphans", Name = "clusters")]
public class ClustersVerb : JasperFxCommand<ClustersInput>
{
    public ClustersVerb()
    {
        Usage("List the clusters").NoArguments();
        Usage("List the clusters, or prune old orphans").Arguments(x => x.Action);
    }

    /// <summary>The answer to "delete?": read from standard input unless --yes; a test replaces it.</summary>
    public Func<string?> ReadAnswer { get; set; } = Console.ReadLine;

    public TextWriter Output { get; set; } = Console.Out;

    public override bool Execute(ClustersInput input)
    {
        var prune = string.Equals(input.Action, "prune", StringComparison.OrdinalIgnoreCase);
        if (!prune && !string.Equals(input.Action, "list", StringComparison.OrdinalIgnoreCase))
        {
            Output.WriteLine($"'{input.Action}' is not 'list' or 'prune'.");
            return false;
        }

        var clusters = ClusterInventory.List(input.ParentFlag);
        if (!prune)
        {
            if (clusters.Count == 0) Output.WriteLine($"No clusters in {input.ParentFlag} (as a normal user a cluster lives in its data folder, under pg/).");
            foreach (var c in clusters)
            {
                var owner = c.Orphaned ? $"orphaned (was {c.DataFolder ?? "unknown"})" : c.DataFolder ?? "data folder unknown (started before this was recorded)";
                Output.WriteLine($"{c.Folder}\t{owner}\t{ClusterInventory.Size(c.Bytes)}\tsince {c.Since:yyyy-MM-dd HH:mm}{(c.Running ? "\trunning" : "")}");
            }

            return true;
        }

        if (ClusterInventory.ParseAge(input.OlderThanFlag) is not { } age)
        {
            Output.WriteLine($"--older-than takes an age such as 7d, 12h or 30m, not '{input.OlderThanFlag}'.");
            return false;
        }

        var prunable = ClusterInventory.Prunable(clusters, age, DateTimeOffset.UtcNow);
        if (prunable.Count == 0)
        {
            Output.WriteLine($"No orphaned cluster older than {input.OlderThanFlag}.");
            return true;
        }

        foreach (var c in prunable) Output.WriteLine($"{c.Folder}\twas {c.DataFolder ?? "unknown"}\t{ClusterInventory.Size(c.Bytes)}");
        if (!input.YesFlag)
        {
            Output.Write($"Delete these {prunable.Count} clusters ({ClusterInventory.Size(prunable.Sum(c => c.Bytes))})? Their data cannot be recovered. [y/N] ");
            if (!string.Equals(ReadAnswer()?.Trim(), "y", StringComparison.OrdinalIgnoreCase))
            {
                Output.WriteLine("Nothing deleted.");
                return true;
            }
        }

        foreach (var c in prunable) ClusterInventory.Delete(c);
        Output.WriteLine($"Deleted {prunable.Count} clusters.");
        return true;
    }
}

namespace Hyeopchi.Host.Auth;

/// <summary>The roles of the HTTP contract: admin (everything), coordinator (commands), auditor (reads, history), monitor.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";
    public const string Auditor = "auditor";
    public const string Monitor = "monitor";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Admin, Coordinator, Auditor, Monitor };

    /// <summary>Who may record what happened and what was decided.</summary>
    public const string Commanders = Admin + "," + Coordinator;
}

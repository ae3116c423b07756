namespace Hyeopchi.Host.Auth;

/// <summary>
/// The roles of the HTTP contract: admin (everything in their district), coordinator (commands),
/// auditor (reads, history), monitor, and operator (the installation's districts, across them all).
/// </summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";
    public const string Auditor = "auditor";
    public const string Monitor = "monitor";
    public const string Operator = "operator";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Admin, Coordinator, Auditor, Monitor, Operator };

    /// <summary>Who may record what happened and what was decided.</summary>
    public const string Commanders = Admin + "," + Coordinator;

    /// <summary>Who may manage a district itself (its code and name).</summary>
    public const string DistrictManagers = Admin + "," + Operator;
}

using System.Security.Claims;

namespace Hyeopchi.Host.Infrastructure.Commands;

/// <summary>
/// Who is running the command now, and in which district: set by <see cref="CommandDoor"/> for the
/// duration of one command, read by the few access rules that depend on the record as well as the
/// role (a monitor acts only for their years, <see cref="Monitoring.MonitorAccess"/>; an admin
/// manages only their district's users); never by a handler's decision.
/// </summary>
public sealed record Caller(ClaimsPrincipal User, Districts.District District)
{
    /// <summary>The caller of a request: its user and the district <see cref="Districts.RequestDistrict"/> decided.</summary>
    public static Caller Of(HttpContext http) => new(http.User, Districts.RequestDistrict.Of(http));

    private static readonly AsyncLocal<Caller?> Ambient = new();

    public static Caller? Current => Ambient.Value;

    public static IDisposable Enter(Caller caller)
    {
        var outer = Ambient.Value;
        Ambient.Value = caller;
        return new Leave(outer);
    }

    private sealed class Leave(Caller? outer) : IDisposable
    {
        public void Dispose() => Ambient.Value = outer;
    }
}

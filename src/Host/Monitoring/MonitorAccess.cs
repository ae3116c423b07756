using System.Security.Claims;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Commands;
using Marten;

namespace Hyeopchi.Host.Monitoring;

/// <summary>
/// Who may issue a year's monitoring commands: admins and coordinators (on a monitor's behalf), and
/// a user with role <c>monitor</c> whose user name was linked to one of that year's monitors when
/// they were appointed (<c>userName</c> of POST /api/monitoring/{year}/monitors). Such a user records
/// only their own evaluations.
/// </summary>
public static class MonitorAccess
{
    public const string Recorders = Roles.Commanders + "," + Roles.Monitor;

    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public const string Rule = "R7";

    public static bool IsYear(int year) => year is >= FirstYear and <= LastYear;

    public static Task<MonitoringYear> YearAsync(IQuerySession session, int year, CancellationToken ct) =>
        session.Events.AggregateStreamAsync<MonitoringYear>(MonitoringStreams.Year(year), token: ct)
            .ContinueWith(t => t.Result ?? MonitoringYear.Empty(year), ct, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

    /// <summary>Whether <paramref name="user"/> issues a year's monitoring commands for any monitor (admins and coordinators), not only as themself.</summary>
    public static bool ActsForAnyMonitor(ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Coordinator);

    /// <summary>
    /// Lets the caller of the command through (<see cref="Caller"/>), or refuses with 403 rule R7: a
    /// monitor user acts only for a year they are a monitor of, and records evaluations as that monitor only.
    /// </summary>
    public static void Demand(MonitoringYear year, Guid? monitorId = null)
    {
        var user = Caller.Current?.User ?? throw new CommandForbiddenException("a monitoring command without a caller");
        if (ActsForAnyMonitor(user)) return;
        var monitor = year.MonitorSignedInAs(user.Identity?.Name);
        if (monitor is null)
        {
            throw new RuleForbiddenException(Rule,
                $"{user.Identity?.Name} is not linked to a monitor of {year.Year}: only that year's monitors issue its monitoring commands.");
        }

        if (monitorId is not null && monitorId != monitor.PersonId)
        {
            throw new RuleForbiddenException(Rule, $"{user.Identity?.Name} records evaluations as {monitor.Name} only.");
        }
    }
}

public sealed record YearRecorded(int Year, long Version);

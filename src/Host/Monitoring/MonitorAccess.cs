using System.Security.Claims;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Host.Auth;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

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

    public static Task<MonitoringYear> YearAsync(IQuerySession session, int year, CancellationToken ct) =>
        session.Events.AggregateStreamAsync<MonitoringYear>(MonitoringStreams.Year(year), token: ct)
            .ContinueWith(t => t.Result ?? MonitoringYear.Empty(year), ct, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

    public static ProblemDetails Check(ClaimsPrincipal user, MonitoringYear year, Guid? monitorId = null)
    {
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Coordinator)) return WolverineContinue.NoProblems;
        var monitor = year.MonitorSignedInAs(user.Identity?.Name);
        if (monitor is null) return Forbidden($"{user.Identity?.Name} is not linked to a monitor of {year.Year}: only that year's monitors issue its monitoring commands.");
        if (monitorId is not null && monitorId != monitor.PersonId) return Forbidden($"{user.Identity?.Name} records evaluations as {monitor.Name} only.");
        return WolverineContinue.NoProblems;
    }

    public static ProblemDetails? YearOutOfRange(int year) =>
        year is < 2000 or > 2100
            ? Infrastructure.Http.Problems.Invalid(new() { ["year"] = ["2000에서 2100 사이여야 합니다. (between 2000 and 2100)"] })
            : null;

    private static ProblemDetails Forbidden(string detail)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Your role may not do this.", Detail = detail };
        problem.Extensions["rule"] = "R7";
        return problem;
    }
}

public sealed record YearRecorded(int Year, long Version);

using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Education;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Host.People;
using Hyeopchi.Projections.Education;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Monitoring;

/// <summary>모니터링단 위촉 (R7); <c>userName</c> optionally links the sign-in (role monitor) that acts as this monitor.</summary>
public sealed record AppointMonitor(Guid? PersonId, string? UserName, DateOnly? On);

public sealed record MonitorCandidate(Person Person, bool CompletedMonitorTraining);

public static class AppointMonitorEndpoint
{
    public static ProblemDetails Validate(AppointMonitor command) => new Checks()
        .Text("userName", command.UserName, 100, required: false)
        .Result();

    public static async Task<(MonitorCandidate?, ProblemDetails)> LoadAsync(int year, AppointMonitor command, IQuerySession session, CancellationToken ct)
    {
        if (MonitorAccess.YearOutOfRange(year) is { } invalid) return (null, invalid);
        var (person, problem) = await KnownPerson.LoadAsync(command.PersonId, session, ct);
        if (person is null) return (null, problem);
        return (new MonitorCandidate(person, await TrainingFacts.CompletedMonitorTrainingAsync(session, person.Id, year, ct)), WolverineContinue.NoProblems);
    }

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/monitoring/{year}/monitors", OperationId = "appointMonitor")]
    public static async Task<YearRecorded> Post(int year, AppointMonitor command, MonitorCandidate? candidate, IDocumentSession session, BusinessCalendar calendar, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<MonitoringYear>(MonitoringStreams.Year(year), ct);
        var decision = MonitoringDecisions.Appoint(stream.Aggregate ?? MonitoringYear.Empty(year), candidate!.Person.Id, candidate.Person.Name,
            command.UserName?.Trim(), candidate.CompletedMonitorTraining, calendar.DateOf(command.On));
        return new YearRecorded(year, Recorded.Append(stream, decision).Version);
    }
}

using System.Text.Json.Serialization;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Host.People;
using Hyeopchi.Projections.Education;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Monitoring;

/// <summary>모니터링단 위촉 (R7); <c>userName</c> optionally links the sign-in (role monitor) that acts as this monitor.</summary>
[Command("/api/monitoring/{year}/monitors", "appointMonitor", Roles.Commanders)]
public sealed record AppointMonitor(Guid? PersonId, string? UserName, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid MonitoringYearId => MonitoringStreams.Year(Year);

    public void Check(Checks checks) => checks
        .Text("userName", UserName, 100, required: false)
        .Range("year", Year, MonitorAccess.FirstYear, MonitorAccess.LastYear)
        .NotEmpty("personId", PersonId);
}

public sealed record MonitorCandidate(Person Person, IReadOnlyList<TrainingCompletion> Completions);

public static class AppointMonitorHandler
{
    /// <summary>The person the command names (404 when nobody has the id) and the courses they completed, with their dates (R7 reads them).</summary>
    public static async Task<MonitorCandidate> LoadAsync(AppointMonitor command, IQuerySession session, CancellationToken ct)
    {
        var person = await KnownPerson.RequireAsync(command.PersonId!.Value, session, ct);
        return new MonitorCandidate(person, await TrainingFacts.CompletionsAsync(session, person.Id, ct));
    }

    /// <summary>The year's stream starts with its first command, so a year without one is not missing.</summary>
    public static YearRecorded Handle(AppointMonitor command, [WriteAggregate(nameof(AppointMonitor.MonitoringYearId), Required = false)] IEventStream<MonitoringYear> stream,
        MonitorCandidate candidate, BusinessCalendar calendar)
    {
        var decision = MonitoringDecisions.Appoint(stream.Aggregate ?? MonitoringYear.Empty(command.Year), candidate.Person.Id, candidate.Person.Name,
            command.UserName?.Trim(), candidate.Completions, calendar.DateOf(command.On));
        return new YearRecorded(command.Year, Recorded.Append(stream, decision).Version);
    }
}

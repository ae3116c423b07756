using System.Text.Json.Serialization;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.People;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Expos;

/// <summary>박람회 추진팀: a registered person joins the year's planning team.</summary>
[Command("/api/expos/{year}/planning-team", "joinExpoPlanningTeam", Roles.Commanders)]
public sealed record JoinExpoPlanningTeam(Guid? PersonId, string? Role, DateOnly? On) : ICommand
{
    [JsonIgnore] public int Year { get; init; }

    [JsonIgnore] public Guid ExpoId => Expo.StreamIdFor(Year);

    public void Check(Checks checks) => checks
        .Text("role", Role, required: false)
        .NotEmpty("personId", PersonId);
}

public static class JoinExpoPlanningTeamHandler
{
    /// <summary>The person the command names: 404 when nobody has the id.</summary>
    public static async Task<Person> LoadAsync(JoinExpoPlanningTeam command, IQuerySession session, CancellationToken ct) =>
        await KnownPerson.RequireAsync(command.PersonId!.Value, session, ct);

    public static Recorded Handle(JoinExpoPlanningTeam command, [WriteAggregate(nameof(JoinExpoPlanningTeam.ExpoId), Required = false)] IEventStream<Expo> expo,
        Person person, BusinessCalendar calendar) =>
        ExpoStreams.Append(expo, ExpoDecisions.JoinPlanningTeam(ExpoStreams.Planned(expo, command.Year), person.Id, person.Name, command.Role?.Trim(),
            calendar.DateOf(command.On)));
}

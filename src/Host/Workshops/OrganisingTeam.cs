using System.Text.Json.Serialization;
using Hyeopchi.Domain.People;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Host.People;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Workshops;

/// <summary>워크숍 추진팀 (plan L27): a registered person joins the team that prepares and runs the workshop.</summary>
[Command("/api/workshops/{id}/organising-team", "joinWorkshopOrganisingTeam", Roles.Commanders)]
public sealed record JoinWorkshopOrganisingTeam(Guid? PersonId, string? Role, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public static JoinWorkshopOrganisingTeam Example => new(Guid.Parse("0196a1b2-7c3d-7000-8000-00000000c0de"), "진행·기록", new DateOnly(2024, 5, 20));

    public void Check(Checks checks) => checks
        .NotEmpty("personId", PersonId)
        .Text("role", Role, required: false);
}

public static class JoinWorkshopOrganisingTeamHandler
{
    /// <summary>The person the command names: 404 when nobody has the id.</summary>
    public static Task<Person> LoadAsync(JoinWorkshopOrganisingTeam command, IQuerySession session, CancellationToken ct) =>
        KnownPerson.RequireAsync(command.PersonId!.Value, session, ct);

    public static Recorded Handle(JoinWorkshopOrganisingTeam command, [WriteAggregate] IEventStream<Workshop> workshop, Person person, BusinessCalendar calendar) =>
        Recorded.Append(workshop, WorkshopDecisions.JoinOrganisingTeam(workshop.Aggregate!, person.Id, person.Name,
            string.IsNullOrWhiteSpace(command.Role) ? null : command.Role.Trim(), calendar.DateOf(command.On)));
}

using System.Text.Json.Serialization;
using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
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

namespace Hyeopchi.Host.Education;

/// <summary>수료 리더의 분과 참여: a leader who completed resident-leader education joins a division with their organisation, or without one as a single person (who does not count toward R2's civil organisations).</summary>
[Command("/api/divisions/{id}/leaders", "linkTrainedLeaderToDivision", Roles.Commanders)]
public sealed record LinkLeader(Guid? PersonId, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks.NotEmpty("personId", PersonId);
}

public sealed record LeaderFacts(Person Person, bool Completed);

public static class LinkLeaderHandler
{
    public const string Rule = "education.leader";

    /// <summary>The person the command names (404 when nobody has the id) and whether they completed resident-leader education.</summary>
    public static async Task<LeaderFacts> LoadAsync(LinkLeader command, IQuerySession session, CancellationToken ct)
    {
        var person = await KnownPerson.RequireAsync(command.PersonId!.Value, session, ct);
        return new LeaderFacts(person, await TrainingFacts.CompletedLeaderEducationAsync(session, person.Id, ct));
    }

    public static Recorded Handle(LinkLeader command, [WriteAggregate] IEventStream<Division> division, LeaderFacts facts, BusinessCalendar calendar)
    {
        var person = facts.Person;
        var decision = facts.Completed
            ? DivisionDecisions.AddLeader(division.Aggregate!, person.Id, person.Name, person.Organisation, person.Sector, calendar.DateOf(command.On))
            : Decision.Refuse(new Refusal(Rule, RefusalCode.LeaderNotTrained, person.Name).WithUnmet([Condition.Of(ConditionCode.LeaderEducationCompleted)]));
        return Recorded.Append(division, decision);
    }
}

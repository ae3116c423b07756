using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Host.People;
using Hyeopchi.Projections.Education;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Education;

/// <summary>수료 리더의 분과 참여: a leader who completed resident-leader education joins a division with their organisation (or, without one, by name).</summary>
public sealed record LinkLeader(Guid? PersonId, DateOnly? On);

public sealed record LeaderFacts(Person Person, bool Completed);

public static class LinkLeaderEndpoint
{
    public const string Rule = "education.leader";

    public static async Task<(LeaderFacts?, ProblemDetails)> LoadAsync(LinkLeader command, IQuerySession session, CancellationToken ct)
    {
        var (person, problem) = await KnownPerson.LoadAsync(command.PersonId, session, ct);
        if (person is null) return (null, problem);
        return (new LeaderFacts(person, await TrainingFacts.CompletedLeaderEducationAsync(session, person.Id, ct)), WolverineContinue.NoProblems);
    }

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/divisions/{id}/leaders", OperationId = "linkTrainedLeaderToDivision")]
    public static Recorded Post(LinkLeader command, [WriteAggregate("id")] IEventStream<Division> division, LeaderFacts? facts, BusinessCalendar calendar)
    {
        var person = facts!.Person;
        var decision = facts.Completed
            ? DivisionDecisions.AddMember(division.Aggregate!, person.Organisation ?? person.Name, person.Sector, calendar.DateOf(command.On))
            : Decision.Refuse(Rule, $"{person.Name} has not completed resident-leader education.", "주민 리더 교육 수료 (completed resident-leader education)");
        return Recorded.Append(division, decision);
    }
}

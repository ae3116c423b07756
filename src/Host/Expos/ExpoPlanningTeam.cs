using Hyeopchi.Domain.Expos;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Host.People;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Expos;

/// <summary>박람회 추진팀: a registered person joins the year's planning team.</summary>
public sealed record JoinExpoPlanningTeam(Guid? PersonId, string? Role, DateOnly? On);

public sealed record PlanningTeamFacts(IEventStream<Expo> Expo, Person Person);

public static class JoinExpoPlanningTeamEndpoint
{
    public static async Task<(PlanningTeamFacts?, ProblemDetails)> LoadAsync(int year, JoinExpoPlanningTeam command, IDocumentSession session, CancellationToken ct)
    {
        var invalid = new Checks().Text("role", command.Role, required: false).Result();
        if (!ReferenceEquals(invalid, WolverineContinue.NoProblems)) return (null, invalid);
        var (person, unknown) = await KnownPerson.LoadAsync(command.PersonId, session, ct);
        if (person is null) return (null, unknown);
        var (expo, missing) = await ExpoStreams.FetchAsync(year, session, ct);
        return expo is null ? (null, missing) : (new PlanningTeamFacts(expo, person), WolverineContinue.NoProblems);
    }

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/expos/{year}/planning-team", OperationId = "joinExpoPlanningTeam")]
    public static Recorded Post(JoinExpoPlanningTeam command, PlanningTeamFacts facts, BusinessCalendar calendar) =>
        ExpoStreams.Append(facts.Expo, ExpoDecisions.JoinPlanningTeam(facts.Expo.Aggregate!, facts.Person.Id, facts.Person.Name, command.Role?.Trim(), calendar.DateOf(command.On)));
}

using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.People;

/// <summary>직급 변경: a person's rank from a date on; attendance recorded before keeps the rank held then.</summary>
public sealed record ChangeRank(Rank? Rank, string? Reason, DateOnly? On);

public static class ChangeRankEndpoint
{
    public static ProblemDetails Validate(ChangeRank command) => new Checks()
        .Defined("rank", command.Rank)
        .Text("reason", command.Reason, Checks.MaxLongTextLength, required: false)
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/people/{id}/rank", OperationId = "changePersonRank")]
    public static Recorded Post(ChangeRank command, [WriteAggregate("id")] IEventStream<Person> person, BusinessCalendar calendar) =>
        Recorded.Append(person, Person.ChangeRank(person.Aggregate!, command.Rank!.Value, command.Reason?.Trim(), calendar.DateOf(command.On)));
}

using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Host.People;
using Marten;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Divisions;

/// <summary>분과장 선임: a registered person chairs the division (gate R2 needs one).</summary>
public sealed record AppointChair(Guid? PersonId, DateOnly? On)
{
    public static AppointChair Example => new(Guid.Parse("0196a1b2-7c3d-7000-8000-00000000c0de"), new DateOnly(2027, 3, 29));
}

public static class AppointChairEndpoint
{
    public static Task<(Person?, ProblemDetails)> LoadAsync(AppointChair command, IQuerySession session, CancellationToken ct) =>
        KnownPerson.LoadAsync(command.PersonId, session, ct);

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/divisions/{id}/chair", OperationId = "appointDivisionChair")]
    public static Recorded Post(AppointChair command, [WriteAggregate("id")] IEventStream<Division> division, Person? person, BusinessCalendar calendar) =>
        Recorded.Append(division, DivisionDecisions.AppointChair(division.Aggregate!, person!.Id, person.Name, calendar.DateOf(command.On)));
}

/// <summary>회원 단체: a member organisation joins the division (gate R2 counts them).</summary>
public sealed record AddMember(string? Organisation, Sector? Sector, DateOnly? On)
{
    public static AddMember Example => new("성북에너지전환모임", Domain.Common.Sector.Civil, new DateOnly(2027, 4, 5));
}

public static class AddMemberEndpoint
{
    public static ProblemDetails Validate(AddMember command) => new Checks()
        .Text("organisation", command.Organisation)
        .Defined("sector", command.Sector)
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/divisions/{id}/members", OperationId = "addDivisionMember")]
    public static Recorded Post(AddMember command, [WriteAggregate("id")] IEventStream<Division> division, BusinessCalendar calendar) =>
        Recorded.Append(division, DivisionDecisions.AddMember(division.Aggregate!, command.Organisation!.Trim(), command.Sector!.Value, calendar.DateOf(command.On)));
}

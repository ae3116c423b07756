using System.Text.Json.Serialization;
using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Host.People;
using Marten;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.Divisions;

/// <summary>분과장 선임: a registered person chairs the division (gate R2 needs one).</summary>
[Command("/api/divisions/{id}/chair", "appointDivisionChair", Roles.Commanders)]
public sealed record AppointChair(Guid? PersonId, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public static AppointChair Example => new(Guid.Parse("0196a1b2-7c3d-7000-8000-00000000c0de"), new DateOnly(2027, 3, 29));

    public void Check(Checks checks) => checks.NotEmpty("personId", PersonId);
}

public static class AppointChairHandler
{
    public static Task<Person> LoadAsync(AppointChair command, IQuerySession session, CancellationToken ct) =>
        KnownPerson.RequireAsync(command.PersonId!.Value, session, ct);

    public static Recorded Handle(AppointChair command, [WriteAggregate] IEventStream<Division> division, Person person, BusinessCalendar calendar) =>
        Recorded.Append(division, DivisionDecisions.AppointChair(division.Aggregate!, person.Id, person.Name, calendar.DateOf(command.On)));
}

/// <summary>회원 단체: a member organisation joins the division (gate R2 counts them).</summary>
[Command("/api/divisions/{id}/members", "addDivisionMember", Roles.Commanders)]
public sealed record AddMember(string? Organisation, Sector? Sector, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public static AddMember Example => new("성북에너지전환모임", Domain.Common.Sector.Civil, new DateOnly(2027, 4, 5));

    public void Check(Checks checks) => checks
        .Text("organisation", Organisation)
        .Defined("sector", Sector);
}

public static class AddMemberHandler
{
    public static Recorded Handle(AddMember command, [WriteAggregate] IEventStream<Division> division, BusinessCalendar calendar) =>
        Recorded.Append(division, DivisionDecisions.AddMember(division.Aggregate!, command.Organisation!.Trim(), command.Sector!.Value, calendar.DateOf(command.On)));
}

/// <summary>회원 탈퇴 (R10, R2): a member organisation leaves the division on <c>on</c>, with a reason; from then on it no longer counts.</summary>
[Command("/api/divisions/{id}/members/departures", "recordDivisionDeparture", Roles.Commanders)]
public sealed record RecordDeparture(string? Organisation, string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .Text("organisation", Organisation)
        .Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class RecordDepartureHandler
{
    public static Recorded Handle(RecordDeparture command, [WriteAggregate] IEventStream<Division> division, BusinessCalendar calendar) =>
        Recorded.Append(division, DivisionDecisions.RecordDeparture(division.Aggregate!, command.Organisation!.Trim(), command.Reason!.Trim(), calendar.DateOf(command.On)));
}

/// <summary>분과장 사임: the chair steps down on <c>on</c>, with a reason; gate R2 misses a chair until another is appointed.</summary>
[Command("/api/divisions/{id}/chair/stepping-down", "stepDownDivisionChair", Roles.Commanders)]
public sealed record StepDownChair(string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks.Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class StepDownChairHandler
{
    public static Recorded Handle(StepDownChair command, [WriteAggregate] IEventStream<Division> division, BusinessCalendar calendar) =>
        Recorded.Append(division, DivisionDecisions.StepDownChair(division.Aggregate!, command.Reason!.Trim(), calendar.DateOf(command.On)));
}

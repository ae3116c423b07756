using System.Text.Json.Serialization;
using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Host.People;
using Hyeopchi.Host.Workshops;
using Hyeopchi.Projections.Divisions;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Education;

/// <summary>
/// 주민 리더 발굴: a registered person is found as a prospective resident leader, before education
/// (plan L45), by a division (<c>divisionId</c>) and/or an organisation or person (<c>discoveredBy</c>):
/// at least one of the two. 409 <c>education.discovery</c> when the person's discovery stands already.
/// </summary>
[Command("/api/people/{id}/leader-discovery", "discoverResidentLeader", Roles.Commanders)]
public sealed record DiscoverLeader(Guid? DivisionId, string? DiscoveredBy, string? Note, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .That(DivisionId is not null || !string.IsNullOrWhiteSpace(DiscoveredBy), "discoveredBy", "발굴한 분과나 단체·사람을 입력하세요. (a divisionId or discoveredBy)")
        .That(DivisionId != Guid.Empty, "divisionId", "빈 id입니다. (an empty id)")
        .Text("discoveredBy", DiscoveredBy, required: false)
        .Text("note", Note, Checks.MaxLongTextLength, required: false);
}

public static class DiscoverLeaderHandler
{
    /// <summary>The division named, if one is: 404 when no division has the id.</summary>
    public static Task<DivisionProgress?> LoadAsync(DiscoverLeader command, IQuerySession session, CancellationToken ct) =>
        Attendance.DivisionAsync(session, command.DivisionId, ct);

    public static Recorded Handle(DiscoverLeader command, [WriteAggregate] IEventStream<Person> person, DivisionProgress? division, BusinessCalendar calendar)
    {
        var current = person.Aggregate!;
        if (current.ErasedOn is not null) throw KnownPerson.Refused(current.Id);
        return Recorded.Append(person, LeaderDiscoveryDecisions.Discover(
            current, division?.Id, division?.Name, Blank(command.DiscoveredBy), Blank(command.Note), calendar.DateOf(command.On)));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>발굴 철회: the person's discovery was entered by mistake or no longer holds (R10); 409 when there is none or it was withdrawn.</summary>
[Command("/api/people/{id}/leader-discovery/withdrawal", "withdrawResidentLeaderDiscovery", Roles.Commanders)]
public sealed record WithdrawLeaderDiscovery(string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks.Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class WithdrawLeaderDiscoveryHandler
{
    public static Recorded Handle(WithdrawLeaderDiscovery command, [WriteAggregate] IEventStream<Person> person, BusinessCalendar calendar) =>
        Recorded.Append(person, LeaderDiscoveryDecisions.Withdraw(person.Aggregate!, command.Reason!.Trim(), calendar.DateOf(command.On)));
}

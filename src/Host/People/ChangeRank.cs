using System.Text.Json.Serialization;
using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Wolverine.Marten;

namespace Hyeopchi.Host.People;

/// <summary>직급 변경: a person's rank from a date on; attendance recorded before keeps the rank held then.</summary>
[Command("/api/people/{id}/rank", "changePersonRank", Roles.Commanders)]
public sealed record ChangeRank(Rank? Rank, string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks
        .Defined("rank", Rank)
        .Text("reason", Reason, Checks.MaxLongTextLength, required: false);
}

public static class ChangeRankHandler
{
    public static Recorded Handle(ChangeRank command, [WriteAggregate] IEventStream<Person> person, BusinessCalendar calendar) =>
        Recorded.Append(person, Person.ChangeRank(person.Aggregate!, command.Rank!.Value, command.Reason?.Trim(), calendar.DateOf(command.On)));
}

using System.Text.Json.Serialization;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.People;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.People;

/// <summary>개인정보 삭제: a person's erasure request, with the reason (e.g. 정보주체의 삭제 요구).</summary>
[Command("/api/people/{id}/erasure", "erasePerson", Roles.Admin)]
public sealed record ErasePerson(string? Reason, DateOnly? On) : ICommand
{
    [JsonIgnore] public Guid Id { get; init; }

    public void Check(Checks checks) => checks.Text("reason", Reason, Checks.MaxLongTextLength);
}

public static class ErasePersonHandler
{
    /// <summary>
    /// Masks the person's name in every event that holds it, rebuilds the read models that copied it
    /// and records <see cref="PersonErased"/> on the person's stream (the audit trail entry, with the
    /// reason and the actor), all in this command's one transaction (see <see cref="PersonalDataErasure"/>):
    /// with the idempotency claim, it commits whole or not at all, so a retry completes an erasure
    /// that failed anywhere. A stale expected version was refused by the door before the handler ran.
    /// </summary>
    public static async Task<Recorded> Handle(
        ErasePerson command, [WriteAggregate] IEventStream<Person> person, IDocumentSession session, BusinessCalendar calendar, CancellationToken ct)
    {
        var current = person.Aggregate!;
        var on = calendar.DateOf(command.On);
        var decision = Person.Erase(current, command.Reason!.Trim(), on);
        if (!decision.IsRefused)
        {
            var erased = await PersonalDataErasure.EraseAsync(session, new ErasureTarget(current.Id, current.Name), on, ct);

            // The person's own accounts (linked to them as a monitor) go with their name: deleting one
            // ends its sessions at once (the security stamp check finds no account). Never the caller's own.
            var caller = Caller.Current?.User.Identity?.Name;
            foreach (var account in erased.Accounts.Where(a => !string.Equals(a, caller, StringComparison.Ordinal)))
            {
                session.Delete<UserAccount>(account);
            }
        }

        return Recorded.Append(person, decision);
    }
}

using System.Collections.Immutable;
using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Education;

namespace Hyeopchi.Domain.People;

/// <summary>A person taking part in the network's work was registered.</summary>
public sealed record PersonRegistered(
    Guid PersonId, string Name, Sector Sector, string? Organisation, Rank? Rank, DateOnly On) : IDomainEvent;

/// <summary>A person's rank changed from a date on (a promotion, a transfer): earlier attendance keeps the old rank.</summary>
public sealed record PersonRankChanged(Guid PersonId, Rank? From, Rank To, string? Reason, DateOnly On) : IDomainEvent;

/// <summary>
/// A person's personal data was erased at their request: the audit trail entry of the one sanctioned
/// rewrite of history (R10). It carries no personal data, only the reason and the business date.
/// </summary>
public sealed record PersonErased(Guid PersonId, string Reason, DateOnly On) : IDomainEvent;

/// <summary>
/// A person's erasure masked their personal data in this stream's earlier events (R10: the history says
/// where it was rewritten). It carries no personal data. Appending it also moves the stream's version
/// on, so a command that read the stream before the masking is refused at commit (409) and reads again.
/// </summary>
public sealed record PersonalDataMasked(Guid PersonId, DateOnly On) : IDomainEvent;

/// <summary>A person's rank from a date on.</summary>
public sealed record RankSince(Rank? Rank, DateOnly Since);

public sealed record Person(Guid Id, string Name, Sector Sector, string? Organisation, Rank? Rank, ImmutableList<RankSince> RankHistory)
{
    /// <summary>What every read model and every masked event shows in place of an erased person's name.</summary>
    public const string ErasedName = "삭제된 사람";

    /// <summary>The business date of the person's erasure, if they were erased.</summary>
    public DateOnly? ErasedOn { get; init; }

    /// <summary>The person's latest discovery as a prospective resident leader (주민 리더 발굴), withdrawn or not.</summary>
    public LeaderDiscovery? Discovery { get; init; }

    public static Person From(PersonRegistered e) => new(e.PersonId, e.Name, e.Sector, e.Organisation, e.Rank, [new RankSince(e.Rank, e.On)]);

    /// <summary>Folds one event of the person's stream; a rank change entered late lands at its own date.</summary>
    public static Person? Evolve(Person? state, object @event) => (state, @event) switch
    {
        (_, PersonRegistered e) => From(e),
        (not null, PersonRankChanged e) => state.WithRankHistory(state.RankHistory.Add(new RankSince(e.To, e.On))),
        (not null, PersonErased e) => state with { Name = ErasedName, Organisation = null, ErasedOn = e.On },
        (not null, ResidentLeaderDiscovered e) => state with { Discovery = new LeaderDiscovery(e.On, e.DivisionId, e.DivisionName, e.DiscoveredBy, e.Note) },
        (not null, ResidentLeaderDiscoveryWithdrawn e) when state.Discovery is { } d =>
            state with { Discovery = d with { WithdrawnOn = e.On, WithdrawalReason = e.Reason } },
        _ => state,
    };

    /// <summary>The rank the person held on a date: the latest change on or before it (the registered rank before any change).</summary>
    public Rank? RankOn(DateOnly date)
    {
        var history = RankHistory.OrderBy(r => r.Since).ToList();
        return history.LastOrDefault(r => r.Since <= date) is { } current ? current.Rank : history.FirstOrDefault()?.Rank;
    }

    /// <summary>The person as a participant on a date (rank as of that date).</summary>
    public Participant AsParticipantOn(DateOnly date) => new(Id, Name, Sector, RankOn(date), Organisation);

    public static Decision ChangeRank(Person person, Rank to, string? reason, DateOnly on) =>
        person.RankHistory.Any(r => r.Since == on && r.Rank == to)
            ? Decision.Refuse("person.rank", RefusalCode.PersonRankAlreadyHeld, person.Name, on)
            : Decision.Accept(new PersonRankChanged(person.Id, person.RankOn(on), to, reason, on));

    /// <summary>Erasure of personal data happens once; a second request is refused (the first already removed everything).</summary>
    public static Decision Erase(Person person, string reason, DateOnly on) =>
        person.ErasedOn is { } erasedOn
            ? Decision.Refuse("person.erased", RefusalCode.PersonAlreadyErased, erasedOn)
            : Decision.Accept(new PersonErased(person.Id, reason, on));

    private Person WithRankHistory(ImmutableList<RankSince> history)
    {
        var latest = history.OrderBy(r => r.Since).Last();
        return this with { RankHistory = history, Rank = latest.Rank };
    }
}

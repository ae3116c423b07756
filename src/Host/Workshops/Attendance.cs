using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Divisions;
using Marten;

namespace Hyeopchi.Host.Workshops;

/// <summary>Who attended, as they were on the day; and the division a workshop or meeting belongs to.</summary>
public static class Attendance
{
    public const int MaxParticipants = 500;

    /// <summary>Each participant's sector and rank as of <paramref name="on"/>, copied from the Person read model; an unknown person is 404, an erased one 409 <c>person.erased</c>.</summary>
    public static async Task<IReadOnlyList<Participant>> ParticipantsAsync(
        IQuerySession session, IReadOnlyList<Guid> personIds, DateOnly on, CancellationToken ct)
    {
        var people = await People.KnownPerson.RequireManyAsync(personIds.Distinct().ToList(), session, ct);
        return people.Select(p => p.AsParticipantOn(on)).ToList();
    }

    /// <summary>The division named, if one is; an unknown division is 404.</summary>
    public static async Task<DivisionProgress?> DivisionAsync(IQuerySession session, Guid? divisionId, CancellationToken ct)
    {
        if (divisionId is null) return null;
        return await session.LoadAsync<DivisionProgress>(divisionId.Value, ct)
               ?? throw new UnknownRecordException($"No division has the id {divisionId}.");
    }

    public static Checks Participants(this Checks checks, IReadOnlyList<Guid>? participants) => checks
        .That(participants is { Count: > 0 }, "participants", "참여자를 한 명 이상 입력하세요. (at least one personId)")
        .That(participants is null || participants.Count <= MaxParticipants, "participants", $"참여자는 {MaxParticipants}명 이하입니다. (at most {MaxParticipants})")
        .That(participants is null || participants.All(p => p != Guid.Empty), "participants", "빈 id가 있습니다. (empty personId)");
}

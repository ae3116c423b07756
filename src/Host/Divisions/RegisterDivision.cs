using Hyeopchi.Domain.Divisions;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.Divisions;
using Marten;
using Wolverine.Marten;

namespace Hyeopchi.Host.Divisions;

/// <summary>분과 등록: a division for a field; it starts at stage 1. A second division under an existing name is refused (409 <c>division.name</c>).</summary>
[Command("/api/divisions", "registerDivision", Roles.Commanders)]
public sealed record RegisterDivision(string? Name, string? Field, DateOnly? On) : ICommand
{
    public static RegisterDivision Example => new("환경에너지분과", "기후·에너지 전환", new DateOnly(2027, 3, 22));

    public void Check(Checks checks) => checks
        .Text("name", Name)
        .Text("field", Field);
}

/// <summary>
/// A division's name, held by one division: the document's id is the name as compared (<see cref="DivisionDecisions.NameKey"/>).
/// It is inserted in the transaction that registers the division, so of two registrations of one name at the same time
/// the second fails at commit (409) instead of recording a twin.
/// </summary>
public sealed class DivisionName
{
    public string Id { get; set; } = "";

    public Guid DivisionId { get; set; }
}

/// <summary>The division that already has the name of a registration, if any.</summary>
public sealed record NameHolder(string Key, Guid? DivisionId);

public static class RegisterDivisionHandler
{
    public static async Task<NameHolder> LoadAsync(RegisterDivision command, IQuerySession session, CancellationToken ct)
    {
        var name = command.Name!.Normalize(System.Text.NormalizationForm.FormC).Trim();
        var key = DivisionDecisions.NameKey(name);
        if (await session.LoadAsync<DivisionName>(key, ct) is { } held) return new NameHolder(key, held.DivisionId);

        // Divisions registered before names were held: their read model has the name as it was stored.
        var same = await session.Query<DivisionProgress>().Where(d => d.Name.ToUpper() == key).Select(d => d.Id).ToListAsync(ct);
        return new NameHolder(key, same.Count > 0 ? same[0] : null);
    }

    public static (StreamCreated, IStartStream) Handle(RegisterDivision command, NameHolder holder, IDocumentSession session, BusinessCalendar calendar)
    {
        var id = Guid.CreateVersion7();
        var events = DivisionDecisions.Register(id, command.Name!.Trim(), command.Field!.Trim(), calendar.DateOf(command.On), holder.DivisionId).EventsOrThrow();
        session.Insert(new DivisionName { Id = holder.Key, DivisionId = id });
        return (StreamCreated.At("/api/divisions", id), MartenOps.StartStream<Division>(id, events.ToArray()));
    }
}

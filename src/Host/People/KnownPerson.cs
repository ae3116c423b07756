using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Projections.People;
using Marten;

namespace Hyeopchi.Host.People;

/// <summary>A person a command refers to: 404 when nobody has the id, 409 <c>person.erased</c> when their data was erased.</summary>
public static class KnownPerson
{
    public const string ErasedRule = "person.erased";

    /// <summary>
    /// For a command's handler: the person, or 404 (<see cref="UnknownRecordException"/>) when nobody has the id,
    /// or 409 <see cref="ErasedRule"/> when the person's data was erased (a command would copy a name into a new event).
    /// The command's <c>Check</c> requires the id (<c>checks.NotEmpty("personId", PersonId)</c>).
    /// </summary>
    public static async Task<Person> RequireAsync(Guid personId, IQuerySession session, CancellationToken ct) =>
        (await RequireManyAsync([personId], session, ct))[0];

    /// <summary>
    /// Every person named, in the order given (404 naming the unknown ids; 409 <see cref="ErasedRule"/> for an
    /// erased one). When the session is the command's own, it also queues a check that runs in the command's
    /// transaction at commit: it waits for an erasure of these people under way and refuses the command if one
    /// was recorded, so a name loaded before the erasure is never saved after it.
    /// </summary>
    public static async Task<IReadOnlyList<Person>> RequireManyAsync(IReadOnlyList<Guid> personIds, IQuerySession session, CancellationToken ct)
    {
        var distinct = personIds.Distinct().ToList();
        var people = (await session.LoadManyAsync<Person>(ct, distinct)).ToDictionary(p => p.Id);
        var unknown = distinct.Where(id => !people.ContainsKey(id)).ToList();
        if (unknown.Count > 0) throw new UnknownRecordException($"No person has the id {string.Join(", ", unknown)}.");
        if (people.Values.FirstOrDefault(p => p.ErasedOn is not null) is { } erased)
        {
            throw Refused(erased.Id);
        }

        if (session is IDocumentSession command && distinct.Count > 0)
        {
            var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
            command.QueueSqlCommand($"select {schema}.{PersonalDataErasure.GuardFunctionName}(?)", distinct.ToArray());
        }

        return personIds.Select(id => people[id]).ToList();
    }

    public static RuleRefusedException Refused(Guid? personId) => new(personId is { } id
        ? new Refusal(ErasedRule, RefusalCode.PersonErasedNamed, id)
        : new Refusal(ErasedRule, RefusalCode.PersonErasedUnnamed));
}

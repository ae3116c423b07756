using Hyeopchi.Domain.People;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.People;

/// <summary>A person a command refers to: 404 when nobody has the id.</summary>
public static class KnownPerson
{
    /// <summary>
    /// For a command's handler: the person, or 404 (<see cref="UnknownRecordException"/>) when nobody has the id.
    /// The command's <c>Check</c> requires the id (<c>checks.NotEmpty("personId", PersonId)</c>).
    /// </summary>
    public static async Task<Person> RequireAsync(Guid personId, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<Person>(personId, ct) ?? throw new UnknownRecordException($"No person has the id {personId}.");
}

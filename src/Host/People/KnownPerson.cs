using Hyeopchi.Domain.People;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.People;

/// <summary>A person a command refers to: 400 when the id is missing, 404 when nobody has it.</summary>
public static class KnownPerson
{
    public static async Task<(Person?, ProblemDetails)> LoadAsync(Guid? personId, IQuerySession session, CancellationToken ct)
    {
        var invalid = new Checks().NotEmpty("personId", personId).Result();
        if (!ReferenceEquals(invalid, WolverineContinue.NoProblems)) return (null, invalid);
        return await session.LoadAsync<Person>(personId!.Value, ct) is { } person
            ? (person, WolverineContinue.NoProblems)
            : (null, Problems.NotFound($"No person has the id {personId}."));
    }
}

using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.People;

[Command("/api/people", "registerPerson", Roles.Commanders)]
public sealed record RegisterPerson(string? Name, Sector? Sector, string? Organisation, Rank? Rank, DateOnly? On) : ICommand
{
    public static RegisterPerson Example => new("서유나", Domain.Common.Sector.Administration, "성북구청 자치행정과", Domain.Common.Rank.SectionChiefOrAbove, new DateOnly(2027, 3, 15));

    public void Check(Checks checks) => checks
        .Text("name", Name)
        .Defined("sector", Sector)
        .Text("organisation", Organisation, required: false)
        .Defined("rank", Rank, required: false);
}

public static class RegisterPersonHandler
{
    public static (StreamCreated, IStartStream) Handle(RegisterPerson command, BusinessCalendar calendar)
    {
        var id = Guid.CreateVersion7();
        var registered = new PersonRegistered(id, command.Name!.Trim(), command.Sector!.Value, command.Organisation?.Trim(), command.Rank, calendar.DateOf(command.On));
        return (StreamCreated.At("/api/people", id), MartenOps.StartStream<Person>(id, registered));
    }
}

public static class PersonQueries
{
    [Authorize]
    [ProducesResponseType<Person>(StatusCodes.Status200OK)]
    [WolverineGet("/api/people/{id}", OperationId = "getPerson")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<Person>(id, ct) is { } person
            ? Results.Ok(person)
            : Results.Problem(Problems.NotFound($"No person has the id {id}."));

    [Authorize]
    [WolverineGet("/api/people", OperationId = "listPeople")]
    public static Task<IReadOnlyList<Person>> List(IQuerySession session, CancellationToken ct) =>
        session.Query<Person>().OrderBy(p => p.Name).ToListAsync(ct);
}

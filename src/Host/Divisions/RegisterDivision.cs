using Hyeopchi.Domain.Divisions;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Divisions;

/// <summary>분과 등록: a division for a field; it starts at stage 1.</summary>
public sealed record RegisterDivision(string? Name, string? Field, DateOnly? On)
{
    public static RegisterDivision Example => new("환경에너지분과", "기후·에너지 전환", new DateOnly(2027, 3, 22));
}

public static class RegisterDivisionEndpoint
{
    public static ProblemDetails Validate(RegisterDivision command) => new Checks()
        .Text("name", command.Name)
        .Text("field", command.Field)
        .Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/divisions", OperationId = "registerDivision")]
    public static (StreamCreated, IStartStream) Post(RegisterDivision command, BusinessCalendar calendar)
    {
        var id = Guid.CreateVersion7();
        var events = DivisionDecisions.Register(id, command.Name!.Trim(), command.Field!.Trim(), calendar.DateOf(command.On)).EventsOrThrow();
        return (StreamCreated.At("/api/divisions", id), MartenOps.StartStream<Division>(id, events.ToArray()));
    }
}

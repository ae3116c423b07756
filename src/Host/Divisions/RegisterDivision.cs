using Hyeopchi.Domain.Divisions;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Divisions;

/// <summary>분과 등록: a division for a field; it starts at stage 1.</summary>
[Command("/api/divisions", "registerDivision", Roles.Commanders)]
public sealed record RegisterDivision(string? Name, string? Field, DateOnly? On) : ICommand
{
    public static RegisterDivision Example => new("환경에너지분과", "기후·에너지 전환", new DateOnly(2027, 3, 22));

    public void Check(Checks checks) => checks
        .Text("name", Name)
        .Text("field", Field);
}

public static class RegisterDivisionHandler
{
    public static (StreamCreated, IStartStream) Handle(RegisterDivision command, BusinessCalendar calendar)
    {
        var id = Guid.CreateVersion7();
        var events = DivisionDecisions.Register(id, command.Name!.Trim(), command.Field!.Trim(), calendar.DateOf(command.On)).EventsOrThrow();
        return (StreamCreated.At("/api/divisions", id), MartenOps.StartStream<Division>(id, events.ToArray()));
    }
}

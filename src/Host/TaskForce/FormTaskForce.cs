using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>TF 구성: formed only with members of all three sectors (R6); a refusal names each missing sector.</summary>
public sealed record FormTaskForce(DateOnly? On);

public static class FormTaskForceEndpoint
{
    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/task-force/{id}/form", OperationId = "formTaskForce")]
    public static Recorded Post(FormTaskForce command, [WriteAggregate("id")] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.Form(taskForce.Aggregate!, calendar.DateOf(command.On)));
}

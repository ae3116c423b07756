using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.TaskForce;

/// <summary>의회 제출: the TF submits a draft version (the latest unless named) to the council (R6: only a formed TF).</summary>
public sealed record SubmitOrdinance(int? Version, DateOnly? On);

public static class SubmitOrdinanceEndpoint
{
    public static ProblemDetails Validate(SubmitOrdinance command) =>
        new Checks().Range("version", command.Version, 1, int.MaxValue, required: false).Result();

    [Authorize(Roles = Roles.Commanders)]
    [WolverinePost("/api/task-force/{id}/submission", OperationId = "submitOrdinance")]
    public static Recorded Post(SubmitOrdinance command, [WriteAggregate("id")] IEventStream<JointTaskForce> taskForce, BusinessCalendar calendar) =>
        Recorded.Append(taskForce, TaskForceDecisions.Submit(taskForce.Aggregate!, command.Version, calendar.DateOf(command.On)));
}

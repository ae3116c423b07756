using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Auth;

/// <summary>Users (admin only): the list of the district the request acts in. Creating and changing users are commands (<see cref="UserCommands"/>).</summary>
public static class UserEndpoints
{
    [Authorize(Roles = Roles.Admin + "," + Roles.Operator)]
    [WolverineGet("/api/users", OperationId = "listUsers")]
    public static Task<IReadOnlyList<UserSummary>> List(IQuerySession session, HttpContext http, CancellationToken ct) =>
        UserAdministration.ListAsync(session, Districts.RequestDistrict.Of(http).Id, ct);
}

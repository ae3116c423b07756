using System.Security.Claims;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http.Runtime.MultiTenancy;

namespace Hyeopchi.Host.Districts;

/// <summary>
/// The district a request acts in, decided once per request by <see cref="RequestDistrict"/>; with the
/// code of an operator's chosen district that was not honoured (no such district any more), so the page says so.
/// </summary>
public sealed record ActingDistrict(District District, string? IgnoredChoice = null);

/// <summary>
/// Decides which district a request acts in, before anything reads or records, and refuses what the
/// caller may not name. Wolverine's HTTP tenant detection does not check that a caller may use the
/// tenant it detected, so the decision is made here and both Wolverine's endpoints and the sessions
/// of the pages and the command door only read it (<see cref="DistrictTenantDetection"/>):
/// <list type="bullet">
/// <item>a public address names its district in the route (<c>/d/{district}/…</c>,
/// <c>/api/public/districts/{district}/…</c>): anyone may read it; an unknown code is 404;</item>
/// <item><c>X-Hyeopchi-District</c>: an operator acts in the district it names (unknown: 404); any
/// other user may name only their own (403 otherwise, whether or not the other exists);</item>
/// <item>on a page (not <c>/api</c>), the district an operator chose in the web admin (the cookie
/// <c>hyeopchi.district</c>), checked as the header is; an unknown or malformed choice is dropped
/// and the operator acts in their own district, told so; anyone else's such cookie is ignored;</item>
/// <item>otherwise the district of the caller's token or cookie, and <c>default</c> for anonymous callers.</item>
/// </list>
/// </summary>
public static class RequestDistrict
{
    public const string Header = "X-Hyeopchi-District";

    /// <summary>The claim of tokens and cookies naming the user's district (its tenant id, which a rename does not change).</summary>
    public const string Claim = "district";

    /// <summary>The web admin's cookie holding the code of the district an operator chose to act in.</summary>
    public const string Cookie = "hyeopchi.district";

    /// <summary>The route value public addresses name their district with.</summary>
    public const string RouteValue = "district";

    public static District Of(HttpContext http) => http.Features.Get<ActingDistrict>()?.District ?? District.Default;

    /// <summary>A query session of the request's district, for the few reads that stream after the endpoint returned.</summary>
    public static Marten.IQuerySession QuerySessionFor(this Marten.IDocumentStore store, HttpContext http) => store.QuerySession(Of(http).Id);

    /// <summary>The district (tenant id) a user belongs to: <c>default</c> for tokens issued before districts existed.</summary>
    public static string TenantOf(ClaimsPrincipal user) => user.FindFirst(Claim)?.Value ?? District.DefaultTenant;

    public static async Task Middleware(HttpContext context, RequestDelegate next)
    {
        var directory = context.RequestServices.GetRequiredService<DistrictDirectory>();
        var ct = context.RequestAborted;
        District? acting;
        string? ignored = null;
        if (IsPublic(context.Request.Path) && context.GetRouteValue(RouteValue) is string routed)
        {
            acting = District.IsWellFormed(routed) ? await directory.ByCodeAsync(routed, ct) : null;
            if (acting is null)
            {
                await Problems.WriteAsync(context, Problems.NotFound($"district '{routed}'"));
                return;
            }
        }
        else if (context.Request.Headers[Header].ToString() is { Length: > 0 } named)
        {
            if (!District.IsWellFormed(named))
            {
                await Problems.WriteAsync(context, Problems.Invalid(new() { [Header] = [DistrictHandler.MalformedCode] }));
                return;
            }

            var found = await directory.ByCodeAsync(named, ct);
            var user = context.User;
            if (user.IsInRole(Roles.Operator))
            {
                if (found is null)
                {
                    await Problems.WriteAsync(context, Problems.NotFound($"district '{named}'"));
                    return;
                }
            }
            else if (user.Identity?.IsAuthenticated == true && found?.Id != TenantOf(user))
            {
                await Problems.WriteAsync(context, new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "다른 자치구의 기록은 볼 수 없습니다. (You may act only in your own district.)",
                    Detail = $"{Header} names a district other than yours; only an operator may act in other districts.",
                });
                return;
            }

            acting = found ?? await directory.ByTenantAsync(TenantOf(user), ct);
        }
        else
        {
            acting = await directory.ByTenantAsync(TenantOf(context.User), ct);
            if (Admin.AdminPages.IsPage(context) && context.Request.Cookies[Cookie] is { Length: > 0 } chosen && context.User.IsInRole(Roles.Operator))
            {
                if ((District.IsWellFormed(chosen) ? await directory.ByCodeAsync(chosen, ct) : null) is { } found) acting = found;
                else
                {
                    ignored = chosen;
                    Choose(context, null);
                }
            }
        }

        context.Features.Set(new ActingDistrict(acting, ignored));
        await next(context);
    }

    /// <summary>Keeps an operator's choice of district for the web admin's next pages; none forgets it (their own district again).</summary>
    public static void Choose(HttpContext http, string? code)
    {
        var options = new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/", IsEssential = true };
        if (code is null) http.Response.Cookies.Delete(Cookie, options);
        else http.Response.Cookies.Append(Cookie, code, options);
    }

    /// <summary>How a public page links to its district's other public pages: <c>/d/{code}</c> when it was reached that way, else nothing.</summary>
    public static string PublicPrefix(HttpContext http) =>
        http.GetRouteValue(RouteValue) is string ? $"/d/{Of(http).Code}" : "";

    /// <summary>The public addresses, the only ones whose route may name the district they read.</summary>
    private static bool IsPublic(PathString path) => path.StartsWithSegments("/api/public") || path.StartsWithSegments("/d");
}

/// <summary>Hands Wolverine (its endpoints, and the pages' Marten sessions) the district <see cref="RequestDistrict"/> decided.</summary>
public sealed class DistrictTenantDetection : ITenantDetection
{
    public ValueTask<string?> DetectTenant(HttpContext context) => new(RequestDistrict.Of(context).WolverineTenant);
}

/// <summary>
/// Opens every Marten session that dependency injection hands out — the pages', the minimal API
/// routes', and Wolverine's when its message carries no tenant — for the district the request acts
/// in; outside a request (start-up work, the command-line verbs) for <c>default</c>.
/// </summary>
public sealed class DistrictSessionFactory(Marten.IDocumentStore store, IHttpContextAccessor http) : Marten.ISessionFactory
{
    private string Tenant => http.HttpContext is { } context ? RequestDistrict.Of(context).Id : District.DefaultTenant;

    public Marten.IQuerySession QuerySession() => store.QuerySession(Tenant);

    public Marten.IDocumentSession OpenSession() => store.LightweightSession(Tenant);
}

using System.Security.Claims;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Auth;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hyeopchi.Host.Pages;

/// <summary>Cookie sign-in for the same users and roles as the API's tokens.</summary>
public class SignInModel(IQuerySession session, SignInThrottle throttle, Tokens tokens, Districts.DistrictDirectory districts) : PageModel
{
    public string? UserName { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public bool Failed { get; private set; }

    /// <summary>Minutes to wait when sign-ins from here are throttled, as for POST /api/auth/token.</summary>
    public int? WaitMinutes { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = LocalOrHome(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl, CancellationToken ct)
    {
        UserName = userName;
        ReturnUrl = LocalOrHome(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || userName.Length > 64 || string.IsNullOrEmpty(password) || password.Length > 1000)
        {
            Failed = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        // The same throttle, the same work and the same answer as POST /api/auth/token.
        using var attempt = await throttle.BeginAsync(HttpContext.Connection.RemoteIpAddress, userName, ct);
        if (attempt.Wait is { } wait)
        {
            WaitMinutes = (int)Math.Ceiling(wait.TotalMinutes);
            Response.Headers.RetryAfter = attempt.RetryAfterSeconds;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var user = await session.LoadAsync<UserAccount>(userName, ct);
        if (!UserAccount.SignsIn(user, password, user is null ? null : await districts.ByTenantAsync(user.District, ct)))
        {
            attempt.Failed();
            Failed = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var identity = tokens.CookieIdentity(user!, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(ReturnUrl);
    }

    private string LocalOrHome(string? url) => url is not null && Url.IsLocalUrl(url) ? url : "/";
}

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
public class SignInModel(IQuerySession session) : PageModel
{
    public string? UserName { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public bool Failed { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = LocalOrHome(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl, CancellationToken ct)
    {
        UserName = userName;
        ReturnUrl = LocalOrHome(returnUrl);
        var user = string.IsNullOrWhiteSpace(userName) || userName.Length > 64 ? null : await session.LoadAsync<UserAccount>(userName, ct);
        if (user is null || string.IsNullOrEmpty(password) || !user.Verifies(password))
        {
            Failed = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        var claims = new List<Claim> { new(Tokens.NameClaim, user.Id) };
        claims.AddRange(user.Roles.Select(r => new Claim(Tokens.RoleClaim, r)));
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, Tokens.NameClaim, Tokens.RoleClaim);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(ReturnUrl);
    }

    private string LocalOrHome(string? url) => url is not null && Url.IsLocalUrl(url) ? url : "/";
}

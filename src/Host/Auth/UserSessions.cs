using System.Globalization;
using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Hyeopchi.Host.Auth;

/// <summary>
/// Checks on every request that a token's or cookie's user still exists, is not disabled and has
/// the security stamp it was issued with: disabling, deleting, a password reset or a role change
/// ends that user's sessions at once, on every node: the account is read from the store, or from
/// what <see cref="SessionAccounts"/> remembers while it hears every change to accounts.
/// </summary>
public static class UserSessions
{
    public static async Task<bool> IsCurrentAsync(HttpContext context, ClaimsPrincipal? principal)
    {
        var name = principal?.FindFirst(Tokens.NameClaim)?.Value;
        if (string.IsNullOrEmpty(name)) return false;
        var stamp = principal!.FindFirst(Tokens.StampClaim)?.Value ?? "";
        var user = await AccountAsync(context, name);
        return user is { Disabled: false } && string.Equals(user.SecurityStamp, stamp, StringComparison.Ordinal);
    }

    private static async Task<SessionAccounts.Account?> AccountAsync(HttpContext context, string name)
    {
        var accounts = context.RequestServices.GetRequiredService<SessionAccounts>();
        if (accounts.TryRecall(name, out var recalled)) return recalled;
        var generation = accounts.Generation;
        var store = context.RequestServices.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var user = await session.LoadAsync<UserAccount>(name, context.RequestAborted);
        var account = user is null ? null : new SessionAccounts.Account(user.Disabled, user.SecurityStamp);
        accounts.Remember(name, account, generation);
        return account;
    }

    /// <summary>A bearer token of a user whose session has ended fails authentication (401).</summary>
    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        if (!await IsCurrentAsync(context.HttpContext, context.Principal))
        {
            context.Fail(new SessionEndedException());
        }
    }

    /// <summary>A cookie of a user whose session has ended, or older than the token lifetime however it slid, is dropped (the page redirects to sign-in).</summary>
    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var lifetime = context.HttpContext.RequestServices.GetRequiredService<Tokens>().Lifetime;
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var began = context.Principal?.FindFirst(Tokens.SignedInAtClaim)?.Value;
        var tooOld = !long.TryParse(began, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                     || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > lifetime;
        if (tooOld || !await IsCurrentAsync(context.HttpContext, context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}

/// <summary>The user of a valid token was disabled, deleted, or had their password or roles changed since it was issued.</summary>
public sealed class SessionEndedException() : Exception("The session has ended: the user was disabled or deleted, or their password or roles changed.");

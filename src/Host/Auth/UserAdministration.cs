using System.Text;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Auth;

/// <summary>A user as listed: never the password hash or the stamp.</summary>
public sealed record UserSummary(string UserName, IReadOnlyList<string> Roles, bool Disabled, DateTimeOffset CreatedAt);

/// <summary>
/// Disabling, enabling, deleting a user, resetting a password and changing roles: the one place
/// for the API, the users page and the command-line verbs. Each change but deleting renews the
/// user's security stamp, which ends the user's tokens and cookies on their next request.
/// </summary>
public static class UserAdministration
{
    public enum Change { Disable, Enable, Delete }

    /// <summary>The users of one district (its tenant id), or of the whole installation (null: the command-line verbs).</summary>
    public static async Task<IReadOnlyList<UserSummary>> ListAsync(IQuerySession session, string? district, CancellationToken ct) =>
        (await session.Query<UserAccount>().Where(u => district == null || u.District == district).OrderBy(u => u.Id).ToListAsync(ct))
        .Select(u => new UserSummary(u.Id, u.Roles, u.Disabled, u.CreatedAt))
        .ToList();

    /// <summary>
    /// The user named, when they belong to <paramref name="district"/> (null: any district, for the
    /// command-line verbs): a user of another district is as unknown as one who does not exist.
    /// </summary>
    private static async Task<UserAccount?> FindAsync(IDocumentSession session, string userName, string? district, CancellationToken ct) =>
        await session.LoadAsync<UserAccount>(userName.Normalize(NormalizationForm.FormC), ct) is { } user && (district is null || user.District == district)
            ? user
            : null;

    /// <summary>Applies <paramref name="change"/>; null when done, else the problem (404 unknown user, 409 one's own account).</summary>
    public static async Task<ProblemDetails?> ApplyAsync(IDocumentSession session, string? actor, string? district, string userName, Change change, CancellationToken ct)
    {
        var user = await FindAsync(session, userName, district, ct);
        if (user is null) return Problems.NotFound($"user '{userName}'");
        if (change is Change.Disable or Change.Delete && string.Equals(actor, user.Id, StringComparison.Ordinal))
        {
            return Problems.Conflict("You may not disable or delete your own account.", "Ask another admin, so that an installation always keeps one.");
        }

        switch (change)
        {
            case Change.Disable:
                user.Disable();
                session.Store(user);
                break;
            case Change.Enable:
                user.Enable();
                session.Store(user);
                break;
            case Change.Delete:
                session.Delete(user);
                break;
        }

        await session.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<ProblemDetails?> ResetPasswordAsync(IDocumentSession session, string? district, string userName, string password, CancellationToken ct)
    {
        var user = await FindAsync(session, userName, district, ct);
        if (user is null) return Problems.NotFound($"user '{userName}'");
        user.ResetPassword(password);
        session.Store(user);
        await session.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<ProblemDetails?> ChangeRolesAsync(IDocumentSession session, string? actor, string? district, string userName, IReadOnlyList<string> roles, CancellationToken ct)
    {
        var user = await FindAsync(session, userName, district, ct);
        if (user is null) return Problems.NotFound($"user '{userName}'");
        if (string.Equals(actor, user.Id, StringComparison.Ordinal) && !roles.Contains(Roles.Admin))
        {
            return Problems.Conflict("You may not take the admin role from your own account.", "Ask another admin.");
        }

        user.ChangeRoles(roles);
        session.Store(user);
        await session.SaveChangesAsync(ct);
        return null;
    }
}

using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Hyeopchi.Host.Auth;

/// <summary>
/// A person who may sign in. The password is kept only as an ASP.NET Core Identity hash. The
/// security stamp changes with the password, the roles and disabling: every token and cookie
/// carries the stamp it was issued with, and one that no longer matches is refused on its next request.
/// </summary>
public sealed class UserAccount
{
    public string Id { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public List<string> Roles { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public string SecurityStamp { get; set; } = "";
    public bool Disabled { get; set; }

    /// <summary>The tenant id of the user's district; accounts made before districts existed belong to <c>default</c>.</summary>
    public string District { get; set; } = Districts.District.DefaultTenant;

    private static readonly PasswordHasher<UserAccount> Hasher = new();

    /// <summary>A hash no password matches, checked for unknown user names so that they cost the same work as known ones.</summary>
    private static readonly Lazy<string> Decoy = new(() => Hasher.HashPassword(new UserAccount(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    public static UserAccount Create(string userName, string password, IEnumerable<string> roles, string district, DateTimeOffset now)
    {
        var account = new UserAccount { Id = userName, Roles = roles.Distinct().ToList(), District = district, CreatedAt = now, SecurityStamp = NewStamp() };
        account.PasswordHash = Hasher.HashPassword(account, password);
        return account;
    }

    public bool Verifies(string password) =>
        Hasher.VerifyHashedPassword(this, PasswordHash, password) != PasswordVerificationResult.Failed;

    /// <summary>
    /// Checks a password for <paramref name="user"/>, or against a decoy hash when there is no such
    /// user: the same work either way. A disabled user, or one of a disabled district, does not sign in.
    /// </summary>
    public static bool SignsIn(UserAccount? user, string password, Districts.District? district)
    {
        if (user is null)
        {
            Hasher.VerifyHashedPassword(new UserAccount(), Decoy.Value, password);
            return false;
        }

        return user.Verifies(password) && !user.Disabled && district is { Disabled: false };
    }

    public void ResetPassword(string password)
    {
        PasswordHash = Hasher.HashPassword(this, password);
        SecurityStamp = NewStamp();
    }

    public void ChangeRoles(IEnumerable<string> roles)
    {
        Roles = roles.Distinct().ToList();
        SecurityStamp = NewStamp();
    }

    public void Disable()
    {
        Disabled = true;
        SecurityStamp = NewStamp();
    }

    public void Enable()
    {
        Disabled = false;
        SecurityStamp = NewStamp();
    }

    /// <summary>Ends every session of the user (their district was disabled) without changing anything else.</summary>
    public void EndSessions() => SecurityStamp = NewStamp();

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}

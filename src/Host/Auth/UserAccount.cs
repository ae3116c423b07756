using Microsoft.AspNetCore.Identity;

namespace Hyeopchi.Host.Auth;

/// <summary>A person who may sign in. The password is kept only as an ASP.NET Core Identity hash.</summary>
public sealed class UserAccount
{
    public string Id { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public List<string> Roles { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }

    private static readonly PasswordHasher<UserAccount> Hasher = new();

    public static UserAccount Create(string userName, string password, IEnumerable<string> roles, DateTimeOffset now)
    {
        var account = new UserAccount { Id = userName, Roles = roles.Distinct().ToList(), CreatedAt = now };
        account.PasswordHash = Hasher.HashPassword(account, password);
        return account;
    }

    public bool Verifies(string password) =>
        Hasher.VerifyHashedPassword(this, PasswordHash, password) != PasswordVerificationResult.Failed;
}

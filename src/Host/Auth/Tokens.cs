using System.Security.Claims;
using System.Security.Cryptography;
using Hyeopchi.Host.Infrastructure.Database;
using Hyeopchi.Host.Infrastructure.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hyeopchi.Host.Auth;

/// <summary>
/// Signs and describes Hyeopchi's bearer tokens (HMAC-SHA256 JWTs). The key comes from
/// <c>HYEOPCHI_SIGNING_KEY</c> (base64), or is generated once and kept in the data folder.
/// </summary>
public sealed class Tokens
{
    public const string Issuer = "hyeopchi";
    public const string NameClaim = "name";
    public const string RoleClaim = "role";

    /// <summary>The user's security stamp when the token or cookie was issued: a reset, role change or disabling changes it.</summary>
    public const string StampClaim = "stamp";

    /// <summary>When a cookie session began (Unix seconds): it ends <see cref="Lifetime"/> later however often it slides.</summary>
    public const string SignedInAtClaim = "signed_in_at";

    private readonly TimeProvider _clock;

    public Tokens(Microsoft.Extensions.Options.IOptions<Infrastructure.Settings.HyeopchiSettings> settings, HyeopchiDatabase database, TimeProvider clock)
    {
        _clock = clock;
        var configured = settings.Value.SigningKey;
        var key = string.IsNullOrWhiteSpace(configured)
            ? KeyFromDataFolder(database.DataFolder)
            : Convert.FromBase64String(configured);
        if (key.Length < 32) throw new InvalidOperationException("HYEOPCHI_SIGNING_KEY must be at least 32 bytes (base64).");
        SigningKey = new SymmetricSecurityKey(key);
        Lifetime = TimeSpan.FromHours(settings.Value.TokenHours);
    }

    public SymmetricSecurityKey SigningKey { get; }

    public TimeSpan Lifetime { get; }

    public TokenValidationParameters ValidationParameters => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Issuer,
        IssuerSigningKey = SigningKey,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = NameClaim,
        RoleClaimType = RoleClaim,
        ClockSkew = TimeSpan.FromSeconds(30),
    };

    public (string Token, DateTimeOffset ExpiresAt) Issue(UserAccount user)
    {
        var now = _clock.GetUtcNow();
        var expires = now + Lifetime;
        var claims = new List<Claim> { new(NameClaim, user.Id), new(JwtRegisteredClaimNames.Sub, user.Id), new(StampClaim, user.SecurityStamp), new(Districts.RequestDistrict.Claim, user.District) };
        claims.AddRange(user.Roles.Select(r => new Claim(RoleClaim, r)));
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }

    /// <summary>A key for one purpose (such as idempotency fingerprints) derived from the signing key, so every node agrees on it.</summary>
    public byte[] DeriveKey(string purpose) =>
        HMACSHA256.HashData(SigningKey.Key, System.Text.Encoding.UTF8.GetBytes("hyeopchi/" + purpose));

    /// <summary>The claims of a cookie session, the same name, roles, stamp and district as a token's.</summary>
    public ClaimsIdentity CookieIdentity(UserAccount user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(NameClaim, user.Id),
            new(StampClaim, user.SecurityStamp),
            new(Districts.RequestDistrict.Claim, user.District),
            new(SignedInAtClaim, _clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(RoleClaim, r)));
        return new ClaimsIdentity(claims, scheme, NameClaim, RoleClaim);
    }

    private static byte[] KeyFromDataFolder(string dataFolder)
    {
        PrivateFile.CreateFolder(dataFolder);
        var file = Path.Combine(dataFolder, "signing-key");
        return Convert.FromBase64String(PrivateFile.ReadOrCreateSecret(file, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(64))));
    }
}

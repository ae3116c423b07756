using System.ComponentModel.DataAnnotations;

namespace Hyeopchi.Host.Infrastructure.Settings;

/// <summary>
/// Every <c>HYEOPCHI_*</c> setting, in one place: its name, meaning and default (README.md's
/// configuration table is tested against <see cref="Variables"/>), bound from configuration
/// (environment variables, appsettings.json, the command line) and validated when the host starts,
/// so a wrong value stops it before it serves, with a message naming the variable.
/// </summary>
/// <remarks>Microsoft.Extensions.Options with data annotations and <c>ValidateOnStart</c>: the framework's own binding and validation, not a parser of our own.</remarks>
public sealed class HyeopchiSettings
{
    public sealed record Variable(string Name, string Meaning);

    /// <summary>Every variable the host, its verbs and its tests read.</summary>
    public static readonly IReadOnlyList<Variable> Variables =
    [
        new("HYEOPCHI_DATA", "the data folder"),
        new("HYEOPCHI_DB", "an existing PostgreSQL server instead of the embedded one"),
        new("HYEOPCHI_ADMIN_PASSWORD", "the first admin's password"),
        new("HYEOPCHI_SIGNING_KEY", "the bearer tokens' key"),
        new("HYEOPCHI_TOKEN_HOURS", "token and cookie lifetime"),
        new("HYEOPCHI_TRUSTED_PROXIES", "reverse proxies whose forwarded headers are believed"),
        new("HYEOPCHI_IDEMPOTENCY_HOURS", "how long an Idempotency-Key is remembered"),
        new("HYEOPCHI_GATE_MIN_MEMBERS", "R2 threshold"),
        new("HYEOPCHI_GATE_MIN_MEETINGS", "R3 threshold"),
        new("HYEOPCHI_TIMEZONE", "the zone of today"),
        new("HYEOPCHI_TODAY", "a fixed today"),
        new("HYEOPCHI_PG_BIN", "the PostgreSQL binaries"),
        new("HYEOPCHI_SAMPLE", "a sample to load"),
        new("HYEOPCHI_TEST_DB", "tests only: an existing server"),
    ];

    [ConfigurationKeyName("HYEOPCHI_TOKEN_HOURS"), Range(1, 24 * 30, ErrorMessage = "HYEOPCHI_TOKEN_HOURS must be from 1 to 720 hours.")]
    public int TokenHours { get; set; } = 8;

    [ConfigurationKeyName("HYEOPCHI_IDEMPOTENCY_HOURS"), Range(1, 24 * 365, ErrorMessage = "HYEOPCHI_IDEMPOTENCY_HOURS must be from 1 to 8760 hours.")]
    public int IdempotencyHours { get; set; } = 24;

    [ConfigurationKeyName("HYEOPCHI_GATE_MIN_MEMBERS"), Range(0, 1000, ErrorMessage = "HYEOPCHI_GATE_MIN_MEMBERS must be a whole number from 0 to 1000.")]
    public int GateMinMembers { get; set; } = Domain.Divisions.GateThresholds.Plan.MinimumMemberOrganisations;

    [ConfigurationKeyName("HYEOPCHI_GATE_MIN_MEETINGS"), Range(0, 1000, ErrorMessage = "HYEOPCHI_GATE_MIN_MEETINGS must be a whole number from 0 to 1000.")]
    public int GateMinMeetings { get; set; } = Domain.Divisions.GateThresholds.Plan.MinimumRegularMeetingsWithAdministration;

    [ConfigurationKeyName("HYEOPCHI_TIMEZONE"), Required(ErrorMessage = "HYEOPCHI_TIMEZONE must name a time zone.")]
    public string TimeZone { get; set; } = "Asia/Seoul";

    [ConfigurationKeyName("HYEOPCHI_TODAY")]
    public string? Today { get; set; }

    [ConfigurationKeyName("HYEOPCHI_ADMIN_PASSWORD")]
    public string? AdminPassword { get; set; }

    [ConfigurationKeyName("HYEOPCHI_SIGNING_KEY")]
    public string? SigningKey { get; set; }

    public static void Add(IServiceCollection services) =>
        services.AddOptions<HyeopchiSettings>()
            .BindConfiguration("")
            .ValidateDataAnnotations()
            .Validate(s => TimeZoneInfo.TryFindSystemTimeZoneById(s.TimeZone, out _), "HYEOPCHI_TIMEZONE names no time zone this machine knows (e.g. Asia/Seoul).")
            .Validate(s => string.IsNullOrWhiteSpace(s.Today) || IsDate(s.Today), "HYEOPCHI_TODAY must be a date written yyyy-MM-dd (for example 2026-03-16), or unset to let the clock decide.")
            .Validate(s => string.IsNullOrEmpty(s.SigningKey) || IsKey(s.SigningKey), "HYEOPCHI_SIGNING_KEY must be base64 of at least 32 bytes.")
            .Validate(s => string.IsNullOrEmpty(s.AdminPassword) || s.AdminPassword.Length >= 12, "HYEOPCHI_ADMIN_PASSWORD must have at least 12 characters.")
            .ValidateOnStart();

    private static bool IsDate(string? text)
    {
        try
        {
            Clock.BusinessCalendar.FixedToday(text);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsKey(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text.Trim(), buffer, out var length) && length >= 32;
    }
}

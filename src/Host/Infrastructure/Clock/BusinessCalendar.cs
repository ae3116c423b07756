namespace Hyeopchi.Host.Infrastructure.Clock;

/// <summary>
/// "Today" in the network's own time zone (Asia/Seoul unless <c>HYEOPCHI_TIMEZONE</c> says otherwise):
/// the default business date of a command that gives no <c>on</c>.
/// </summary>
public sealed class BusinessCalendar(TimeProvider clock, IConfiguration configuration)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(
        configuration["HYEOPCHI_TIMEZONE"] is { Length: > 0 } zone ? zone : "Asia/Seoul");

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _zone).DateTime);

    public DateOnly DateOf(DateOnly? on) => on ?? Today;
}

using System.Globalization;

namespace Hyeopchi.Host.Infrastructure.Clock;

/// <summary>
/// "Today" in the network's own time zone (Asia/Seoul unless <c>HYEOPCHI_TIMEZONE</c> says otherwise),
/// or the day <c>HYEOPCHI_TODAY</c> fixes (<c>yyyy-MM-dd</c>, for training installations and tests):
/// the default business date of a command that gives no <c>on</c>, and the latest one a command may carry.
/// Plans (expo dates, submission windows, milestone due dates, a carry-over's year) are not business
/// dates and never pass through here.
/// </summary>
public sealed class BusinessCalendar
{
    public const string TodayVariable = "HYEOPCHI_TODAY";
    public const string ZoneVariable = "HYEOPCHI_TIMEZONE";

    private readonly TimeProvider _clock;
    private readonly TimeZoneInfo _zone;
    private readonly DateOnly? _fixedToday;

    public BusinessCalendar(TimeProvider clock, IConfiguration configuration)
    {
        _clock = clock;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(configuration[ZoneVariable] is { Length: > 0 } zone ? zone : "Asia/Seoul");
        _fixedToday = FixedToday(configuration[TodayVariable]);
    }

    /// <summary>Whether <c>HYEOPCHI_TODAY</c> fixes today (rather than the clock).</summary>
    public bool IsFixed => _fixedToday is not null;

    public DateOnly Today => _fixedToday ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), _zone).DateTime);

    /// <summary>
    /// A command's business date: its <c>on</c>, or today without one. An <c>on</c> after today is
    /// refused (400 on the field <c>on</c>): things that happened cannot have happened tomorrow.
    /// </summary>
    public DateOnly DateOf(DateOnly? on)
    {
        var today = Today;
        if (on is { } date && date > today) throw new FutureBusinessDateException(date, today);
        return on ?? today;
    }

    /// <summary>The value of <c>HYEOPCHI_TODAY</c>, or null when it is not set; a malformed value stops the host with this message.</summary>
    public static DateOnly? FixedToday(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today)) return today;
        throw new InvalidOperationException(
            $"{TodayVariable} must be a date written yyyy-MM-dd (for example 2026-03-16), or unset to let the clock decide; it is '{value}'.");
    }
}

/// <summary>
/// A command's <c>on</c> lies after today. The API answers 400 with <c>errors.on</c>
/// (<see cref="Http.ProblemExceptionHandler"/>); the web admin's forms show the message next to the date field.
/// </summary>
public sealed class FutureBusinessDateException(DateOnly on, DateOnly today)
    : Exception($"The business date {on:yyyy-MM-dd} lies after today ({today:yyyy-MM-dd}).")
{
    public const string Field = "on";

    public DateOnly On { get; } = on;

    public DateOnly Today { get; } = today;

    public string Korean =>
        $"업무 날짜는 오늘({Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}) 이후일 수 없습니다. 이미 있었던 일의 날짜를 입력하세요. (the business date may not be later than today)";

    public Dictionary<string, string[]> Errors => new() { [Field] = [Korean] };
}

/// <summary>Registers the calendar and checks <c>HYEOPCHI_TODAY</c> when the host starts, so a malformed value stops it before it serves.</summary>
public static class BusinessCalendarRegistration
{
    public static IServiceCollection AddBusinessCalendar(this IServiceCollection services)
    {
        services.AddSingleton<BusinessCalendar>();
        services.AddHostedService<TodayCheck>();
        return services;
    }

    private sealed class TodayCheck(BusinessCalendar calendar, ILogger<BusinessCalendar> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (calendar.IsFixed)
                logger.LogWarning("{Variable} fixes today at {Today:yyyy-MM-dd}: commands default to it and may not be dated later", BusinessCalendar.TodayVariable, calendar.Today);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;

namespace Hyeopchi.Host.Auth;

/// <summary>
/// Slows password guessing at both doors (<c>POST /api/auth/token</c> and the <c>/signin</c> page),
/// with .NET's rate limiters (System.Threading.RateLimiting, what ASP.NET Core's rate-limiting
/// middleware is built on), partitioned so that memory stays bounded: a partition is dropped once
/// it has been idle, and the per-address limit caps how many new partitions one address can open.
/// <list type="bullet">
/// <item>per client address: <see cref="AttemptsPerAddress"/> attempts a minute (sliding window), whatever the names;</item>
/// <item>per user name at an address: attempts are serialised (a concurrency limiter of one), so the
/// check and the count are one step and parallel guesses cannot slip past; after
/// <see cref="MaxFailures"/> failed sign-ins within <see cref="Window"/> that name is refused from that
/// address until the window ends, whatever the password. The same name from another address is not affected.</item>
/// </list>
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public const int MaxFailures = 5;
    public const int AttemptsPerAddress = 30;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly PartitionedRateLimiter<string> _perAddress = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = AttemptsPerAddress,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));

    private readonly PartitionedRateLimiter<string> _oneAtATime = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetConcurrencyLimiter(key, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = 1,
            QueueLimit = 10,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));

    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = MaxFailures,
            Window = Window,
            QueueLimit = 0,
        }));

    /// <summary>Starts a sign-in attempt: either a refusal with how long to wait, or an attempt to report the outcome to.</summary>
    public async Task<SignInAttempt> BeginAsync(IPAddress? address, string userName, CancellationToken ct)
    {
        var from = address?.ToString() ?? "unknown";
        using (var lease = _perAddress.AttemptAcquire(from))
        {
            if (!lease.IsAcquired) return SignInAttempt.Refused(RetryAfter(lease, TimeSpan.FromMinutes(1)));
        }

        var key = $"{userName.ToUpperInvariant()}\n{from}";
        var turn = await _oneAtATime.AcquireAsync(key, 1, ct);
        if (!turn.IsAcquired)
        {
            turn.Dispose();
            return SignInAttempt.Refused(TimeSpan.FromSeconds(5));
        }

        using var probe = _failures.AttemptAcquire(key, 0);
        if (!probe.IsAcquired)
        {
            turn.Dispose();
            return SignInAttempt.Refused(RetryAfter(probe, Window));
        }

        return new SignInAttempt(this, key, turn);
    }

    private void Failed(string key) => _failures.AttemptAcquire(key).Dispose();

    private static TimeSpan RetryAfter(RateLimitLease lease, TimeSpan fallback) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : fallback;

    public void Dispose()
    {
        _perAddress.Dispose();
        _oneAtATime.Dispose();
        _failures.Dispose();
    }

    /// <summary>One attempt: refused (wait <see cref="Wait"/>), or let through; a failed password is reported with <see cref="Failed"/>.</summary>
    public sealed class SignInAttempt : IDisposable
    {
        private readonly SignInThrottle? _throttle;
        private readonly string _key = "";
        private readonly RateLimitLease? _turn;

        internal SignInAttempt(SignInThrottle throttle, string key, RateLimitLease turn)
        {
            _throttle = throttle;
            _key = key;
            _turn = turn;
        }

        private SignInAttempt(TimeSpan wait) => Wait = wait;

        internal static SignInAttempt Refused(TimeSpan wait) => new(wait);

        /// <summary>How long to wait before trying again, or null when the attempt may go on.</summary>
        public TimeSpan? Wait { get; }

        public string RetryAfterSeconds => ((int)Math.Ceiling(Math.Max(1, Wait?.TotalSeconds ?? 1))).ToString(CultureInfo.InvariantCulture);

        public void Failed() => _throttle?.Failed(_key);

        public void Dispose() => _turn?.Dispose();
    }
}

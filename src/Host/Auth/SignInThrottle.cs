using System.Collections.Concurrent;

namespace Hyeopchi.Host.Auth;

/// <summary>
/// Slows password guessing: after <see cref="MaxFailures"/> failed sign-ins for one user name
/// within <see cref="Window"/>, further attempts for that name are refused until the window ends,
/// whatever the password. A success clears the count.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.OrdinalIgnoreCase);

    private sealed record Failures(int Count, DateTimeOffset Since);

    /// <summary>How long this user name must wait, or null when it may try.</summary>
    public TimeSpan? WaitFor(string userName)
    {
        if (!_failures.TryGetValue(userName, out var failures)) return null;
        var until = failures.Since + Window;
        var now = clock.GetUtcNow();
        if (now >= until)
        {
            _failures.TryRemove(userName, out _);
            return null;
        }

        return failures.Count >= MaxFailures ? until - now : null;
    }

    public void Failed(string userName) =>
        _failures.AddOrUpdate(userName, _ => new Failures(1, clock.GetUtcNow()), (_, f) => f with { Count = f.Count + 1 });

    public void Succeeded(string userName) => _failures.TryRemove(userName, out _);
}

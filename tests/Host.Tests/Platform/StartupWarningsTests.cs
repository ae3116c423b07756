using System.Collections.Concurrent;
using Hyeopchi.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>
/// A start that goes as expected writes no warning, so that a warning in the log always means
/// something (no "Wolverine found no handlers", no notice about reserved flags).
/// </summary>
public class StartupWarningsTests : IAsyncLifetime
{
    private readonly WarningServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_normal_start_and_first_requests_log_no_warning()
    {
        using var client = _server.Client();
        (await client.GetAsync("health")).EnsureSuccessStatusCode();
        (await client.GetAsync("public")).EnsureSuccessStatusCode();

        Assert.True(_server.Warnings.IsEmpty, string.Join("\n", _server.Warnings));
    }

    private sealed class WarningServer : HyeopchiServer
    {
        public ConcurrentQueue<string> Warnings { get; } = new();

        // On the clock, as an installation runs: a fixed "today" is worth its warning.
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["HYEOPCHI_TODAY"] = null };

        protected override void Configure(WebApplicationBuilder builder) =>
            builder.Logging.AddProvider(new WarningLog(Warnings));
    }

    private sealed class WarningLog(ConcurrentQueue<string> warnings) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => new Category(warnings, categoryName);

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }

        private sealed class Category(ConcurrentQueue<string> warnings, string name) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            // LogLevel.None is "write nothing": Wolverine passes it for the agent commands nodes send each other.
            public bool IsEnabled(LogLevel logLevel) => logLevel is >= LogLevel.Warning and < LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) warnings.Enqueue($"{logLevel} {name}: {formatter(state, exception)}");
            }
        }
    }
}

using System.Net.Http.Headers;
using Hyeopchi.Host.Auth;
using Marten;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hyeopchi.Host.Samples;

/// <summary>
/// With <c>--sample FOLDER</c> (or <c>HYEOPCHI_SAMPLE</c>), once the host listens, plays the
/// folder's scenarios through its own public API as the bootstrap admin, logging progress. Every
/// step has an Idempotency-Key, so starting again with the same sample records nothing twice.
/// </summary>
public sealed class SampleLoading(
    IConfiguration configuration,
    IHostApplicationLifetime lifetime,
    IServer server,
    IDocumentStore store,
    Tokens tokens,
    ILogger<SampleLoading> logger) : BackgroundService
{
    /// <summary>A folder of scenarios, or the name of one shipped with the host (<c>seongbuk</c>).</summary>
    public static string? FolderFrom(IConfiguration configuration)
    {
        var sample = configuration["sample"] is { Length: > 0 } given ? given : configuration["HYEOPCHI_SAMPLE"];
        if (string.IsNullOrWhiteSpace(sample)) return null;
        var shipped = Path.Combine(AppContext.BaseDirectory, "samples", sample);
        return Directory.Exists(sample) || !Directory.Exists(shipped) ? sample : shipped;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = FolderFrom(configuration);
        if (folder is null) return;
        if (!Directory.Exists(folder))
        {
            logger.LogError("The sample folder {Folder} does not exist", Path.GetFullPath(folder));
            return;
        }

        await WhenStarted(stoppingToken);
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
                      ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            logger.LogError("The host listens on no address, so the sample cannot be loaded through the API");
            return;
        }

        var scenarios = Scenario.ReadFolder(folder);
        using var client = new HttpClient { BaseAddress = new Uri(address.Replace("0.0.0.0", "127.0.0.1").Replace("[::]", "127.0.0.1")) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AdminToken(stoppingToken));
        var progress = new InlineProgress(p =>
        {
            if (p.Done == p.Total || p.Done % 25 == 0)
                logger.LogInformation("Sample {Scenario}: {Done}/{Total} steps", p.Scenario, p.Done, p.Total);
        });

        try
        {
            await new ScenarioLoader(client).LoadAsync(scenarios, progress, stoppingToken);
            logger.LogInformation("Sample loaded from {Folder}: {Count} scenario(s)", folder, scenarios.Count);
        }
        catch (ScenarioStepFailedException e)
        {
            logger.LogError("The sample stopped at a step the API refused: {Message}", e.Message);
        }
    }

    private Task WhenStarted(CancellationToken ct)
    {
        var started = new TaskCompletionSource();
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        ct.Register(() => started.TrySetCanceled());
        return started.Task;
    }

    private async Task<string> AdminToken(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var admin = await session.LoadAsync<UserAccount>(BootstrapAdmin.UserName, ct)
                    ?? throw new InvalidOperationException("The bootstrap admin is missing.");
        return tokens.Issue(admin).Token;
    }
}

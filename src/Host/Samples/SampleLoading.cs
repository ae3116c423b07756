using System.Net.Http.Headers;
using Hyeopchi.Host.Auth;
using Marten;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hyeopchi.Host.Samples;

/// <summary>
/// With <c>--sample FOLDER</c> (or <c>HYEOPCHI_SAMPLE</c>), once the host listens, plays the
/// folder's scenarios through its own public API as the bootstrap admin, logging progress and
/// keeping it in <see cref="SampleProgress"/> for the dashboard. Every
/// step has an Idempotency-Key, so starting again with the same sample records nothing twice.
/// </summary>
public sealed class SampleLoading(
    IConfiguration configuration,
    IHostApplicationLifetime lifetime,
    IServer server,
    IDocumentStore store,
    Tokens tokens,
    SampleProgress state,
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
            state.Stopped($"{Path.GetFullPath(folder)} 폴더가 없습니다.");
            return;
        }

        var scenarios = Scenario.ReadFolder(folder);
        state.Started(scenarios.Sum(s => s.Steps.Count));

        await WhenStarted(stoppingToken);
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
                      ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            logger.LogError("The host listens on no address, so the sample cannot be loaded through the API");
            state.Stopped("호스트가 주소 없이 실행되어 API로 불러올 수 없습니다.");
            return;
        }

        using var client = new HttpClient { BaseAddress = new Uri(address.Replace("0.0.0.0", "127.0.0.1").Replace("[::]", "127.0.0.1")) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AdminToken(stoppingToken));
        var progress = new InlineProgress(p =>
        {
            state.Stepped(p);
            if (p.Done == p.Total || p.Done % 25 == 0)
                logger.LogInformation("Sample {Scenario}: {Done}/{Total} steps", p.Scenario, p.Done, p.Total);
        });

        try
        {
            await new ScenarioLoader(client).LoadAsync(scenarios, progress, stoppingToken);
            state.Ended();
            logger.LogInformation("Sample loaded from {Folder}: {Count} scenario(s)", folder, scenarios.Count);
        }
        catch (ScenarioStepFailedException e)
        {
            state.Stopped(e.Message);
            logger.LogError("The sample stopped at a step the API refused: {Message}", e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            state.Stopped(e.Message);
            throw;
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

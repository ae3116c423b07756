using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Polly;
using Polly.Retry;

namespace Hyeopchi.Host.Samples;

public sealed record LoadProgress(string Scenario, int Done, int Total, string Step);

/// <summary>
/// Plays scenarios through the public HTTP API, as an outside client would. Each call carries its
/// step's Idempotency-Key, so a failed call is retried safely (here, and by re-running the loader).
/// Nobody else retries outbound HTTP, so this client does.
/// </summary>
public sealed partial class ScenarioLoader(HttpClient client)
{
    private readonly Dictionary<string, string> _ids = new();

    private static readonly ResiliencePipeline<HttpResponseMessage> Retry = new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>()
                .HandleResult(r => r.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout),
            MaxRetryAttempts = 6,
            Delay = TimeSpan.FromMilliseconds(500),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        })
        .Build();

    /// <summary>The ids the scenario's steps answered, by their <c>as</c> names.</summary>
    public IReadOnlyDictionary<string, string> Ids => _ids;

    public async Task LoadAsync(IReadOnlyList<Scenario> scenarios, IProgress<LoadProgress>? progress = null, CancellationToken ct = default)
    {
        foreach (var scenario in scenarios)
        {
            for (var i = 0; i < scenario.Steps.Count; i++)
            {
                var step = scenario.Steps[i];
                await SendAsync(scenario, step, ct);
                progress?.Report(new LoadProgress(scenario.Name, i + 1, scenario.Steps.Count, step.Key));
            }
        }
    }

    private async Task SendAsync(Scenario scenario, ScenarioStep step, CancellationToken ct)
    {
        var path = Resolve(step.Path);
        var body = Resolve(step.Body.ToJsonString());
        using var response = await Retry.ExecuteAsync(async token =>
        {
            var request = new HttpRequestMessage(new HttpMethod(step.Method), path)
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", $"{scenario.Name}/{step.Key}");
            return await client.SendAsync(request, token);
        }, ct);

        if (step.Expect is { } expected)
        {
            // A refusal the scenario shows on purpose: nothing was recorded, so a re-run sends it again and is refused again.
            if ((int)response.StatusCode == expected) return;
            throw new ScenarioStepFailedException(
                $"{scenario.Name}/{step.Key}: {step.Method} {path} was expected to answer {expected} but answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }

        if (response.StatusCode == HttpStatusCode.Conflict && await RecordedOnceAsync(response, ct) is { } recorded)
        {
            // The host died after recording the command and before keeping its answer: it is
            // recorded exactly once, and the stream it started is named in the answer.
            if (step.As is not null)
            {
                _ids[step.As] = recorded is [var only]
                    ? only
                    : throw new ScenarioStepFailedException($"{scenario.Name}/{step.Key} was recorded, but its answer was lost and names no single id for '{step.As}'.");
            }

            return;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new ScenarioStepFailedException(
                $"{scenario.Name}/{step.Key}: {step.Method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }

        if (step.As is not null)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            var answer = string.IsNullOrWhiteSpace(text)
                ? throw new ScenarioStepFailedException($"{scenario.Name}/{step.Key}: {step.Method} {path} answered {(int)response.StatusCode} with an empty body; a re-run with the same key reads the kept answer.")
                : JsonNode.Parse(text) as JsonObject;
            var field = step.Field ?? "id";
            _ids[step.As] = answer?[field]?.GetValue<string>()
                            ?? throw new ScenarioStepFailedException($"{scenario.Name}/{step.Key} answered no {field} to name '{step.As}'.");
        }
    }

    /// <summary>The streams a command started, when a 409 says it was recorded once but its answer was not kept.</summary>
    private static async Task<IReadOnlyList<string>?> RecordedOnceAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        if (problem?["recordedOnce"]?.GetValue<bool>() != true) return null;
        return problem["started"]?.AsArray().Select(x => x!.GetValue<string>()).ToList() ?? [];
    }

    private string Resolve(string text) => Reference().Replace(text, match =>
        _ids.TryGetValue(match.Groups[1].Value, out var id)
            ? id
            : throw new ScenarioStepFailedException($"'{match.Value}' names no id answered by an earlier step."));

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_.-]*)\}")]
    private static partial Regex Reference();
}

public sealed class ScenarioStepFailedException(string message) : Exception(message);

/// <summary>Reports progress on the loader's own flow, in order (unlike <see cref="Progress{T}"/>, which posts).</summary>
public sealed class InlineProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
{
    public void Report(LoadProgress value) => report(value);
}

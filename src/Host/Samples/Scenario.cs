using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hyeopchi.Host.Samples;

/// <summary>
/// One call of the public API in a scenario. <see cref="Key"/> names the step: it becomes the
/// call's Idempotency-Key, so loading a scenario twice records everything once. <see cref="As"/>
/// names the id the call answers, so that later steps can refer to it as <c>{name}</c>; <see cref="Field"/>
/// says which field of the answer that is, when not <c>id</c> (a milestone answers <c>milestoneId</c>).
/// <see cref="Expect"/> names the status of a step the host is meant to refuse (a gate that is not open,
/// an exhibit after the window): the scenario shows the refusal, records nothing, and goes on; any other
/// answer stops it, a success included.
/// </summary>
public sealed record ScenarioStep(string Key, string Path, JsonObject Body, string? As = null, string Method = "POST", string? Field = null, int? Expect = null);

/// <summary>A named sequence of API calls, such as a year of the Seongbuk network's work.</summary>
public sealed record Scenario(string Name, string Description, IReadOnlyList<ScenarioStep> Steps)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Scenario Read(string file) =>
        JsonSerializer.Deserialize<Scenario>(File.ReadAllText(file), Json)
        ?? throw new InvalidDataException($"{file} holds no scenario.");

    /// <summary>The scenarios of a folder, in the order of their file names (2024-…, 2025-…).</summary>
    public static IReadOnlyList<Scenario> ReadFolder(string folder) =>
        Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Read).ToList();
}

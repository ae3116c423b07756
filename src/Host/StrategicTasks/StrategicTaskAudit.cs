using System.Globalization;
using System.Text.Json;
using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Projections.StrategicTasks;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.StrategicTasks;

public sealed record HistoryEntry(long Version, string Type, string Label, DateTimeOffset At, DateOnly? On, string? Actor,
    string? CorrelationId, string? CausationId, object Data);

public sealed record FieldChange(string Field, JsonElement Before, JsonElement After, IReadOnlyList<string> ChangedBy, IReadOnlyList<long> Versions);

public sealed record DiffEvent(long Version, string Type, DateTimeOffset At, string? Actor);

public sealed record TaskDiff(string Id, long From, long To, IReadOnlyList<FieldChange> Changes, IReadOnlyList<string> Actors, IReadOnlyList<DiffEvent> Events);

/// <summary>A task's origin; <c>findingWorkshopId</c> is the division workshop whose finding an integrated proposal answered.</summary>
public sealed record LineageOrigin(string WorkshopId, string? FindingId, string? ProposalId, string? FindingWorkshopId = null);

public sealed record ChainLink(string Id, int? Year, string? Title);

public sealed record TaskLineage(
    string Id,
    LineageOrigin? Origin,
    IReadOnlyList<string> Predecessors,
    IReadOnlyList<string> Successors,
    IReadOnlyList<LineageEvaluation> Evaluations,
    IReadOnlyList<ChainLink> Chain);

/// <summary>
/// 감사: the auditor's replay of a strategic task — every event with who, when and why; the task
/// as it stood at any version, instant or business date, rebuilt from its events; what changed between two
/// versions and who changed it; its lineage across years. Read-only: no route edits or deletes an
/// event (R10). Admins, coordinators and auditors may read it; monitors may not.
/// </summary>
public static class StrategicTaskAudit
{
    public const string Readers = Roles.Admin + "," + Roles.Coordinator + "," + Roles.Auditor;
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;
    private const int MaxChain = 100;

    /// <summary>
    /// Every event of the task, oldest first, a page at a time: <c>from</c> (first version, default 1)
    /// and <c>limit</c> (default 100, at most 1000). When more follow, the answer carries
    /// <c>Link: &lt;…?from=next&amp;limit=…&gt;; rel="next"</c> and <c>X-Next-From</c>; <c>X-Stream-Version</c> is the last version.
    /// </summary>
    [Authorize(Roles = Readers)]
    [ProducesResponseType<IReadOnlyList<HistoryEntry>>(StatusCodes.Status200OK)]
    [WolverineGet("/api/audit/strategic-tasks/{id}/history", OperationId = "getStrategicTaskHistory")]
    [EndpointSummary("A task's history, oldest first, paged by version (from, limit ≤ 1000; Link rel=next when more follow).")]
    public static async Task<IResult> History(Guid id, string? from, string? limit, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var checks = new Checks();
        var first = ParseLong(checks, "from", from, 1, 1, long.MaxValue / 2);
        var size = (int)ParseLong(checks, "limit", limit, DefaultPageSize, 1, MaxPageSize);
        if (checks.Result() is var invalid && !ReferenceEquals(invalid, WolverineContinue.NoProblems)) return Results.Problem(invalid);

        var state = await session.Events.FetchStreamStateAsync(id, ct);
        if (state is null) return NotFound(id);

        var events = await TaskTimeTravel.HistoryPageAsync(session, id, first, size, ct);
        response.Headers["X-Stream-Version"] = state.Version.ToString(CultureInfo.InvariantCulture);
        var next = first + size;
        if (next <= state.Version)
        {
            response.Headers["X-Next-From"] = next.ToString(CultureInfo.InvariantCulture);
            response.Headers.Link = $"</api/audit/strategic-tasks/{id}/history?from={next}&limit={size}>; rel=\"next\"";
        }

        return Results.Ok(events.Select(Entry).ToList());
    }

    /// <summary>The task as it stood at version <paramref name="version"/>; null beyond its stream or for an unknown task (the pages' read and the API's).</summary>
    public static async Task<TaskDetail?> AsOfVersionAsync(IQuerySession session, Guid id, long version, CancellationToken ct) =>
        await TaskTimeTravel.AsOfVersionAsync(session, id, version, ct) is { } task ? TaskDetail.Of(task) : null;

    /// <summary>The task as it stood on a business date; null before it began or for an unknown task.</summary>
    public static async Task<TaskDetail?> AsOfDayAsync(IQuerySession session, Guid id, DateOnly day, CancellationToken ct) =>
        await TaskTimeTravel.AsOfBusinessDateAsync(session, id, day, ct) is { } task ? TaskDetail.Of(task) : null;

    /// <summary>
    /// The task as it stood at <c>version=N</c> (after its first N events), at <c>at=instant</c> (ISO 8601: what
    /// had been recorded by then) or on <c>on=yyyy-MM-dd</c> (the business date: its events dated on or before
    /// that day), rebuilt from its events. Exactly one of the three; 400 otherwise. 404 for an unknown task, a
    /// version beyond the stream, or an instant or a date before the task existed.
    /// </summary>
    [Authorize(Roles = Readers)]
    [ProducesResponseType<TaskDetail>(StatusCodes.Status200OK)]
    [WolverineGet("/api/audit/strategic-tasks/{id}/as-of", OperationId = "getStrategicTaskAsOf")]
    [EndpointSummary("The task as it stood at ?version=N, ?at=instant (recorded by then) or ?on=yyyy-MM-dd (business date), rebuilt from its events; 404 beyond the stream or before it existed.")]
    public static async Task<IResult> AsOf(Guid id, string? version, string? at, string? on, IQuerySession session, CancellationToken ct)
    {
        var given = new[] { version, at, on }.Count(v => !string.IsNullOrWhiteSpace(v));
        var checks = new Checks().That(given == 1, "version",
            "version, at, on 중 하나만 입력하세요. (give exactly one of version, at and on)");
        long? n = null;
        DateTimeOffset? instant = null;
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(version)) n = ParseLong(checks, "version", version, 0, 1, long.MaxValue);
        if (!string.IsNullOrWhiteSpace(at))
        {
            if (DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)) instant = parsed;
            else checks.That(false, "at", "ISO 8601 시각을 입력하세요. (an ISO 8601 instant, e.g. 2028-03-01T09:00:00Z)");
        }

        if (!string.IsNullOrWhiteSpace(on))
        {
            if (DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) day = parsed;
            else checks.That(false, "on", "날짜를 yyyy-MM-dd로 입력하세요. (a date, e.g. 2028-06-04)");
        }

        if (checks.Result() is var invalid && !ReferenceEquals(invalid, WolverineContinue.NoProblems)) return Results.Problem(invalid);

        var task = n is { } v ? await AsOfVersionAsync(session, id, v, ct)
            : day is { } d ? await AsOfDayAsync(session, id, d, ct)
            : await TaskTimeTravel.AsOfInstantAsync(session, id, instant!.Value, ct) is { } atInstant ? TaskDetail.Of(atInstant) : null;
        if (task is not null) return Results.Ok(task);

        var state = await session.Events.FetchStreamStateAsync(id, ct);
        if (state is null) return NotFound(id);
        return Results.Problem(Problems.NotFound(n is { } beyond
            ? $"The task has {state.Version} events; version {beyond} is beyond its stream."
            : day is { } before
                ? $"The task had not begun on {before:yyyy-MM-dd}; its first business date is later."
                : $"The task did not exist yet at {instant:O}; its stream starts later."));
    }

    /// <summary>
    /// What changed between version <c>from</c> and version <c>to</c> (from &lt; to): each field with its value
    /// before and after, and who changed it (the actors of the events in between). 404 beyond the stream.
    /// </summary>
    [Authorize(Roles = Readers)]
    [ProducesResponseType<TaskDiff>(StatusCodes.Status200OK)]
    [WolverineGet("/api/audit/strategic-tasks/{id}/diff", OperationId = "getStrategicTaskDiff")]
    [EndpointSummary("The fields that changed between two versions (?from=&to=) and who changed them; 404 for a version beyond the stream.")]
    public static async Task<IResult> Diff(Guid id, string? from, string? to, IQuerySession session, CancellationToken ct)
    {
        var checks = new Checks();
        var a = ParseLong(checks, "from", from, 0, 1, long.MaxValue);
        var b = ParseLong(checks, "to", to, 0, 1, long.MaxValue);
        checks.That(a == 0 || b == 0 || a < b, "to", "to는 from보다 커야 합니다. (to must be greater than from)");
        if (string.IsNullOrWhiteSpace(from)) checks.That(false, "from", "값을 입력하세요. (required)");
        if (string.IsNullOrWhiteSpace(to)) checks.That(false, "to", "값을 입력하세요. (required)");
        if (checks.Result() is var invalid && !ReferenceEquals(invalid, WolverineContinue.NoProblems)) return Results.Problem(invalid);

        if (await DiffAsync(session, id, a, b, ct) is { } diff) return Results.Ok(diff);
        var state = await session.Events.FetchStreamStateAsync(id, ct);
        return state is null ? NotFound(id) : Results.Problem(Problems.NotFound($"The task has {state.Version} events; version {b} is beyond its stream."));
    }

    /// <summary>What changed between versions <paramref name="a"/> and <paramref name="b"/> (a &lt; b); null for an unknown task or a version beyond its stream.</summary>
    public static async Task<TaskDiff?> DiffAsync(IQuerySession session, Guid id, long a, long b, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, version: b, token: ct);
        if (events.Count == 0 || events[^1].Version < b) return null;

        StrategicTask? state = null;
        foreach (var e in events.Where(e => e.Version <= a)) state = StrategicTask.Evolve(state, e.Data);
        var before = Fields(state);
        var current = before;
        var changedBy = new Dictionary<string, (SortedSet<string> Actors, List<long> Versions)>();
        var between = events.Where(e => e.Version > a).ToList();
        foreach (var e in between)
        {
            state = StrategicTask.Evolve(state, e.Data);
            var next = Fields(state);
            foreach (var (field, value) in next)
            {
                if (field == "version" || JsonEquals(current.GetValueOrDefault(field), value)) continue;
                if (!changedBy.TryGetValue(field, out var by)) changedBy[field] = by = (new SortedSet<string>(StringComparer.Ordinal), []);
                by.Actors.Add(e.UserName ?? "(unknown)");
                by.Versions.Add(e.Version);
            }

            current = next;
        }

        var changes = current
            .Where(f => f.Key != "version" && !JsonEquals(before.GetValueOrDefault(f.Key), f.Value))
            .Select(f => new FieldChange(f.Key, before.GetValueOrDefault(f.Key), f.Value, changedBy[f.Key].Actors.ToList(), changedBy[f.Key].Versions))
            .ToList();
        return new TaskDiff(id.ToString(), a, b, changes,
            between.Select(e => e.UserName ?? "(unknown)").Distinct().ToList(),
            between.Select(e => new DiffEvent(e.Version, TypeName(e.Data), e.Timestamp, e.UserName)).ToList());
    }

    /// <summary>
    /// The task's origin (the workshop decision, kept across carry-overs), its predecessors (transitive,
    /// oldest first), its successors (transitive, nearest first — both lists run forward in time), the
    /// evaluations that judged it, and the whole chain oldest first.
    /// </summary>
    [Authorize(Roles = Readers)]
    [ProducesResponseType<TaskLineage>(StatusCodes.Status200OK)]
    [WolverineGet("/api/audit/strategic-tasks/{id}/lineage", OperationId = "getStrategicTaskLineage")]
    [EndpointSummary("Origin, predecessors (oldest first), successors (nearest first), evaluations and the chain across years.")]
    public static async Task<IResult> Lineage(Guid id, IQuerySession session, CancellationToken ct) =>
        await LineageAsync(session, id, ct) is { } lineage ? Results.Ok(lineage) : NotFound(id);

    /// <summary>The task's lineage; null for an unknown task.</summary>
    public static async Task<TaskLineage?> LineageAsync(IQuerySession session, Guid id, CancellationToken ct)
    {
        var lineage = await session.LoadAsync<StrategicTaskLineage>(id, ct);
        if (lineage?.Year is null && await session.Events.FetchStreamStateAsync(id, ct) is null) return null;
        lineage ??= new StrategicTaskLineage { Id = id };

        var visited = new HashSet<Guid> { id };
        var predecessors = new List<StrategicTaskLineage>();
        for (var cursor = lineage.PredecessorId; cursor is { } p && visited.Add(p) && predecessors.Count < MaxChain;)
        {
            var link = await session.LoadAsync<StrategicTaskLineage>(p, ct) ?? new StrategicTaskLineage { Id = p };
            predecessors.Insert(0, link);
            cursor = link.PredecessorId;
        }

        var successors = new List<StrategicTaskLineage>();
        for (var cursor = lineage.SuccessorId; cursor is { } s && visited.Add(s) && successors.Count < MaxChain;)
        {
            var link = await session.LoadAsync<StrategicTaskLineage>(s, ct) ?? new StrategicTaskLineage { Id = s };
            successors.Add(link);
            cursor = link.SuccessorId;
        }

        var origin = lineage.Origin ?? predecessors.Select(p => p.Origin).FirstOrDefault(o => o is not null);
        return new TaskLineage(
            id.ToString(),
            origin is null ? null : new LineageOrigin(origin.WorkshopId.ToString(), origin.FindingId?.ToString(), origin.ProposalId?.ToString(), origin.FindingWorkshopId?.ToString()),
            predecessors.Select(p => p.Id.ToString()).ToList(),
            successors.Select(s => s.Id.ToString()).ToList(),
            await TaskEvaluations.ForTaskAsync(session, id, ct),
            [.. predecessors.Append(lineage).Concat(successors).Select(l => new ChainLink(l.Id.ToString(), l.Year, l.Title))]);
    }

    public static HistoryEntry Entry(IEvent e) => new(
        e.Version, TypeName(e.Data), Label(e.Data), e.Timestamp, (e.Data as IDomainEvent)?.On, e.UserName, e.CorrelationId, e.CausationId, e.Data);

    /// <summary>A readable event type: the event's name without the "StrategicTask" prefix, camelCase ("progressReported").</summary>
    public static string TypeName(object data)
    {
        var name = data.GetType().Name;
        if (name.StartsWith("StrategicTask", StringComparison.Ordinal) && name.Length > "StrategicTask".Length) name = name["StrategicTask".Length..];
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The event's name in Korean with its English, as the history gives it to API clients.</summary>
    public static string Label(object data) => Admin.Korean.Event(data) is var (korean, english) ? $"{korean} ({english})" : TypeName(data);

    private static readonly JsonSerializerOptions Json = CreateJson();

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions();
        Infrastructure.HyeopchiHost.ConfigureJson(options);
        return options;
    }

    private static Dictionary<string, JsonElement> Fields(StrategicTask? task)
    {
        if (task is null) return [];
        var element = JsonSerializer.SerializeToElement(TaskDetail.Of(task), Json);
        return element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    private static bool JsonEquals(JsonElement a, JsonElement b) =>
        a.ValueKind == b.ValueKind && JsonElement.DeepEquals(a, b);

    private static long ParseLong(Checks checks, string field, string? text, long fallback, long min, long max)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        checks.That(false, field, $"{min} 이상의 정수여야 합니다. (a whole number of at least {min}{(max < long.MaxValue / 2 ? $" and at most {max}" : "")})");
        return fallback;
    }

    private static IResult NotFound(Guid id) => Results.Problem(Problems.NotFound($"No strategic task has the id {id}."));
}

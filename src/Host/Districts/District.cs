using System.Text.RegularExpressions;
using Marten;

namespace Hyeopchi.Host.Districts;

/// <summary>
/// A district (자치구·시군구) the installation serves. Each is one tenant of the store: its events and
/// read models carry its tenant id, and a session opened for it sees nothing of any other. The id is
/// the tenant id and never changes; the code (what clients name in <c>X-Hyeopchi-District</c> and in
/// public addresses) and the name may be renamed.
/// </summary>
public sealed partial class District
{
    /// <summary>The code of the district whose records were kept before there were districts.</summary>
    public const string DefaultCode = "default";

    /// <summary>
    /// Marten's own default tenant: a store created before districts existed has every record under it,
    /// so that store opens unchanged with all of its records in the district <c>default</c>.
    /// </summary>
    public const string DefaultTenant = "*DEFAULT*";

    public string Id { get; set; } = "";
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public bool Disabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The district <c>default</c> as it is until someone renames it (then it is stored like any other).</summary>
    public static District Default => new() { Id = DefaultTenant, Code = DefaultCode, Name = "기본 자치구" };

    /// <summary>The tenant Wolverine carries for this district: none for the default one, so its sessions are the store's plain ones.</summary>
    public string? WolverineTenant => Id == DefaultTenant ? null : Id;

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();

    public static bool IsWellFormed(string? code) => code is not null && CodePattern().IsMatch(code);
}

/// <summary>
/// Finds districts by code or tenant id for every request that names one. The list is small and
/// changes seldom: it is kept for a few seconds, and read again at once when a code is not in it
/// (a district just created on another node) or when this node changed it.
/// </summary>
public sealed class DistrictDirectory(IDocumentStore store, TimeProvider clock)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(IReadOnlyList<District> All, DateTimeOffset ReadAt);

    public async Task<IReadOnlyList<District>> AllAsync(CancellationToken ct) => (await CurrentAsync(fresh: false, ct)).All;

    public async Task<District?> ByCodeAsync(string code, CancellationToken ct) =>
        (await CurrentAsync(fresh: false, ct)).All.FirstOrDefault(d => d.Code == code)
        ?? (await CurrentAsync(fresh: true, ct)).All.FirstOrDefault(d => d.Code == code);

    public async Task<District> ByTenantAsync(string tenant, CancellationToken ct) =>
        (await CurrentAsync(fresh: false, ct)).All.FirstOrDefault(d => d.Id == tenant)
        ?? (await CurrentAsync(fresh: true, ct)).All.FirstOrDefault(d => d.Id == tenant)
        ?? throw new InvalidOperationException($"No district has the tenant id '{tenant}'.");

    /// <summary>Forgets the list after this node changed a district.</summary>
    public void Changed() => _snapshot = null;

    private async Task<Snapshot> CurrentAsync(bool fresh, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!fresh && _snapshot is { } known && now - known.ReadAt < Freshness) return known;

        await using var session = store.QuerySession();
        var stored = await session.Query<District>().ToListAsync(ct);
        var all = stored.Any(d => d.Id == District.DefaultTenant) ? stored : [District.Default, .. stored];
        var snapshot = new Snapshot(all.OrderBy(d => d.Code, StringComparer.Ordinal).ToList(), now);
        _snapshot = snapshot;
        return snapshot;
    }
}

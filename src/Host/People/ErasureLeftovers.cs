using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.People;

/// <summary>A stored event whose text still holds a name: where to look, not what it says.</summary>
public sealed record Leftover(Guid StreamId, long Version, string Type);

/// <summary>
/// Free text (findings, proposals, minutes, drafts, comments, reasons, summaries) may hold a name a
/// person typed; an erasure masks only the fields that name a person. This lists, for an admin, the
/// stored events whose text holds the name, so each can be judged and corrected (docs/reliability.md).
/// </summary>
public static class ErasureLeftovers
{
    public const int MaxLeftovers = 500;

    /// <summary>
    /// The events holding the person's registered name, or <paramref name="name"/> (a spelling, a nickname;
    /// required once the person was erased, since their name is no longer kept); at most <see cref="MaxLeftovers"/>.
    /// </summary>
    [Authorize(Roles = Roles.Admin)]
    [ProducesResponseType<IReadOnlyList<Leftover>>(StatusCodes.Status200OK)]
    [WolverineGet("/api/people/{id}/erasure/leftovers", OperationId = "listErasureLeftovers")]
    public static async Task<IResult> Get(Guid id, string? name, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<Person>(id, ct) is not { } person)
        {
            return Results.Problem(Problems.NotFound($"No person has the id {id}."));
        }

        var text = (name ?? (person.ErasedOn is null ? person.Name : null))?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 100)
        {
            return Results.Problem(Problems.Invalid(new Dictionary<string, string[]>
            {
                ["name"] = ["삭제된 사람의 이름은 남아 있지 않습니다: 찾을 이름을 주세요. (The erased person's name is no longer kept: give the name to look for, at most 100 characters.)"],
            }));
        }

        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var pattern = "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        var rows = await session.AdvancedSql.QueryAsync<Leftover>(
            $"select jsonb_build_object('streamId', stream_id, 'version', version, 'type', type) from {schema}.mt_events where data::text like ? and stream_id <> ? order by seq_id limit {MaxLeftovers}",
            ct, pattern, id);
        return Results.Ok(rows);
    }
}

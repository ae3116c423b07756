using System.Security.Cryptography;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Infrastructure.Http;

/// <summary>What a command with an Idempotency-Key answered, kept so that a retry answers the same.</summary>
public sealed class IdempotentResponse
{
    public string Id { get; set; } = "";
    public string Fingerprint { get; set; } = "";
    public bool Completed { get; set; }
    public int Status { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }

    /// <summary>The answer's <c>Hyeopchi-Warning</c> headers (a business date on a public holiday), replayed with it.</summary>
    public List<string> Warnings { get; set; } = [];

    public byte[] Body { get; set; } = [];
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The streams the command started: named in the answer to a retry when the first answer was lost.</summary>
    public List<string> Started { get; set; } = [];
}

/// <summary>
/// The key of the command being handled on this async flow. The store's session listener claims it
/// in the same transaction as the command's events, so a command is recorded once per key even
/// when two retries race or the host dies before it answers.
/// </summary>
public sealed class IdempotencyClaim(string id, string fingerprint)
{
    private static readonly AsyncLocal<IdempotencyClaim?> Current = new();

    public string Id { get; } = id;
    public string Fingerprint { get; } = fingerprint;
    public bool Claimed { get; private set; }

    public static IdempotencyClaim? Active => Current.Value;

    public static IDisposable Begin(IdempotencyClaim claim)
    {
        Current.Value = claim;
        return new End();
    }

    private sealed class End : IDisposable
    {
        public void Dispose() => Current.Value = null;
    }

    internal sealed class Listener : DocumentSessionListenerBase
    {
        public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            if (Active is { Claimed: false } claim)
            {
                var started = session.PendingChanges.Streams()
                    .Where(s => s.ActionType == JasperFx.Events.StreamActionType.Start)
                    .Select(s => s.Key ?? s.Id.ToString())
                    .ToList();
                session.Insert(new IdempotentResponse { Id = claim.Id, Fingerprint = claim.Fingerprint, RecordedAt = DateTimeOffset.UtcNow, Started = started });
                claim.Claimed = true;
            }

            return Task.CompletedTask;
        }
    }
}

/// <summary>
/// Honours <c>Idempotency-Key</c> on every command: a repeat of a recorded command answers what
/// the first answered, without recording anything; the same key on a different request is 422.
/// A record lives <see cref="Lifetime"/> (<c>HYEOPCHI_IDEMPOTENCY_HOURS</c>, 24 by default): after
/// that the key is free again and <see cref="IdempotencyExpiry"/> deletes the record. Neither the key
/// nor the body is stored readable: the record's id and the request's fingerprint are HMAC-SHA256
/// values under a key derived from the signing key (the same on every node), so a record reveals no
/// names or passwords that keys or bodies contained.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, Auth.Tokens tokens, Microsoft.Extensions.Options.IOptions<Settings.HyeopchiSettings> settings, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 200;

    private readonly byte[] _secret = tokens.DeriveKey("idempotency");
    private readonly TimeSpan _lifetime = TimeSpan.FromHours(settings.Value.IdempotencyHours);

    private string Mac(byte[] data) => Convert.ToHexString(HMACSHA256.HashData(_secret, data));

    public async Task InvokeAsync(HttpContext context, IDocumentStore store)
    {
        var key = context.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key) || !HttpMethods.IsPost(context.Request.Method) && !HttpMethods.IsPut(context.Request.Method) && !HttpMethods.IsDelete(context.Request.Method))
        {
            await next(context);
            return;
        }

        if (key.Length > MaxKeyLength)
        {
            await Problems.WriteAsync(context, new ProblemDetails { Status = 400, Title = $"The Idempotency-Key is longer than {MaxKeyLength} characters." });
            return;
        }

        context.Request.EnableBuffering();
        var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        context.Request.Body.Position = 0;
        var fingerprint = Mac([.. System.Text.Encoding.UTF8.GetBytes($"{context.Request.Method} {context.Request.Path}\n"), .. body.ToArray()]);
        // A key is the caller's in one district: an operator's key in two districts names two commands.
        var id = "k/" + Mac(System.Text.Encoding.UTF8.GetBytes($"{context.User.Identity?.Name ?? "anonymous"}\n{Districts.RequestDistrict.Of(context).Id}\n{key}"));

        await using (var query = store.QuerySession())
        {
            if (await query.LoadAsync<IdempotentResponse>(id, context.RequestAborted) is { } earlier)
            {
                if (earlier.RecordedAt >= clock.GetUtcNow() - _lifetime)
                {
                    await Replay(context, earlier, fingerprint);
                    return;
                }

                // Expired: the key is free again.
                await using var cleanup = store.LightweightSession();
                cleanup.Delete<IdempotentResponse>(id);
                await cleanup.SaveChangesAsync(context.RequestAborted);
            }
        }

        var claim = new IdempotencyClaim(id, fingerprint);
        var original = context.Response.Body;
        var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            using (IdempotencyClaim.Begin(claim))
            {
                await next(context);
            }
        }
        finally
        {
            context.Response.Body = original;
        }

        // An answer whose client went away may have been left unwritten (writes are cancelled with the
        // request) while its status says 2xx: it is not kept, so a retry with the key hears that the
        // command was recorded once and which stream it started, never a 201 with an empty body.
        if (claim.Claimed && context.Response.StatusCode is >= 200 and < 300 && !context.RequestAborted.IsCancellationRequested)
        {
            await KeepAnswerAsync(store, id, fingerprint, context, captured);
        }

        // The answer is owed once the command is recorded: a stop that cancels the request's token
        // now must not leave the status code going out with an empty body, so the copy is not cancelled.
        captured.Position = 0;
        await captured.CopyToAsync(original, CancellationToken.None);
    }

    /// <summary>
    /// Keeps the answer for retries. The command is already recorded (with its claim): when the
    /// store dies just now, the client still gets its 2xx, and a retry of the key answers 409
    /// "recorded, answer not kept" instead of recording it again.
    /// </summary>
    private static async Task KeepAnswerAsync(IDocumentStore store, string id, string fingerprint, HttpContext context, MemoryStream captured)
    {
        try
        {
            await using var session = store.LightweightSession();
            session.Store(new IdempotentResponse
            {
                Id = id,
                Fingerprint = fingerprint,
                Completed = true,
                Status = context.Response.StatusCode,
                ContentType = context.Response.ContentType,
                Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                Warnings = [.. context.Response.Headers[Commands.CommandWarnings.Header].OfType<string>()],
                Body = captured.ToArray(),
                RecordedAt = DateTimeOffset.UtcNow,
            });
            await session.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException or Marten.Exceptions.MartenCommandException)
        {
            context.RequestServices.GetRequiredService<ILogger<IdempotencyMiddleware>>()
                .LogWarning(e, "The command with Idempotency-Key {Key} was recorded, but its answer could not be kept", id);
        }
    }

    private static async Task Replay(HttpContext context, IdempotentResponse earlier, string fingerprint)
    {
        if (earlier.Fingerprint != fingerprint)
        {
            await Problems.WriteAsync(context, new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "This Idempotency-Key was used for a different request.",
                Detail = "Use a new key for a new command.",
            });
            return;
        }

        if (!earlier.Completed)
        {
            var lost = Problems.Conflict(
                "The command with this Idempotency-Key was recorded, but its answer was not kept.",
                "It was recorded exactly once; read the record to see its result.");
            lost.Extensions["recordedOnce"] = true;
            lost.Extensions["started"] = earlier.Started;
            await Problems.WriteAsync(context, lost);
            return;
        }

        context.Response.StatusCode = earlier.Status;
        if (earlier.ContentType is not null) context.Response.ContentType = earlier.ContentType;
        if (earlier.Location is not null) context.Response.Headers.Location = earlier.Location;
        foreach (var warning in earlier.Warnings) context.Response.Headers.Append(Commands.CommandWarnings.Header, warning);
        context.Response.Headers["Idempotent-Replayed"] = "true";
        await context.Response.Body.WriteAsync(earlier.Body, CancellationToken.None);
    }

}

/// <summary>
/// Deletes idempotency records older than their lifetime, when it starts and every hour after. It is
/// background work of the installation, not of a node: Wolverine's leader runs it on exactly one of
/// the nodes that serve the installation and starts it on another when that node dies
/// (<c>DurabilityMode.Balanced</c>, docs/architecture.md "Several nodes").
/// </summary>
public sealed class IdempotencyExpiry(IDocumentStore store, Microsoft.Extensions.Options.IOptions<Settings.HyeopchiSettings> settings, TimeProvider clock, ILogger<IdempotencyExpiry> logger)
    : Wolverine.Runtime.Agents.SingularAgent("hyeopchi-idempotency-expiry")
{
    private CancellationTokenSource? _stopping;
    private Task _sweeping = Task.CompletedTask;

    protected override Task startAsync(CancellationToken cancellationToken)
    {
        _stopping = new CancellationTokenSource();
        _sweeping = SweepEveryHourAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    protected override async Task stopAsync(CancellationToken cancellationToken)
    {
        if (_stopping is null) return;
        await _stopping.CancelAsync();
        await _sweeping.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
        _stopping = null;
    }

    private async Task SweepEveryHourAsync(CancellationToken stopping)
    {
        var lifetime = TimeSpan.FromHours(settings.Value.IdempotencyHours);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                var cutoff = clock.GetUtcNow() - lifetime;
                await using var session = store.LightweightSession();
                session.DeleteWhere<IdempotentResponse>(r => r.RecordedAt < cutoff);
                await session.SaveChangesAsync(stopping);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException or Marten.Exceptions.MartenCommandException)
            {
                logger.LogWarning(e, "Expired idempotency records could not be deleted; trying again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stopping));
    }
}


using Hyeopchi.Domain.Common;
using JasperFx.Events;
using Wolverine.Http;

namespace Hyeopchi.Host.Infrastructure.Http;

/// <summary>201 Created with <c>{"id": …}</c> and a Location header: the answer to every command that starts a stream.</summary>
public sealed record StreamCreated(string Id, string Url) : CreationResponse(Url)
{
    public static StreamCreated At(string collection, Guid id) => new(id.ToString(), $"{collection}/{id}");
}

/// <summary>The answer to a command on an existing stream: the record and its version after the change.</summary>
public sealed record Recorded(string Id, long Version)
{
    /// <summary>Appends a decision's events to the stream Wolverine fetched for writing; a refusal throws.</summary>
    /// <remarks>The version the caller acted on is checked for every command by <see cref="Commands.CommandDoor"/> before it runs.</remarks>
    public static Recorded Append<T>(IEventStream<T> stream, Decision decision) where T : notnull
    {
        var current = stream.StartingVersion ?? 0;
        var events = decision.EventsOrThrow();
        stream.AppendMany(events);
        return new Recorded(stream.Id.ToString(), current + events.Count);
    }

    /// <summary>Refuses the command (412) when its <c>If-Match</c> names a version the stream has left; answers the current version.</summary>
    /// <remarks>For endpoints that append without <see cref="Append{T}"/>: every command on an existing stream calls one of the two.</remarks>
    public static long CheckExpected<T>(IEventStream<T> stream) where T : notnull
    {
        var current = stream.StartingVersion ?? 0;
        if (ExpectedVersion.OfThisRequest is { } expected && expected != current)
        {
            throw new StaleVersionException(expected, current);
        }

        return current;
    }
}

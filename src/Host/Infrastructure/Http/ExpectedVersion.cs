using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Hyeopchi.Host.Infrastructure.Http;

/// <summary>
/// Optimistic concurrency for people working in forms: reads of a record answer its version as
/// an ETag, and a command may send it back in <c>If-Match</c>. If the record changed since, the
/// command is refused with 412 and records nothing. (Two commands racing on the same version are
/// still caught by the store at commit, as 409.)
/// </summary>
public static class ExpectedVersion
{
    private static readonly AsyncLocal<long?> Current = new();

    public static long? OfThisRequest => Current.Value;

    public static string ETag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void Tag(HttpContext context, long version) => context.Response.Headers.ETag = ETag(version);

    /// <summary>200 with the record, tagged with its version.</summary>
    public static IResult Ok<T>(HttpContext context, T record, long version)
    {
        Tag(context, version);
        return Results.Ok(record);
    }

    /// <summary>Reads <c>If-Match</c>; a malformed one is 400, a weak or listed one is not accepted.</summary>
    public static async Task Middleware(HttpContext context, RequestDelegate next)
    {
        var ifMatch = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(ifMatch) || ifMatch == "*")
        {
            await next(context);
            return;
        }

        if (!EntityTagHeaderValue.TryParse(ifMatch, out var tag) || tag.IsWeak
            || !long.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            await Problems.WriteAsync(context, new ProblemDetails { Status = 400, Title = "If-Match must be one strong ETag, the record's version as read (\"7\")." });
            return;
        }

        Current.Value = version;
        try
        {
            await next(context);
        }
        finally
        {
            Current.Value = null;
        }
    }
}

public sealed class StaleVersionException(long expected, long actual)
    : Exception($"The record is at version {actual}, not {expected}.")
{
    public long Expected { get; } = expected;
    public long Actual { get; } = actual;
}

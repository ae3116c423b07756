using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Hyeopchi.Testing;

/// <summary>Reading answers the way an outside client does: JSON and problem details.</summary>
public static class HttpAssertions
{
    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJson(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.GetAsync(url)).Json(expected);

    /// <summary>Posts a command that starts a stream and returns the new id, checking 201 and Location.</summary>
    public static async Task<string> Create(this HttpClient client, string url, object body)
    {
        var response = await client.PostJson(url, body);
        var json = await response.Json(HttpStatusCode.Created);
        var id = json.GetProperty("id").GetString()!;
        Assert.NotNull(response.Headers.Location);
        Assert.EndsWith(id, response.Headers.Location!.ToString());
        return id;
    }

    /// <summary>Checks an RFC 9457 problem of the given status and returns it.</summary>
    public static async Task<JsonElement> Problem(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var json = await response.Json(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, json.GetProperty("status").GetInt32());
        return json;
    }

    public static IReadOnlyList<string> Strings(this JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString()!).ToList();
}

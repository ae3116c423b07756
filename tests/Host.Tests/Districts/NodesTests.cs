using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hyeopchi.Host.Tests.Districts;

/// <summary>
/// Several nodes serve one installation (api.md, "Districts and nodes"): host processes started
/// with the same HYEOPCHI_DB and HYEOPCHI_SIGNING_KEY and no other setting. Each node here is the
/// real host on Kestrel with a data folder of its own.
/// </summary>
public class NodesTests
{
    private sealed class Node(string connectionString, string signingKey) : HyeopchiServer
    {
        protected override Task<string> DatabaseAsync() => Task.FromResult(connectionString);

        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["HYEOPCHI_SIGNING_KEY"] = signingKey };
    }

    private static async Task<HttpClient> SignedIn(Node node)
    {
        var client = node.Client();
        var token = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = BootstrapAdmin.UserName, password = HyeopchiApp.AdminPassword })).Json();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    [Fact]
    public async Task Two_nodes_start_together_on_an_empty_store_share_tokens_and_a_killed_nodes_commands_are_finished_once_on_the_other()
    {
        var database = await TestCluster.CreateDatabaseAsync("nodes");
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var first = new Node(database, key);
        var second = new Node(database, key);
        // Both create the schema and the first admin at once: neither start may fail.
        await Task.WhenAll(first.InitializeAsync(), second.InitializeAsync());
        try
        {
            await using (var session = second.Store.QuerySession())
            {
                Assert.Equal(1, await session.Query<UserAccount>().CountAsync(u => u.Id == BootstrapAdmin.UserName));
            }

            // A token from one node is good on the other, and each reads what the other recorded.
            var onFirst = await SignedIn(first);
            var tokenFromFirst = onFirst.DefaultRequestHeaders.Authorization;
            var onSecond = second.Client();
            onSecond.DefaultRequestHeaders.Authorization = tokenFromFirst;
            var person = await onFirst.Create("/api/people", new { name = "노드첫째", sector = "civil" });
            Assert.Equal("노드첫째", (await onSecond.GetJson($"/api/people/{person}")).GetProperty("name").GetString());

            // Commands go to the first node while it dies; each unanswered one is retried on the second with its key.
            var keys = Enumerable.Range(0, 40).Select(i => $"node-run-{i}-{Guid.NewGuid():N}").ToList();
            var sent = keys.Select(async (k, i) =>
            {
                try
                {
                    var answer = await onFirst.PostJson("/api/people", new { name = $"노드사람{i:00}", sector = "civil" }, idempotencyKey: k);
                    return answer.IsSuccessStatusCode ? null : k;
                }
                catch (HttpRequestException)
                {
                    return k;
                }
                catch (TaskCanceledException)
                {
                    return k;
                }
            }).ToList();
            await Task.Delay(30);
            await first.KillAsync();
            var unanswered = (await Task.WhenAll(sent)).OfType<string>().ToList();
            foreach (var k in unanswered)
            {
                var i = keys.IndexOf(k);
                var retried = await onSecond.PostJson("/api/people", new { name = $"노드사람{i:00}", sector = "civil" }, idempotencyKey: k);
                // Recorded now, recorded before the node died (its answer replayed), or recorded but its answer lost (409, "recorded once").
                Assert.True(retried.IsSuccessStatusCode || retried.StatusCode == HttpStatusCode.Conflict, $"{k}: {(int)retried.StatusCode} {await retried.Content.ReadAsStringAsync()}");
            }

            var names = (await onSecond.GetJson("/api/people")).EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
            for (var i = 0; i < keys.Count; i++)
            {
                Assert.Equal(1, names.Count(n => n == $"노드사람{i:00}"));
            }
        }
        finally
        {
            await second.DisposeAsync();
            await first.DisposeAsync();
        }
    }
}

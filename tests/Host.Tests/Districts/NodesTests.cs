using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;
using Marten;
using Hyeopchi.Host.Infrastructure.Http;
using Microsoft.Extensions.DependencyInjection;
using JasperFx;
using Wolverine.Runtime.Agents;
using Xunit.Abstractions;

namespace Hyeopchi.Host.Tests.Districts;

/// <summary>
/// Several nodes serve one installation (api.md, "Districts and nodes"): host processes started
/// with the same HYEOPCHI_DB and HYEOPCHI_SIGNING_KEY and no other setting. Each node here is the
/// real host on Kestrel with a data folder of its own.
/// </summary>
public class NodesTests(ITestOutputHelper output)
{
    /// <summary>How long a node's background work may take to start somewhere after it dies: Wolverine's leader notices a node gone by its missed heartbeats.</summary>
    private static readonly TimeSpan TakeOver = TimeSpan.FromSeconds(90);

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

    private static bool RunsBackgroundWork(Node node) =>
        node.Services.GetServices<IAgentFamily>().OfType<IdempotencyExpiry>().Single().Status == AgentStatus.Running;

    /// <summary>Waits until exactly one of the nodes runs the installation's background work, and names it.</summary>
    private static async Task<Node> BackgroundWorkRunnerAsync(params Node[] nodes)
    {
        var deadline = DateTime.UtcNow + TakeOver;
        while (DateTime.UtcNow < deadline)
        {
            var running = nodes.Where(RunsBackgroundWork).ToList();
            Assert.True(running.Count <= 1, "The installation's background work runs on two nodes at once.");
            if (running.Count == 1) return running[0];
            await Task.Delay(100);
        }

        throw new TimeoutException($"No node started the installation's background work within {TakeOver.TotalSeconds} s.");
    }

    [Fact]
    public async Task Two_nodes_start_together_on_an_empty_store_share_tokens_and_a_killed_nodes_commands_and_background_work_are_finished_once_on_the_other()
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

            // The installation's background work runs on one node: that node dies below.
            var doomed = await BackgroundWorkRunnerAsync(first, second);
            var survivor = doomed == first ? second : first;

            // A token from one node is good on the other, and each reads what the other recorded.
            var onDoomed = await SignedIn(doomed);
            var tokenFromDoomed = onDoomed.DefaultRequestHeaders.Authorization;
            var onSurvivor = survivor.Client();
            onSurvivor.DefaultRequestHeaders.Authorization = tokenFromDoomed;
            var person = await onDoomed.Create("/api/people", new { name = "노드첫째", sector = "civil" });
            Assert.Equal("노드첫째", (await onSurvivor.GetJson($"/api/people/{person}")).GetProperty("name").GetString());

            // Commands go to the doomed node while it dies; each unanswered one is retried on the survivor with its key.
            var keys = Enumerable.Range(0, 40).Select(i => $"node-run-{i}-{Guid.NewGuid():N}").ToList();
            var sent = keys.Select(async (k, i) =>
            {
                try
                {
                    var answer = await onDoomed.PostJson("/api/people", new { name = $"노드사람{i:00}", sector = "civil" }, idempotencyKey: k);
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
            await doomed.KillAsync();
            var killed = DateTime.UtcNow;
            var unanswered = (await Task.WhenAll(sent)).OfType<string>().ToList();
            foreach (var k in unanswered)
            {
                var i = keys.IndexOf(k);
                var retried = await onSurvivor.PostJson("/api/people", new { name = $"노드사람{i:00}", sector = "civil" }, idempotencyKey: k);
                // Recorded now, recorded before the node died (its answer replayed), or recorded but its answer lost (409, "recorded once").
                Assert.True(retried.IsSuccessStatusCode || retried.StatusCode == HttpStatusCode.Conflict, $"{k}: {(int)retried.StatusCode} {await retried.Content.ReadAsStringAsync()}");
            }

            var names = (await onSurvivor.GetJson("/api/people")).EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
            for (var i = 0; i < keys.Count; i++)
            {
                Assert.Equal(1, names.Count(n => n == $"노드사람{i:00}"));
            }

            // The dead node's background work now runs on the survivor.
            Assert.Same(survivor, await BackgroundWorkRunnerAsync(survivor));
            output.WriteLine($"Background work started on the surviving node {(DateTime.UtcNow - killed).TotalSeconds:0.0} s after the other died.");
        }
        finally
        {
            await second.DisposeAsync();
            await first.DisposeAsync();
        }
    }

    [Fact]
    public async Task Disabling_a_user_on_one_node_ends_their_token_on_the_other_at_once()
    {
        var database = await TestCluster.CreateDatabaseAsync("nodes_sessions");
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        await using var first = new Node(database, key);
        await first.InitializeAsync();
        await using var second = new Node(database, key);
        await second.InitializeAsync();
        var admin = await SignedIn(first);
        (await admin.PostJson("/api/users", new { userName = "two-nodes", password = "the-first-password", roles = new[] { Roles.Coordinator } })).EnsureSuccessStatusCode();
        var token = await (await first.Client().PostJson("/api/auth/token", new { userName = "two-nodes", password = "the-first-password" })).Json();
        var onSecond = second.Client();
        onSecond.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        // The second node has seen the user, and may remember their account from here on.
        for (var i = 0; i < 3; i++) await (await onSecond.GetAsync("/api/divisions")).Json();

        (await admin.PostJson("/api/users/two-nodes/disable", new { })).EnsureSuccessStatusCode();

        // The second node hears of it from the database, not from a timer: well within the time it would remember an account.
        var disabled = DateTime.UtcNow;
        var status = HttpStatusCode.OK;
        while (status == HttpStatusCode.OK && DateTime.UtcNow - disabled < TimeSpan.FromSeconds(5))
        {
            status = (await onSecond.GetAsync("/api/divisions")).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        output.WriteLine($"The other node refused the token {(DateTime.UtcNow - disabled).TotalMilliseconds:0} ms after the user was disabled.");
    }
}

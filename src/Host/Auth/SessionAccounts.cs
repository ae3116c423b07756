using System.Collections.Concurrent;
using Hyeopchi.Host.Infrastructure.Database;
using Marten;
using Marten.Services;
using Npgsql;

namespace Hyeopchi.Host.Auth;

/// <summary>
/// What <see cref="UserSessions"/> needs of each user's account (disabled? which security stamp?),
/// remembered between requests only while this node is sure to hear of every change to any
/// account: every save that inserts, changes or deletes an account notifies the database's
/// <see cref="Channel"/> in its own transaction (<see cref="ChangeListener"/>), each node listens on
/// a connection of its own and forgets everything it remembered when a notification arrives, and
/// the node that made the change forgets at its commit, before it answers. While the listening
/// connection is down (the database restarting, a node starting) nothing is remembered and every
/// request reads the account, as it would without this; a silently broken connection is found by
/// its keepalive, and no account is remembered longer than <see cref="MaximumAge"/> in any case.
/// Without it every request cost a round trip to the database before its own work
/// (docs/performance.md, "Where a command's time goes").
/// </summary>
public sealed class SessionAccounts(HyeopchiDatabase database, ILogger<SessionAccounts> logger) : BackgroundService
{
    public const string Channel = "hyeopchi_user_accounts";

    /// <summary>An account read longer ago than this is read again, whatever was heard.</summary>
    public static readonly TimeSpan MaximumAge = TimeSpan.FromSeconds(30);

    /// <summary>A user as a session check sees them; null for an account that does not exist.</summary>
    public sealed record Account(bool Disabled, string SecurityStamp);

    private sealed record Remembered(Account? Account, long ReadAt);

    private readonly ConcurrentDictionary<string, Remembered> _accounts = new(StringComparer.Ordinal);
    private long _generation;
    private volatile bool _listening;

    /// <summary>Changes whenever what was remembered may be out of date; read it before reading an account.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryRecall(string userName, out Account? account)
    {
        account = null;
        if (!_listening || !_accounts.TryGetValue(userName, out var remembered)) return false;
        if (Environment.TickCount64 - remembered.ReadAt > MaximumAge.TotalMilliseconds) return false;
        account = remembered.Account;
        return true;
    }

    /// <summary>
    /// Keeps an account read from the store, unless something changed since <paramref name="generationBeforeRead"/>
    /// (the read may have raced a change) or the node is not listening.
    /// </summary>
    public void Remember(string userName, Account? account, long generationBeforeRead)
    {
        if (!_listening || Generation != generationBeforeRead) return;
        var remembered = new Remembered(account, Environment.TickCount64);
        _accounts[userName] = remembered;
        // A change heard between the check above and the write: forget what was just kept.
        if (Generation != generationBeforeRead) _accounts.TryRemove(new KeyValuePair<string, Remembered>(userName, remembered));
    }

    /// <summary>Forgets every account: the generation moves first, so a read under way cannot be kept.</summary>
    public void ForgetAll()
    {
        Interlocked.Increment(ref _generation);
        _accounts.Clear();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var pause = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var connectionString = await Task.Run(() => database.ConnectionString, stoppingToken);
                // Keepalive: a connection that died without a word is found within seconds while it only waits.
                var builder = new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 5, Pooling = false, ApplicationName = "hyeopchi-user-accounts" };
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => ForgetAll();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                ForgetAll();
                _listening = true;
                pause = TimeSpan.FromMilliseconds(200);
                logger.LogDebug("Listening for changes to user accounts");
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Whatever broke the connection, the node goes on serving (reading every account) and listens again.
                if (_listening) logger.LogWarning(e, "Stopped hearing changes to user accounts; every request reads its user until the connection is back");
            }
            finally
            {
                _listening = false;
                ForgetAll();
            }

            await Task.Delay(pause, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
        }
    }

    /// <summary>
    /// Any save that touches an account tells every node in the same transaction (a notification is
    /// delivered at commit, never for a rollback), and this node forgets at once after the commit.
    /// </summary>
    internal sealed class ChangeListener(SessionAccounts local) : DocumentSessionListenerBase
    {
        private static bool TouchesAccounts(IDocumentSession session) =>
            session.PendingChanges.AllChangedFor<UserAccount>().Any() || session.PendingChanges.DeletionsFor<UserAccount>().Any();

        public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            if (TouchesAccounts(session)) session.QueueSqlCommand($"select pg_notify('{Channel}', '')");
            return Task.CompletedTask;
        }

        public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
        {
            if (commit.Updated.OfType<UserAccount>().Any() || commit.Inserted.OfType<UserAccount>().Any() || commit.Deleted.Any(d => d.DocumentType == typeof(UserAccount)))
            {
                local.ForgetAll();
            }

            return Task.CompletedTask;
        }
    }
}

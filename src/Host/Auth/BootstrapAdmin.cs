using System.Security.Cryptography;
using Hyeopchi.Host.Infrastructure.Database;
using Hyeopchi.Host.Infrastructure.Security;
using Marten;

namespace Hyeopchi.Host.Auth;

/// <summary>
/// On the first start with no users, creates <c>admin</c> (admin of <c>default</c> and operator) with <c>HYEOPCHI_ADMIN_PASSWORD</c>, or
/// with a generated password written to <c>admin-password</c> in the data folder (readable by the
/// host's user only); only that file's path goes to the console, never the password, so service
/// logs do not keep it. A configured password shorter than <see cref="MinimumLength"/> characters
/// stops the host. Nodes starting together on an empty store make one admin: the first insert wins.
/// </summary>
public sealed class BootstrapAdmin(IDocumentStore store, IConfiguration configuration, HyeopchiDatabase database, TimeProvider clock) : IHostedService
{
    public const string UserName = "admin";
    public const int MinimumLength = 12;
    public const string PasswordFileName = "admin-password";

    public async Task StartAsync(CancellationToken ct)
    {
        var password = configuration["HYEOPCHI_ADMIN_PASSWORD"];
        var generated = string.IsNullOrEmpty(password);
        if (!generated && password!.Length < MinimumLength)
        {
            throw new InvalidOperationException(
                $"HYEOPCHI_ADMIN_PASSWORD has {password.Length} characters; it needs at least {MinimumLength}. Set a longer one, or unset it to have one generated into the data folder.");
        }

        await using var session = store.LightweightSession();
        if (await session.Query<UserAccount>().AnyAsync(ct))
        {
            await KeepAnOperatorAsync(session, ct);
            return;
        }

        var file = Path.Combine(database.DataFolder, PasswordFileName);
        if (generated)
        {
            // Kept before the user is saved: a password is never in the store without being written down.
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
            PrivateFile.CreateFolder(database.DataFolder);
            PrivateFile.ReplaceSecret(file, password + "\n");
        }

        session.Insert(UserAccount.Create(UserName, password!, [Roles.Admin, Roles.Operator], Districts.District.DefaultTenant, clock.GetUtcNow()));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.DocumentAlreadyExistsException)
        {
            // Another node starting on the same empty store made the admin first: theirs stands.
            if (generated) File.Delete(file);
            return;
        }

        if (generated)
        {
            Console.WriteLine($"Hyeopchi: created the user '{UserName}'; its password is in {file} (readable only by this user). Delete the file once the password is kept elsewhere.");
        }
    }

    /// <summary>
    /// A store from before districts existed has no operator: its first admin (<c>admin</c>) becomes
    /// one, as the bootstrap admin of a new store is, so the installation can manage its districts.
    /// </summary>
    private static async Task KeepAnOperatorAsync(IDocumentSession session, CancellationToken ct)
    {
        if (await session.Query<UserAccount>().AnyAsync(u => u.Roles.Contains(Roles.Operator), ct)) return;
        if (await session.LoadAsync<UserAccount>(UserName, ct) is not { } admin || !admin.Roles.Contains(Roles.Admin)) return;
        admin.ChangeRoles([.. admin.Roles, Roles.Operator]);
        session.Store(admin);
        await session.SaveChangesAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

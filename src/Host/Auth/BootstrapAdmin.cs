using System.Security.Cryptography;
using Marten;

namespace Hyeopchi.Host.Auth;

/// <summary>
/// On the first start with no users, creates <c>admin</c> with <c>HYEOPCHI_ADMIN_PASSWORD</c>,
/// or with a generated password that is printed once, to the console only.
/// </summary>
public sealed class BootstrapAdmin(IDocumentStore store, IConfiguration configuration, TimeProvider clock) : IHostedService
{
    public const string UserName = "admin";

    public async Task StartAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        if (await session.Query<UserAccount>().AnyAsync(ct)) return;

        var password = configuration["HYEOPCHI_ADMIN_PASSWORD"];
        var generated = string.IsNullOrWhiteSpace(password);
        if (generated) password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));

        session.Insert(UserAccount.Create(UserName, password!, [Roles.Admin], clock.GetUtcNow()));
        await session.SaveChangesAsync(ct);
        if (generated)
        {
            Console.WriteLine($"Hyeopchi: created the user '{UserName}' with the password {password} — it is shown only this once.");
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

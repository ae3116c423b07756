using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hyeopchi.Host.Tests.Platform;

/// <summary>The data folder and its secrets are private from their creation, and a secret others could have written is refused.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SecretFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"hyeopchi-secrets-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private Tokens TokensIn(string folder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["HYEOPCHI_DATA"] = folder }).Build();
        return new Tokens(Microsoft.Extensions.Options.Options.Create(new Infrastructure.Settings.HyeopchiSettings()),
            new HyeopchiDatabase(configuration, NullLogger<HyeopchiDatabase>.Instance), TimeProvider.System);
    }

    [Fact]
    public void A_new_data_folder_is_owner_only_and_so_is_the_key_written_into_it()
    {
        TokensIn(_folder);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_folder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder, "signing-key")));
    }

    [Fact]
    public void A_signing_key_that_group_or_others_may_write_is_refused_naming_the_file_and_the_fix()
    {
        TokensIn(_folder);
        var key = Path.Combine(_folder, "signing-key");
        File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);

        var refused = Assert.ThrowsAny<Exception>(() => TokensIn(_folder));

        Assert.Contains(key, refused.Message);
        Assert.Contains("chmod 600", refused.Message);
    }

    [Fact]
    public void A_signing_key_owned_by_another_user_is_refused()
    {
        if (Environment.UserName != "root") return; // only root can give a file away
        TokensIn(_folder);
        var key = Path.Combine(_folder, "signing-key");
        Chown(key, "65534");

        var refused = Assert.ThrowsAny<Exception>(() => TokensIn(_folder));

        Assert.Contains(key, refused.Message);
        Assert.Contains("chown", refused.Message);
    }

    [Fact]
    public void A_signing_key_that_is_a_symbolic_link_is_refused()
    {
        Directory.CreateDirectory(_folder);
        var elsewhere = Path.Combine(_folder, "elsewhere");
        File.WriteAllText(elsewhere, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64)));
        File.SetUnixFileMode(elsewhere, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.CreateSymbolicLink(Path.Combine(_folder, "signing-key"), elsewhere);

        var refused = Assert.ThrowsAny<Exception>(() => TokensIn(_folder));
        Assert.Contains("symbolic link", refused.Message);
    }

    [Fact]
    public void A_new_secret_is_never_written_through_a_dangling_symbolic_link()
    {
        Directory.CreateDirectory(_folder);
        var target = Path.Combine(_folder, "planted");
        File.CreateSymbolicLink(Path.Combine(_folder, "signing-key"), target);

        Assert.ThrowsAny<Exception>(() => TokensIn(_folder));
        Assert.False(File.Exists(target));
    }

    private static void Chown(string path, string owner)
    {
        using var process = System.Diagnostics.Process.Start("chown", [owner, path]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}

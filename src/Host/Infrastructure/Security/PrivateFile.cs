namespace Hyeopchi.Host.Infrastructure.Security;

/// <summary>Files that hold secrets (passwords, the token signing key) are readable by their owner only.</summary>
public static class PrivateFile
{
    public static void Restrict(string path, bool isDirectory = false)
    {
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(path, isDirectory
            ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            : UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    public static void WriteSecret(string path, string secret)
    {
        File.WriteAllText(path, secret);
        Restrict(path);
    }
}

using System.Runtime.InteropServices;

namespace Hyeopchi.Host.Infrastructure.Security;

/// <summary>
/// The data folder and the secrets in it (the token signing key, the cluster's password, a
/// generated admin password) belong to the host's user alone: the folder is created 0700 and each
/// secret 0600 at creation (never widened and then narrowed), a secret is never written through a
/// symbolic link, and an existing secret that another user owns, or that group or others may write,
/// is refused with the file and the fix named.
/// </summary>
public static class PrivateFile
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode WritableByOthers = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>Creates <paramref name="path"/> (and missing parents) owner-only; an existing folder is left as it is.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, OwnerOnlyFolder);
    }

    /// <summary>Restricts an existing folder or file to its owner.</summary>
    public static void Restrict(string path, bool isDirectory = false)
    {
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(path, isDirectory ? OwnerOnlyFolder : OwnerOnlyFile);
    }

    /// <summary>Writes a new secret, created 0600; refuses when anything (a file or a link) is already there.</summary>
    public static void WriteSecret(string path, string secret)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnlyFile;
        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(secret);
    }

    /// <summary>Replaces a secret: the old file (never what a link points to) is removed and a new one created 0600.</summary>
    public static void ReplaceSecret(string path, string secret)
    {
        if (File.Exists(path) || new FileInfo(path).LinkTarget is not null) File.Delete(path);
        WriteSecret(path, secret);
    }

    /// <summary>Reads a secret after checking that nobody but the host's user could have written it.</summary>
    public static string ReadSecret(string path)
    {
        Check(path);
        return File.ReadAllText(path).Trim();
    }

    /// <summary>The secret in <paramref name="path"/>, or a new one from <paramref name="create"/> written there.</summary>
    public static string ReadOrCreateSecret(string path, Func<string> create)
    {
        if (File.Exists(path) || new FileInfo(path).LinkTarget is not null) return ReadSecret(path);
        var secret = create();
        WriteSecret(path, secret);
        return secret;
    }

    private static void Check(string path)
    {
        if (new FileInfo(path).LinkTarget is not null)
        {
            throw new UnsafeSecretException($"{path} is a symbolic link; a secret must be a plain file. Replace it with the file itself (or delete it to have a new one generated).");
        }

        if (OperatingSystem.IsWindows()) return;
        var owner = OwnerOf(path);
        if (owner is { } uid && uid != geteuid())
        {
            throw new UnsafeSecretException($"{path} belongs to another user (uid {uid}); it must belong to the user the host runs as. Fix: chown {Environment.UserName} {path} && chmod 600 {path}");
        }

        if ((File.GetUnixFileMode(path) & WritableByOthers) != 0)
        {
            throw new UnsafeSecretException($"{path} may be written by group or others; anyone could have replaced it. Check its content, then: chmod 600 {path}");
        }
    }

    /// <summary>The owner's uid from lstat(2), or null where the layout of struct stat is not known here.</summary>
    private static uint? OwnerOf(string path)
    {
        var uidOffset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 28,
            Architecture.Arm64 => 24,
            _ => -1,
        };
        if (uidOffset < 0 || !OperatingSystem.IsLinux()) return null;
        var buffer = new byte[256];
        if (lstat(path, buffer) != 0) throw new IOException($"Could not read the owner of {path} (errno {Marshal.GetLastPInvokeError()}).");
        return BitConverter.ToUInt32(buffer, uidOffset);
    }

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int lstat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

    [DllImport("libc")]
    private static extern uint geteuid();
}

/// <summary>A secret file the host will not trust: it names the file and the fix.</summary>
public sealed class UnsafeSecretException(string message) : Exception(message);

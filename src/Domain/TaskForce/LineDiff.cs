namespace Hyeopchi.Domain.TaskForce;

public enum DiffOp
{
    Same,
    Added,
    Removed,
}

/// <summary>One line of a diff: kept, added in the newer text, or removed from the older one, with its line numbers.</summary>
public sealed record DiffLine(DiffOp Op, string Text, int? FromLine, int? ToLine);

/// <summary>A readable line diff of two draft texts (longest common subsequence of lines).</summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffLine> Compute(string from, string to)
    {
        var a = Lines(from);
        var b = Lines(to);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var result = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) { result.Add(new DiffLine(DiffOp.Same, a[x], x + 1, y + 1)); x++; y++; }
            else if (lcs[x + 1, y] >= lcs[x, y + 1]) { result.Add(new DiffLine(DiffOp.Removed, a[x], x + 1, null)); x++; }
            else { result.Add(new DiffLine(DiffOp.Added, b[y], null, y + 1)); y++; }
        }

        for (; x < a.Length; x++) result.Add(new DiffLine(DiffOp.Removed, a[x], x + 1, null));
        for (; y < b.Length; y++) result.Add(new DiffLine(DiffOp.Added, b[y], null, y + 1));
        return result;
    }

    /// <summary>The diff as text: "  " kept, "- " removed, "+ " added, one line each.</summary>
    public static string Render(IEnumerable<DiffLine> lines) => string.Join("\n", lines.Select(l => l.Op switch
    {
        DiffOp.Added => "+ " + l.Text,
        DiffOp.Removed => "- " + l.Text,
        _ => "  " + l.Text,
    }));

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
}

namespace Hyeopchi.Domain.Common;

/// <summary>
/// A condition of the plan a coordinator must meet, or met: a refusal's unmet condition, a stage
/// gate's condition, a yearly obligation's detail. <see cref="Code"/> names it and <see cref="Args"/>
/// gives the facts it names; the host says it in Korean and English (Admin/Korean.cs), so the Domain
/// holds no sentence.
/// </summary>
/// <remarks>
/// The args are strings, written invariantly by the Domain (dates as yyyy-MM-dd, numbers in digits,
/// enum values by name, ids as GUIDs): a condition is kept in stored events
/// (<c>DivisionStageAdvanced.GateConditions</c>) and in read model snapshots, and strings come back
/// from JSON exactly as they went in, where <c>object</c> args would come back as JSON elements.
/// Where a condition names a list of items (dates, departments), the items are the last args.
/// </remarks>
public sealed record Condition(ConditionCode Code, IReadOnlyList<string> Args)
{
    /// <summary>A condition with its facts, each written invariantly (<see cref="Arg"/>).</summary>
    public static Condition Of(ConditionCode code, params object?[] args) => new(code, [.. args.Select(Arg)]);

    /// <summary>A condition naming the facts it gives, then a list of items.</summary>
    public static Condition Listing<T>(ConditionCode code, IEnumerable<T> items, params object?[] args) =>
        new(code, [.. args.Select(Arg), .. items.Select(i => Arg(i))]);

    /// <summary>One fact as an arg: a date as yyyy-MM-dd, a number in invariant digits, an enum value by name, nothing as "".</summary>
    public static string Arg(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public bool Equals(Condition? other) => other is not null && Code == other.Code && Args.SequenceEqual(other.Args);

    public override int GetHashCode() => HashCode.Combine(Code, Args.Count);

    public override string ToString() => $"{Code}({string.Join(", ", Args)})";
}

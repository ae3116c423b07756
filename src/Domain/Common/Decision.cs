namespace Hyeopchi.Domain.Common;

/// <summary>
/// A rule of the plan refused a command. <see cref="Rule"/> names it ("R2"), <see cref="Unmet"/>
/// lists each condition that is not yet satisfied, so a coordinator knows what to do next.
/// </summary>
public sealed record Refusal(string Rule, string Detail, IReadOnlyList<string> Unmet)
{
    public Refusal(string rule, string detail) : this(rule, detail, []) { }
}

/// <summary>The outcome of a decision: the events that record what happened, or a refusal.</summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<object> events, Refusal? refusal)
    {
        Events = events;
        Refusal = refusal;
    }

    public IReadOnlyList<object> Events { get; }

    public Refusal? Refusal { get; }

    public bool IsRefused => Refusal is not null;

    public static Decision Accept(params object[] events) => new(events, null);

    public static Decision Refuse(Refusal refusal) => new([], refusal);

    public static Decision Refuse(string rule, string detail, params string[] unmet) => new([], new Refusal(rule, detail, unmet));

    /// <summary>The accepted events; a refusal surfaces as <see cref="RuleRefusedException"/>.</summary>
    public IReadOnlyList<object> EventsOrThrow() =>
        Refusal is null ? Events : throw new RuleRefusedException(Refusal);
}

public sealed class RuleRefusedException(Refusal refusal) : Exception($"{refusal.Rule}: {refusal.Detail}")
{
    public Refusal Refusal { get; } = refusal;
}

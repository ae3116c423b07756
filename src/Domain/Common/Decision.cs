namespace Hyeopchi.Domain.Common;

/// <summary>
/// A rule of the plan refused a command. <see cref="Rule"/> names the rule ("R2"), <see cref="Code"/>
/// which of its refusals this is, and <see cref="Args"/> the facts the refusal names (typed: dates,
/// numbers, names, enum values), so the host can say it in Korean and English without the Domain
/// holding any sentence. <see cref="Unmet"/> lists each condition that is not yet satisfied (codes
/// with their facts, said by the host too), so a coordinator knows what to do next.
/// </summary>
public sealed record Refusal
{
    public Refusal(string rule, RefusalCode code, params object?[] args)
    {
        Rule = rule;
        Code = code;
        Args = args;
    }

    public string Rule { get; }

    public RefusalCode Code { get; }

    public IReadOnlyList<object?> Args { get; }

    public IReadOnlyList<Condition> Unmet { get; init; } = [];

    public Refusal WithUnmet(IEnumerable<Condition> unmet) => this with { Unmet = [.. unmet] };
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

    public static Decision Refuse(string rule, RefusalCode code, params object?[] args) => new([], new Refusal(rule, code, args));

    /// <summary>The accepted events; a refusal surfaces as <see cref="RuleRefusedException"/>.</summary>
    public IReadOnlyList<object> EventsOrThrow() =>
        Refusal is null ? Events : throw new RuleRefusedException(Refusal);
}

public sealed class RuleRefusedException(Refusal refusal) : Exception($"{refusal.Rule}: {refusal.Code}")
{
    public Refusal Refusal { get; } = refusal;
}

using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Tests;

/// <summary>Given events / When a decision / Then events or a refusal — no database.</summary>
public static class Specification
{
    public static TState Given<TState>(Func<TState?, object, TState?> evolve, params object[] history) where TState : class =>
        history.Aggregate<object, TState?>(null, evolve) ?? throw new InvalidOperationException("The history built no state.");

    public static void ThenEvents(this Decision decision, params object[] expected)
    {
        Assert.Null(decision.Refusal);
        Assert.Equal(expected.Length, decision.Events.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equivalent(expected[i], decision.Events[i], strict: true);
            Assert.IsType(expected[i].GetType(), decision.Events[i]);
        }
    }

    public static Refusal ThenRefused(this Decision decision, string rule)
    {
        Assert.Empty(decision.Events);
        Assert.NotNull(decision.Refusal);
        Assert.Equal(rule, decision.Refusal!.Rule);
        Assert.Throws<RuleRefusedException>(() => decision.EventsOrThrow());
        return decision.Refusal;
    }
}

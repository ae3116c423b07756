using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Admin;

namespace Hyeopchi.Host.Compliance.Answers;

/// <summary>
/// The year's obligations as GET /api/compliance/{year} answers them: the Domain's
/// <see cref="Domain.Workshops.YearlyObligations"/>, each obligation's detail said in words
/// (Admin/Korean.cs). The names and shape are the Domain's, so the answer and its description stay
/// what clients have always read.
/// </summary>
public sealed record YearlyObligations(int Year, IReadOnlyList<Obligation> Network, IReadOnlyList<DivisionObligations> Divisions)
{
    public static YearlyObligations Of(Domain.Workshops.YearlyObligations year) =>
        new(year.Year, [.. year.Network.Select(Obligation.Of)],
            [.. year.Divisions.Select(d => new DivisionObligations(d.DivisionId, d.Name, [.. d.Obligations.Select(Obligation.Of)]))]);
}

public sealed record DivisionObligations(Guid DivisionId, string Name, IReadOnlyList<Obligation> Obligations);

/// <summary>One obligation (R4, R5): its rule, whether it is met, and what a coordinator can do about it.</summary>
public sealed record Obligation(string Rule, ObligationStatus Status, string Detail)
{
    public static Obligation Of(Domain.Workshops.Obligation obligation) =>
        new(obligation.Rule, obligation.Status, Korean.Condition(obligation.Detail));
}

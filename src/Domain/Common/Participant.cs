namespace Hyeopchi.Domain.Common;

/// <summary>
/// Someone who took part in a workshop or a meeting, as they were on that day: their sector and
/// rank are copied into the event, so a later promotion does not change who attended what.
/// </summary>
public sealed record Participant(Guid PersonId, string Name, Sector Sector, Rank? Rank, string? Organisation)
{
    public bool IsAdministration => Sector == Sector.Administration;

    public bool IsWorkingLevelAdministration => IsAdministration && Rank == Common.Rank.WorkingLevel;

    public bool IsSectionChiefOrAbove => IsAdministration && Rank == Common.Rank.SectionChiefOrAbove;
}

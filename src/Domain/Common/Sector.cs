namespace Hyeopchi.Domain.Common;

/// <summary>The three sectors of cooperative governance (행정 / 의회 / 민간).</summary>
public enum Sector
{
    Civil,
    Administration,
    Council,
}

/// <summary>An administration participant's rank (과장급 이상 / 실무진).</summary>
public enum Rank
{
    WorkingLevel,
    SectionChiefOrAbove,
}

namespace Hyeopchi.Domain.Common;

/// <summary>
/// The year a list opens on when no year is asked for: this year when it has records, otherwise the latest
/// year that has (January of a new year is the normal case: last year's workshops and tasks are what there is
/// to see), and this year when nothing has been recorded at all. <see cref="InsteadOfCurrent"/> tells the page
/// to say so.
/// </summary>
public sealed record ShownYear(int Year, int CurrentYear)
{
    public bool InsteadOfCurrent => Year != CurrentYear;

    public static ShownYear Choose(int currentYear, IEnumerable<int> yearsWithRecords)
    {
        var years = yearsWithRecords.ToHashSet();
        return years.Count == 0 || years.Contains(currentYear)
            ? new ShownYear(currentYear, currentYear)
            : new ShownYear(years.Max(), currentYear);
    }
}

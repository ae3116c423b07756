using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Tests.Common;

public class ShownYearTests
{
    [Fact]
    public void Given_records_this_year_when_a_list_opens_then_it_shows_this_year() =>
        Assert.Equal(new ShownYear(2027, 2027), ShownYear.Choose(2027, [2025, 2026, 2027]));

    [Fact]
    public void Given_a_new_year_without_records_when_a_list_opens_then_it_shows_the_latest_year_that_has_and_says_so()
    {
        var shown = ShownYear.Choose(2027, [2024, 2026, 2025]);

        Assert.Equal(2026, shown.Year);
        Assert.True(shown.InsteadOfCurrent);
    }

    [Fact]
    public void Given_only_next_years_tasks_when_the_board_opens_then_it_shows_next_year() =>
        Assert.Equal(2028, ShownYear.Choose(2027, [2028]).Year);

    [Fact]
    public void Given_nothing_recorded_when_a_list_opens_then_it_shows_this_year_without_a_note() =>
        Assert.False(ShownYear.Choose(2027, []).InsteadOfCurrent);
}

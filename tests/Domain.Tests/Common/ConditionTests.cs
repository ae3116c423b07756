using System.Globalization;
using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Tests.Common;

/// <summary>A condition is a code and its facts written invariantly, whatever the culture the engine runs in.</summary>
public class ConditionTests
{
    [Fact]
    public void Given_any_culture_when_a_condition_names_its_facts_then_dates_numbers_enums_ids_and_nothing_read_the_same()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            var condition = Condition.Of(ConditionCode.IndicatorOnScale, new DateOnly(2028, 3, 7), 1.5m, 1200, Sector.Council,
                Guid.Parse("0196a1b2-0000-7000-8000-000000000001"), null);

            Assert.Equal(["2028-03-07", "1.5", "1200", "Council", "0196a1b2-0000-7000-8000-000000000001", ""], condition.Args);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_condition_listing_items_names_its_facts_first_and_equals_another_with_the_same_code_and_args()
    {
        var listed = Condition.Listing(ConditionCode.ExhibitUnstaffedDays, [new DateOnly(2028, 3, 7), new DateOnly(2028, 3, 8)], "마을 축제", "마을넷");

        Assert.Equal(["마을 축제", "마을넷", "2028-03-07", "2028-03-08"], listed.Args);
        Assert.Equal(new Condition(ConditionCode.ExhibitUnstaffedDays, ["마을 축제", "마을넷", "2028-03-07", "2028-03-08"]), listed);
        Assert.NotEqual(new Condition(ConditionCode.ExhibitWithoutStaff, ["마을 축제", "마을넷", "2028-03-07", "2028-03-08"]), listed);
    }
}

using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.People;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.People;

public class PersonRankTests
{
    private static readonly Guid Id = Guid.Parse("0196a1b2-0000-7000-8000-0000000000c2");
    private static readonly PersonRegistered Registered = new(Id, "오태양", Sector.Administration, "성북구청 자치행정과", Rank.WorkingLevel, new DateOnly(2027, 3, 15));

    [Fact]
    public void Given_a_working_level_officer_when_promoted_then_the_change_says_from_what_to_what() =>
        Person.ChangeRank(Given<Person>(Person.Evolve, Registered), Rank.SectionChiefOrAbove, "과장 승진", new DateOnly(2027, 7, 1))
            .ThenEvents(new PersonRankChanged(Id, Rank.WorkingLevel, Rank.SectionChiefOrAbove, "과장 승진", new DateOnly(2027, 7, 1)));

    [Fact]
    public void Given_a_promotion_the_rank_on_each_date_is_the_one_held_then_even_when_entered_out_of_order()
    {
        var person = Given<Person>(Person.Evolve, Registered,
            new PersonRankChanged(Id, Rank.WorkingLevel, Rank.SectionChiefOrAbove, null, new DateOnly(2028, 1, 1)),
            new PersonRankChanged(Id, Rank.WorkingLevel, Rank.SectionChiefOrAbove, null, new DateOnly(2027, 7, 1))); // entered late

        Assert.Equal(Rank.WorkingLevel, person.RankOn(new DateOnly(2027, 6, 30)));
        Assert.Equal(Rank.SectionChiefOrAbove, person.RankOn(new DateOnly(2027, 7, 1)));
        Assert.Equal(Rank.WorkingLevel, person.RankOn(new DateOnly(2027, 1, 1))); // before registration: the registered rank
        Assert.Equal(Rank.SectionChiefOrAbove, person.Rank);
        Assert.Equal(Rank.WorkingLevel, person.AsParticipantOn(new DateOnly(2027, 6, 30)).Rank);
    }

    [Fact]
    public void Given_a_rank_from_a_date_when_the_same_is_recorded_again_then_it_is_refused()
    {
        var person = Given<Person>(Person.Evolve, Registered, new PersonRankChanged(Id, Rank.WorkingLevel, Rank.SectionChiefOrAbove, null, new DateOnly(2027, 7, 1)));

        Person.ChangeRank(person, Rank.SectionChiefOrAbove, null, new DateOnly(2027, 7, 1)).ThenRefused("person.rank");
    }
}

using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Expos;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Expos;

public class ExpoDecisionTests
{
    private static readonly Guid Id = Expo.StreamIdFor(2028);
    private static readonly Guid Exhibit1 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e1");
    private static readonly Guid Exhibit2 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e2");
    private static readonly DateOnly Planned = new(2028, 1, 10);
    private static readonly DateOnly InWindow = new(2028, 2, 1);
    private static readonly DateOnly OpensOn = new(2028, 3, 6);

    private static readonly object[] PlannedExpo =
        [new ExpoPlanned(Id, 2028, Expo.DefaultVenue, new DateOnly(2028, 1, 15), new DateOnly(2028, 2, 15), OpensOn, new DateOnly(2028, 3, 8), Planned)];

    private static readonly object[] TwoSubmitted =
    [
        .. PlannedExpo,
        new ExhibitSubmitted(Id, 2028, Exhibit1, "성북구마을사회적경제센터", OrganisationType.Intermediary, "마을기업 협치", "요약", InWindow),
        new ExhibitSubmitted(Id, 2028, Exhibit2, "성북구청 자치행정과", OrganisationType.Administration, "주민자치회", "요약", InWindow),
    ];

    private static readonly object[] BothAccepted =
        [.. TwoSubmitted, new ExhibitAccepted(Id, 2028, Exhibit1, InWindow), new ExhibitAccepted(Id, 2028, Exhibit2, InWindow)];

    private static readonly object[] Staffed =
    [
        .. BothAccepted,
        new ExhibitStaffAssigned(Id, 2028, Exhibit1, "김하늘", OpensOn, StaffShift.AllDay, InWindow),
        new ExhibitStaffAssigned(Id, 2028, Exhibit2, "서유나", OpensOn, StaffShift.Morning, InWindow),
    ];

    private static readonly object[] Opened = [.. Staffed, new ExpoOpened(Id, 2028, OpensOn)];

    private static object[] EveryDay(Guid exhibit) =>
        [.. Enumerable.Range(0, 3).Select(d => new ExhibitStaffAssigned(Id, 2028, exhibit, "김하늘", OpensOn.AddDays(d), StaffShift.AllDay, InWindow))];

    private static Expo Given(params object[] history) => Given<Expo>(Expo.Evolve, history);

    [Fact]
    public void The_stream_id_of_a_year_is_stable_and_differs_between_years()
    {
        Assert.Equal(Expo.StreamIdFor(2028), Expo.StreamIdFor(2028));
        Assert.NotEqual(Expo.StreamIdFor(2028), Expo.StreamIdFor(2029));
        Assert.Equal(5, Expo.StreamIdFor(2028).Version);
    }

    [Fact]
    public void When_no_expo_exists_for_the_year_then_it_is_planned() =>
        ExpoDecisions.Plan(null, 2028, "성북구청 바람마당", new(2028, 1, 15), new(2028, 2, 15), OpensOn, new(2028, 3, 8), Planned)
            .ThenEvents(PlannedExpo[0]);

    [Fact]
    public void Given_the_years_expo_when_planning_another_then_R9_refuses() =>
        ExpoDecisions.Plan(Given(PlannedExpo), 2028, "아리랑시네센터", new(2028, 1, 15), new(2028, 2, 15), OpensOn, new(2028, 3, 8), Planned).ThenRefused("R9");

    [Theory]
    [InlineData("2028-01-15")]
    [InlineData("2028-02-15")]
    public void An_exhibit_on_the_edges_of_the_window_is_submitted(string on) =>
        Assert.Single(ExpoDecisions.Submit(Given(PlannedExpo), Exhibit1, "단체", OrganisationType.Civil, "제목", "요약", DateOnly.Parse(on)).EventsOrThrow());

    [Theory]
    [InlineData("2028-01-14")]
    [InlineData("2028-02-16")]
    public void Given_the_window_when_an_exhibit_comes_outside_it_then_R9_refuses(string on) =>
        Assert.Single(ExpoDecisions.Submit(Given(PlannedExpo), Exhibit1, "단체", OrganisationType.Civil, "제목", "요약", DateOnly.Parse(on)).ThenRefused("R9").Unmet);

    [Fact]
    public void A_submitted_exhibit_is_accepted_or_declined_with_a_reason_once()
    {
        ExpoDecisions.Accept(Given(TwoSubmitted), Exhibit1, InWindow).ThenEvents(new ExhibitAccepted(Id, 2028, Exhibit1, InWindow));
        ExpoDecisions.Decline(Given(TwoSubmitted), Exhibit2, "중복 출품", InWindow).ThenEvents(new ExhibitDeclined(Id, 2028, Exhibit2, "중복 출품", InWindow));
        ExpoDecisions.Decline(Given(BothAccepted), Exhibit1, "번복", InWindow).ThenRefused("expo.review");
        ExpoDecisions.Accept(Given(PlannedExpo), Exhibit1, InWindow).ThenRefused("expo.review");
    }

    [Fact]
    public void Only_accepted_exhibits_are_placed_or_staffed()
    {
        ExpoDecisions.Place(Given(TwoSubmitted), Exhibit1, PlacementKind.Booth, "A-1", InWindow).ThenRefused("R9");
        ExpoDecisions.AssignStaff(Given(TwoSubmitted), Exhibit1, "김하늘", OpensOn, StaffShift.AllDay, InWindow).ThenRefused("R9");
        ExpoDecisions.Place(Given(BothAccepted), Exhibit1, PlacementKind.Panel, "판넬 3", InWindow)
            .ThenEvents(new ExhibitPlaced(Id, 2028, Exhibit1, PlacementKind.Panel, "판넬 3", InWindow));
    }

    [Fact]
    public void Staff_shifts_fall_on_the_expo_days() =>
        ExpoDecisions.AssignStaff(Given(BothAccepted), Exhibit1, "김하늘", OpensOn.AddDays(-1), StaffShift.AllDay, InWindow).ThenRefused("expo.schedule");

    [Fact]
    public void Given_an_accepted_exhibit_without_staff_when_opening_then_R9_names_it()
    {
        var history = (object[])[.. BothAccepted, .. EveryDay(Exhibit1)];

        var refusal = ExpoDecisions.Open(Given(history), OpensOn).ThenRefused("R9");

        Assert.Equal([Condition.Of(ConditionCode.ExhibitWithoutStaff, "주민자치회", "성북구청 자치행정과")], refusal.Unmet);
    }

    [Fact]
    public void Given_every_accepted_exhibit_staffed_when_opening_then_it_opens_and_declined_ones_need_no_staff()
    {
        var history = (object[])[.. TwoSubmitted, new ExhibitAccepted(Id, 2028, Exhibit1, InWindow), new ExhibitDeclined(Id, 2028, Exhibit2, "분야 외", InWindow),
            .. EveryDay(Exhibit1)];

        ExpoDecisions.Open(Given(history), OpensOn).ThenEvents(new ExpoOpened(Id, 2028, OpensOn));
    }

    [Fact]
    public void The_expo_opens_only_on_its_days_and_once()
    {
        ExpoDecisions.Open(Given(Staffed), OpensOn.AddDays(-1)).ThenRefused("expo.schedule");
        ExpoDecisions.Open(Given(Opened), OpensOn).ThenRefused("expo.schedule");
    }

    [Fact]
    public void Reviews_and_venue_changes_stop_when_it_opens()
    {
        var history = (object[])[.. Opened];
        ExpoDecisions.ChangeVenue(Given(history), "아리랑시네센터", null, OpensOn).ThenRefused("expo.schedule");
        ExpoDecisions.ChangeVenue(Given(PlannedExpo), "아리랑시네센터", "공사", Planned)
            .ThenEvents(new ExpoVenueChanged(Id, 2028, Expo.DefaultVenue, "아리랑시네센터", "공사", Planned));
    }

    [Fact]
    public void An_open_expo_closes_once()
    {
        ExpoDecisions.Close(Given(Staffed), OpensOn).ThenRefused("expo.schedule");
        ExpoDecisions.Close(Given(Opened), OpensOn.AddDays(2)).ThenEvents(new ExpoClosed(Id, 2028, OpensOn.AddDays(2)));
        ExpoDecisions.Close(Given([.. Opened, new ExpoClosed(Id, 2028, OpensOn.AddDays(2))]), OpensOn.AddDays(2)).ThenRefused("expo.schedule");
    }

    [Fact]
    public void Linkages_are_recorded_once_the_expo_has_opened_even_afterwards()
    {
        var link = Guid.Parse("0196a1b2-0000-7000-8000-0000000000c9");
        ExpoDecisions.RecordLinkage(Given(Staffed), link, Exhibit1, "길음1동 주민자치회", "마을기업 공동 판로", OpensOn).ThenRefused("expo.schedule");
        ExpoDecisions.RecordLinkage(Given([.. Opened, new ExpoClosed(Id, 2028, OpensOn.AddDays(2))]), link, Exhibit1, "길음1동 주민자치회", "마을기업 공동 판로", new DateOnly(2028, 3, 20))
            .ThenEvents(new ExpoLinkageRecorded(Id, 2028, link, Exhibit1, "길음1동 주민자치회", "마을기업 공동 판로", new DateOnly(2028, 3, 20)));
    }

    [Fact]
    public void The_same_person_joins_the_planning_team_once()
    {
        var person = Guid.Parse("0196a1b2-0000-7000-8000-0000000000b1");
        var joined = new ExpoPlanningTeamMemberJoined(Id, 2028, person, "김하늘", "팀장", Planned);
        ExpoDecisions.JoinPlanningTeam(Given(PlannedExpo), person, "김하늘", "팀장", Planned).ThenEvents(joined);
        ExpoDecisions.JoinPlanningTeam(Given([.. PlannedExpo, joined]), person, "김하늘", null, Planned).ThenRefused("expo.team");
    }
}

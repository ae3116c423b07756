using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.People;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Education;

public class LeaderDiscoveryTests
{
    private static readonly Guid PersonId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a7");
    private static readonly Guid DivisionId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000d7");
    private static readonly Guid CourseId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e7");
    private static readonly DateOnly On = new(2025, 3, 12);

    private static readonly object Registered = new PersonRegistered(PersonId, "윤다온", Sector.Civil, "정릉3동 주민자치회", null, new DateOnly(2025, 1, 6));
    private static readonly object Discovered = new ResidentLeaderDiscovered(PersonId, DivisionId, "마을공동체 분과", "정릉3동 주민자치회", "마을 축제 기획 5년", On);

    private static Person GivenPerson(params object[] history) => Given<Person>(Person.Evolve, history);

    [Fact]
    public void Given_a_person_when_a_division_discovers_them_then_the_discovery_is_recorded() =>
        LeaderDiscoveryDecisions.Discover(GivenPerson(Registered), DivisionId, "마을공동체 분과", "정릉3동 주민자치회", "마을 축제 기획 5년", On)
            .ThenEvents(Discovered);

    [Fact]
    public void Given_a_discovered_person_when_discovered_again_then_it_is_refused() =>
        LeaderDiscoveryDecisions.Discover(GivenPerson(Registered, Discovered), null, null, "성북구 마을사회적경제센터", null, On.AddDays(3))
            .ThenRefused(LeaderDiscoveryDecisions.Rule);

    [Fact]
    public void Given_a_withdrawn_discovery_when_discovered_again_then_it_is_recorded()
    {
        var person = GivenPerson(Registered, Discovered, new ResidentLeaderDiscoveryWithdrawn(PersonId, On, "다른 사람으로 잘못 입력", On.AddDays(1)));

        LeaderDiscoveryDecisions.Discover(person, null, null, "성북구 마을사회적경제센터", null, On.AddDays(3))
            .ThenEvents(new ResidentLeaderDiscovered(PersonId, null, null, "성북구 마을사회적경제센터", null, On.AddDays(3)));
    }

    [Fact]
    public void Given_a_discovery_when_withdrawn_with_a_reason_then_the_withdrawal_names_the_discovery_date() =>
        LeaderDiscoveryDecisions.Withdraw(GivenPerson(Registered, Discovered), "본인이 활동을 사양함", On.AddDays(10))
            .ThenEvents(new ResidentLeaderDiscoveryWithdrawn(PersonId, On, "본인이 활동을 사양함", On.AddDays(10)));

    [Fact]
    public void Given_no_discovery_when_withdrawn_then_it_is_refused() =>
        LeaderDiscoveryDecisions.Withdraw(GivenPerson(Registered), "잘못 입력", On).ThenRefused(LeaderDiscoveryDecisions.Rule);

    [Fact]
    public void Given_a_withdrawn_discovery_when_withdrawn_again_then_it_is_refused()
    {
        var person = GivenPerson(Registered, Discovered, new ResidentLeaderDiscoveryWithdrawn(PersonId, On, "잘못 입력", On));

        var refusal = LeaderDiscoveryDecisions.Withdraw(person, "잘못 입력", On).ThenRefused(LeaderDiscoveryDecisions.Rule);

        Assert.Equal(RefusalCode.LeaderDiscoveryAlreadyWithdrawn, refusal.Code);
    }

    [Fact]
    public void Given_a_discovery_when_the_withdrawal_is_dated_before_it_then_it_is_refused() =>
        LeaderDiscoveryDecisions.Withdraw(GivenPerson(Registered, Discovered), "잘못 입력", On.AddDays(-1)).ThenRefused(LeaderDiscoveryDecisions.Rule);

    [Fact]
    public void A_discovery_on_or_before_the_enrolment_is_the_plans_order()
    {
        var discovery = GivenPerson(Registered, Discovered).Discovery;

        Assert.Equal(DiscoveryStanding.DiscoveredBefore, LeaderDiscoveryDecisions.StandingOf(CourseKind.LeaderEducation, discovery, On));
        Assert.False(LeaderDiscoveryDecisions.IsFlagged(DiscoveryStanding.DiscoveredBefore));
    }

    [Fact]
    public void An_enrolment_without_a_discovery_is_flagged_not_refused()
    {
        var standing = LeaderDiscoveryDecisions.StandingOf(CourseKind.LeaderEducation, null, On);

        Assert.Equal(DiscoveryStanding.NotDiscovered, standing);
        Assert.True(LeaderDiscoveryDecisions.IsFlagged(standing));
        CourseDecisions.Enrol(Given<Course>(Course.Evolve, new CourseOpened(CourseId, CourseKind.LeaderEducation, 2025, "협치 주민 리더 교육", 80, On)), PersonId, "윤다온", On)
            .ThenEvents(new CourseEnrolled(CourseId, CourseKind.LeaderEducation, 2025, "협치 주민 리더 교육", PersonId, "윤다온", On));
    }

    [Fact]
    public void A_discovery_dated_after_the_enrolment_is_flagged() =>
        Assert.Equal(DiscoveryStanding.DiscoveredAfter,
            LeaderDiscoveryDecisions.StandingOf(CourseKind.LeaderEducation, GivenPerson(Registered, Discovered).Discovery, On.AddDays(-1)));

    [Fact]
    public void A_withdrawn_discovery_counts_as_none() =>
        Assert.Equal(DiscoveryStanding.NotDiscovered, LeaderDiscoveryDecisions.StandingOf(CourseKind.LeaderEducation,
            GivenPerson(Registered, Discovered, new ResidentLeaderDiscoveryWithdrawn(PersonId, On, "잘못 입력", On)).Discovery, On.AddDays(5)));

    [Fact]
    public void Monitoring_group_training_has_no_discovery_rule() =>
        Assert.Null(LeaderDiscoveryDecisions.StandingOf(CourseKind.MonitorTraining, null, On));
}

public class CoursePartnerDepartmentTests
{
    private static readonly Guid CourseId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e8");
    private static readonly DateOnly On = new(2025, 3, 4);
    private static readonly object Opened = new CourseOpened(CourseId, CourseKind.LeaderEducation, 2025, "협치 주민 리더 교육", 80, On);

    [Fact]
    public void When_a_course_opens_with_a_partner_department_then_it_is_set_the_same_day() =>
        CourseDecisions.Open(CourseId, CourseKind.LeaderEducation, 2025, "협치 주민 리더 교육", null, On, "성북구청 마을민주주의과")
            .ThenEvents(Opened, new CoursePartnerDepartmentSet(CourseId, "성북구청 마을민주주의과", null, null, On));

    [Fact]
    public void Given_a_course_without_one_when_the_department_is_set_later_then_no_reason_is_needed() =>
        CourseDecisions.SetPartnerDepartment(Given<Course>(Course.Evolve, Opened), "성북구청 마을민주주의과", null, On.AddDays(7))
            .ThenEvents(new CoursePartnerDepartmentSet(CourseId, "성북구청 마을민주주의과", null, null, On.AddDays(7)));

    [Fact]
    public void Given_a_department_when_it_changes_without_a_reason_then_it_is_refused() =>
        CourseDecisions.SetPartnerDepartment(
                Given<Course>(Course.Evolve, Opened, new CoursePartnerDepartmentSet(CourseId, "성북구청 마을민주주의과", null, null, On)), "성북구청 자치행정과", " ", On)
            .ThenRefused(CourseDecisions.PartnerRule);

    [Fact]
    public void Given_a_department_when_it_changes_with_a_reason_then_the_change_keeps_the_previous_one() =>
        CourseDecisions.SetPartnerDepartment(
                Given<Course>(Course.Evolve, Opened, new CoursePartnerDepartmentSet(CourseId, "성북구청 마을민주주의과", null, null, On)), "성북구청 자치행정과", "조직 개편", On.AddMonths(6))
            .ThenEvents(new CoursePartnerDepartmentSet(CourseId, "성북구청 자치행정과", "성북구청 마을민주주의과", "조직 개편", On.AddMonths(6)));

    [Fact]
    public void Given_a_department_when_the_same_is_set_again_then_it_is_refused() =>
        CourseDecisions.SetPartnerDepartment(
                Given<Course>(Course.Evolve, Opened, new CoursePartnerDepartmentSet(CourseId, "성북구청 마을민주주의과", null, null, On)), "성북구청 마을민주주의과", "재확인", On)
            .ThenRefused(CourseDecisions.PartnerRule);
}

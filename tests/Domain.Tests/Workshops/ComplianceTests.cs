using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Workshops;

namespace Hyeopchi.Domain.Tests.Workshops;

public class ComplianceTests
{
    private static readonly DateOnly Launched = new(2027, 3, 15);
    private static readonly DivisionFacts Care = new(Guid.Parse("0196a1b2-0000-7000-8000-0000000000d1"), "돌봄복지분과", new DateOnly(2027, 3, 22));
    private static readonly Participant Civil = new(Guid.Parse("0196a1b2-0000-7000-8000-0000000000c1"), "윤수아", Sector.Civil, null, "성북돌봄네트워크");
    private static readonly Participant Chief = new(Guid.Parse("0196a1b2-0000-7000-8000-0000000000c2"), "서유나", Sector.Administration, Rank.SectionChiefOrAbove, null);
    private static readonly Participant Officer = new(Guid.Parse("0196a1b2-0000-7000-8000-0000000000c3"), "권준서", Sector.Administration, Rank.WorkingLevel, null);
    private static readonly Participant Councillor = new(Guid.Parse("0196a1b2-0000-7000-8000-0000000000c4"), "장민서", Sector.Council, Rank.SectionChiefOrAbove, null);

    private static int _next;

    private static WorkshopFacts Workshop(WorkshopKind kind, WorkshopScope scope, string on, int? reviewed = null, params Participant[] participants) =>
        new(Guid.Parse($"0196a1b2-0000-7000-8000-{Interlocked.Increment(ref _next):000000000000}"), kind, scope,
            scope == WorkshopScope.Division ? Care.Id : null, DateOnly.Parse(on), participants.Length == 0 ? [Civil] : participants, reviewed,
            kind == WorkshopKind.CivilGovernment && scope == WorkshopScope.Division ? "성북구청 복지정책과" : null);

    private static Obligation Network(YearlyObligations obligations, string rule) => obligations.Network.Single(o => o.Rule == rule);

    private static Obligation OfCare(YearlyObligations obligations, string rule) =>
        obligations.Divisions.Single(d => d.DivisionId == Care.Id).Obligations.Single(o => o.Rule == rule);

    [Fact]
    public void A_year_with_nothing_held_owes_every_obligation_and_says_what_is_missing()
    {
        var year = Compliance.For(2027, Launched, [Care], []);

        Assert.All(year.Network, o => Assert.Equal(ObligationStatus.Missing, o.Status));
        Assert.Equal([Compliance.DivisionCivilCivil, Compliance.DivisionCivilGovernment], year.Divisions.Single().Obligations.Select(o => o.Rule));
        Assert.Equal(Condition.Of(ConditionCode.NetworkCivilCivilMissing, 2027), Network(year, Compliance.NetworkCivilCivil).Detail);
    }

    [Fact]
    public void Every_workshop_of_the_plan_meets_every_obligation()
    {
        var year = Compliance.For(2027, Launched, [Care],
        [
            Workshop(WorkshopKind.CivilCivil, WorkshopScope.Network, "2027-05-10"),
            Workshop(WorkshopKind.CivilGovernment, WorkshopScope.Network, "2027-11-20", null, Civil, Chief),
            Workshop(WorkshopKind.CivilCivil, WorkshopScope.Division, "2027-06-12"),
            Workshop(WorkshopKind.CivilGovernment, WorkshopScope.Division, "2027-09-03", null, Civil, Officer),
        ]);

        Assert.All(year.Network.Concat(year.Divisions.Single().Obligations), o => Assert.Equal(ObligationStatus.Met, o.Status));
    }

    [Fact]
    public void A_division_civil_government_workshop_attended_only_by_a_section_chief_does_not_meet_R4()
    {
        var year = Compliance.For(2027, Launched, [Care], [Workshop(WorkshopKind.CivilGovernment, WorkshopScope.Division, "2027-09-03", null, Civil, Chief)]);

        var obligation = OfCare(year, Compliance.DivisionCivilGovernment);
        Assert.Equal(ObligationStatus.Missing, obligation.Status);
        Assert.Equal(Condition.Of(ConditionCode.DivisionCivilGovernmentWithoutWorkingLevel, new DateOnly(2027, 9, 3)), obligation.Detail);
    }

    [Fact]
    public void An_integrated_workshop_needs_administration_of_section_chief_rank_a_working_level_officer_or_a_councillor_is_not_enough()
    {
        var year = Compliance.For(2027, Launched, [Care], [Workshop(WorkshopKind.CivilGovernment, WorkshopScope.Network, "2027-11-20", null, Civil, Officer, Councillor)]);

        var obligation = Network(year, Compliance.IntegratedCivilGovernment);
        Assert.Equal(ObligationStatus.Missing, obligation.Status);
        Assert.Equal(Condition.Of(ConditionCode.IntegratedCivilGovernmentWithoutSectionChief, new DateOnly(2027, 11, 20)), obligation.Detail);
    }

    [Fact]
    public void A_workshop_on_31_December_counts_for_its_year_and_one_on_1_January_for_the_next()
    {
        WorkshopFacts[] held =
        [
            Workshop(WorkshopKind.CivilCivil, WorkshopScope.Network, "2027-12-31"),
            Workshop(WorkshopKind.CivilCivil, WorkshopScope.Division, "2028-01-01"),
        ];

        var y2027 = Compliance.For(2027, Launched, [Care], held);
        var y2028 = Compliance.For(2028, Launched, [Care], held);

        Assert.Equal(ObligationStatus.Met, Network(y2027, Compliance.NetworkCivilCivil).Status);
        Assert.Equal(ObligationStatus.Missing, OfCare(y2027, Compliance.DivisionCivilCivil).Status);
        Assert.Equal(ObligationStatus.Missing, Network(y2028, Compliance.NetworkCivilCivil).Status);
        Assert.Equal(ObligationStatus.Met, OfCare(y2028, Compliance.DivisionCivilCivil).Status);
    }

    [Fact]
    public void A_division_registered_mid_year_owes_that_year_one_registered_after_it_is_not_listed()
    {
        var midYear = Care with { RegisteredOn = new DateOnly(2027, 9, 30) };
        var nextYear = new DivisionFacts(Guid.Parse("0196a1b2-0000-7000-8000-0000000000d9"), "신설분과", new DateOnly(2028, 1, 1));

        var year = Compliance.For(2027, Launched, [midYear, nextYear], []);

        Assert.Equal([midYear.Id], year.Divisions.Select(d => d.DivisionId));
        Assert.Equal(2, Compliance.For(2028, Launched, [midYear, nextYear], []).Divisions.Count);
    }

    [Fact]
    public void R5_applies_only_from_the_networks_second_year()
    {
        Assert.DoesNotContain(Compliance.For(2027, Launched, [Care], []).Divisions.Single().Obligations, o => o.Rule == Compliance.MonitoringReviewed);
        Assert.Equal(ObligationStatus.Missing, OfCare(Compliance.For(2028, Launched, [Care], []), Compliance.MonitoringReviewed).Status);
    }

    [Fact]
    public void R5_flags_a_workshop_without_the_previous_years_monitoring_review_and_names_its_date()
    {
        var year = Compliance.For(2028, Launched, [Care],
        [
            Workshop(WorkshopKind.CivilCivil, WorkshopScope.Division, "2028-05-02", 2027),
            Workshop(WorkshopKind.CivilGovernment, WorkshopScope.Division, "2028-09-14", null, Civil, Officer),
            Workshop(WorkshopKind.CivilGovernment, WorkshopScope.Division, "2028-10-01", 2026, Civil, Officer),
        ]);

        var obligation = OfCare(year, Compliance.MonitoringReviewed);
        Assert.Equal(ObligationStatus.Flagged, obligation.Status);
        Assert.Equal(Condition.Listing(ConditionCode.WorkshopsWithoutReview, [new DateOnly(2028, 9, 14), new DateOnly(2028, 10, 1)], 2027), obligation.Detail);
    }

    [Fact]
    public void R5_is_met_when_every_workshop_of_the_division_reviewed_the_previous_year() =>
        Assert.Equal(ObligationStatus.Met, OfCare(Compliance.For(2028, Launched, [Care],
            [Workshop(WorkshopKind.CivilCivil, WorkshopScope.Division, "2028-05-02", 2027)]), Compliance.MonitoringReviewed).Status);

    [Fact]
    public void Another_divisions_workshop_does_not_meet_this_divisions_obligation()
    {
        var other = Workshop(WorkshopKind.CivilCivil, WorkshopScope.Division, "2027-06-12") with { DivisionId = Guid.NewGuid() };

        Assert.Equal(ObligationStatus.Missing, OfCare(Compliance.For(2027, Launched, [Care], [other]), Compliance.DivisionCivilCivil).Status);
    }
}

public class ComplianceRuleTests
{
    private static readonly DateOnly Launched = new(2027, 3, 15);
    private static readonly Participant Civil = new(Guid.Parse("0196a1b2-0000-7000-8000-0000000007c1"), "윤수아", Sector.Civil, null, "성북돌봄네트워크");
    private static readonly DivisionFacts Care = new(Guid.Parse("0196a1b2-0000-7000-8000-0000000007d1"), "돌봄복지분과", new DateOnly(2027, 3, 22),
        [new Hyeopchi.Domain.Divisions.DivisionMember("성북돌봄네트워크", Sector.Civil, new DateOnly(2027, 3, 22)) { Left = new DateOnly(2028, 5, 1) }]);

    private static WorkshopFacts Workshop(WorkshopScope scope, string on, int? reviewed) =>
        new(Guid.NewGuid(), WorkshopKind.CivilCivil, scope, scope == WorkshopScope.Division ? Care.Id : null, DateOnly.Parse(on), [Civil], reviewed);

    [Fact]
    public void R5_counts_a_review_only_of_a_published_report_and_network_workshops_carry_their_R5_flag()
    {
        WorkshopFacts[] held = [Workshop(WorkshopScope.Network, "2028-04-10", 2027), Workshop(WorkshopScope.Division, "2028-04-20", 2027)];

        var unpublished = Compliance.For(2028, Launched, [Care], held, new Dictionary<int, DateOnly>());
        var published = Compliance.For(2028, Launched, [Care], held, new Dictionary<int, DateOnly> { [2027] = new(2028, 2, 1) });
        var publishedLate = Compliance.For(2028, Launched, [Care], held, new Dictionary<int, DateOnly> { [2027] = new(2028, 4, 15) });

        Assert.Equal(ObligationStatus.Flagged, unpublished.Network.Single(o => o.Rule == Compliance.MonitoringReviewed).Status);
        Assert.Equal(ConditionCode.WorkshopsWithoutReviewReportUnpublished, unpublished.Divisions.Single().Obligations.Single(o => o.Rule == Compliance.MonitoringReviewed).Detail.Code);
        Assert.Equal(ObligationStatus.Met, published.Network.Single(o => o.Rule == Compliance.MonitoringReviewed).Status);
        Assert.Equal(ObligationStatus.Met, published.Divisions.Single().Obligations.Single(o => o.Rule == Compliance.MonitoringReviewed).Status);
        Assert.Equal(ObligationStatus.Flagged, publishedLate.Network.Single(o => o.Rule == Compliance.MonitoringReviewed).Status);
        Assert.DoesNotContain(Compliance.For(2027, Launched, [Care], []).Network, o => o.Rule == Compliance.MonitoringReviewed);
    }

    [Fact]
    public void A_division_registered_in_the_last_quarter_owes_its_yearly_workshops_from_the_next_year()
    {
        var autumn = Care with { RegisteredOn = new DateOnly(2027, 10, 1) };

        Assert.Empty(Compliance.For(2027, Launched, [autumn], []).Divisions);
        Assert.Equal([Compliance.DivisionCivilCivil, Compliance.DivisionCivilGovernment, Compliance.MonitoringReviewed],
            Compliance.For(2028, Launched, [autumn], []).Divisions.Single().Obligations.Select(o => o.Rule));
    }

    [Fact]
    public void A_division_civil_civil_workshop_counts_only_with_a_civil_member_present_and_a_member_that_left_does_not_count()
    {
        Assert.Equal(ObligationStatus.Met, Compliance.For(2028, Launched, [Care], [Workshop(WorkshopScope.Division, "2028-04-20", 2027)])
            .Divisions.Single().Obligations.Single(o => o.Rule == Compliance.DivisionCivilCivil).Status);
        Assert.Equal(ObligationStatus.Missing, Compliance.For(2028, Launched, [Care], [Workshop(WorkshopScope.Division, "2028-06-20", 2027)])
            .Divisions.Single().Obligations.Single(o => o.Rule == Compliance.DivisionCivilCivil).Status);
    }

    [Fact]
    public void A_withdrawn_workshop_meets_no_obligation() =>
        Assert.Equal(ObligationStatus.Missing, Compliance.For(2028, Launched, [Care], [Workshop(WorkshopScope.Network, "2028-04-10", 2027) with { Withdrawn = true }])
            .Network.Single(o => o.Rule == Compliance.NetworkCivilCivil).Status);
}

using Hyeopchi.Domain.Expos;
using Hyeopchi.Projections.Expos;
using Hyeopchi.Testing;
using Snapshooter.Xunit;

namespace Hyeopchi.Projections.Tests.Expos;

public class ExpoCatalogueProjectionTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static readonly Guid Person = Guid.Parse("0196a1b2-0000-7000-8000-0000000000b1");
    private static readonly Guid X1 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e1");
    private static readonly Guid X2 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e2");
    private static readonly Guid X3 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e3");
    private static readonly Guid Link = Guid.Parse("0196a1b2-0000-7000-8000-0000000000c1");

    [Fact]
    public async Task An_expo_from_planning_to_its_linkages_keeps_every_exhibit_review_placement_and_staff_shift()
    {
        var id = Expo.StreamIdFor(2028);
        await fixture.Append(id, "kim.coordinator",
            new ExpoPlanned(id, 2028, Expo.DefaultVenue, new DateOnly(2028, 1, 15), new DateOnly(2028, 2, 15), new DateOnly(2028, 3, 6), new DateOnly(2028, 3, 8), new DateOnly(2028, 1, 5)),
            new ExpoPlanningTeamMemberJoined(id, 2028, Person, "김하늘", "추진팀장", new DateOnly(2028, 1, 5)),
            new ExhibitSubmitted(id, 2028, X1, "성북구마을사회적경제센터", OrganisationType.Intermediary, "마을기업과 협치", "마을기업 판로", new DateOnly(2028, 1, 20)),
            new ExhibitSubmitted(id, 2028, X2, "성북구청 자치행정과", OrganisationType.Administration, "주민자치회 확대", "20개 동 주민자치회", new DateOnly(2028, 1, 21)),
            new ExhibitSubmitted(id, 2028, X3, "개인 제안자", OrganisationType.Individual, "비공개 제안", "요약", new DateOnly(2028, 1, 22)));
        await fixture.Append(id, "park.reviewer",
            new ExhibitAccepted(id, 2028, X1, new DateOnly(2028, 2, 20)),
            new ExhibitAccepted(id, 2028, X2, new DateOnly(2028, 2, 20)),
            new ExhibitDeclined(id, 2028, X3, "협치 정책과 관련 없음", new DateOnly(2028, 2, 20)),
            new ExhibitPlaced(id, 2028, X1, PlacementKind.Booth, "부스 A-1", new DateOnly(2028, 2, 25)),
            new ExhibitPlaced(id, 2028, X2, PlacementKind.Panel, "판넬 3", new DateOnly(2028, 2, 25)),
            new ExhibitStaffAssigned(id, 2028, X1, "김하늘", new DateOnly(2028, 3, 6), StaffShift.AllDay, new DateOnly(2028, 2, 28)),
            new ExhibitStaffAssigned(id, 2028, X2, "오태양", new DateOnly(2028, 3, 6), StaffShift.Morning, new DateOnly(2028, 2, 28)),
            new ExpoVenueChanged(id, 2028, Expo.DefaultVenue, "성북구청 바람마당 및 다목적홀", "출품 증가", new DateOnly(2028, 3, 1)),
            new ExpoOpened(id, 2028, new DateOnly(2028, 3, 6)),
            new ExpoClosed(id, 2028, new DateOnly(2028, 3, 8)),
            new ExpoLinkageRecorded(id, 2028, Link, X1, "길음1동 주민자치회", "마을기업 공동 판로", new DateOnly(2028, 3, 15)));

        await using var session = fixture.Store.QuerySession();
        var catalogue = await session.LoadAsync<ExpoCatalogue>(id);

        Assert.NotNull(catalogue);
        Assert.Equal(16, catalogue!.Version);
        Assert.Equal(2, catalogue.Accepted.Count());
        Assert.Equal("park.reviewer", catalogue.Exhibits.Single(x => x.Id == X3).Reviewer);
        Assert.Equal(1, catalogue.Exhibits.Single(x => x.Id == X1).Linkages);
        Snapshot.Match(catalogue);
    }
}

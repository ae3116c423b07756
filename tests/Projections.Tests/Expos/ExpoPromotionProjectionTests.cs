using Hyeopchi.Domain.Expos;
using Hyeopchi.Projections.Expos;
using Hyeopchi.Testing;
using Snapshooter.Xunit;

namespace Hyeopchi.Projections.Tests.Expos;

/// <summary>The expo's promotion period, side events and exhibits marked realised or hoped for, as the catalogue keeps them (L41).</summary>
public class ExpoPromotionProjectionTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static readonly Guid X1 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e1");
    private static readonly Guid X2 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e2");
    private static readonly Guid S1 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000f1");
    private static readonly Guid S2 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000f2");
    private static readonly Guid S3 = Guid.Parse("0196a1b2-0000-7000-8000-0000000000f3");

    [Fact]
    public async Task The_catalogue_keeps_the_promotion_period_its_changes_side_events_in_date_order_and_each_exhibits_mark()
    {
        var id = Expo.StreamIdFor(2029);
        var first = new PromotionPeriod(new(2029, 2, 1), new(2029, 2, 28));
        var second = new PromotionPeriod(new(2029, 2, 10), new(2029, 3, 5));
        await fixture.Append(id, "kim.coordinator",
            new ExpoPlanned(id, 2029, Expo.DefaultVenue, new(2029, 1, 15), new(2029, 2, 15), new(2029, 3, 6), new(2029, 3, 8), new(2029, 1, 5)),
            new ExpoPromotionPeriodSet(id, 2029, null, first, null, new(2029, 1, 5)),
            new ExhibitSubmitted(id, 2029, X1, "성북구청 자치행정과", OrganisationType.Administration, "주민자치회 확대", "요약", new(2029, 1, 20)),
            new ExhibitSubmitted(id, 2029, X2, "돈암동 주민모임", OrganisationType.Civil, "골목 공유부엌", "요약", new(2029, 1, 21), PolicyRealisation.Hoped),
            new ExpoSideEventRecorded(id, 2029, S1, "협치 토크 콘서트", new(2029, 3, 7), "성북구청 다목적홀", "성북구협치회의", new(2029, 1, 25)),
            new ExpoSideEventRecorded(id, 2029, S2, "홍보 버스킹", new(2029, 2, 14), "성신여대입구역 광장", "성북문화재단", new(2029, 1, 25)),
            new ExpoSideEventRecorded(id, 2029, S3, "마을 영화 상영", new(2029, 2, 20), "아리랑시네센터", "성북마을미디어", new(2029, 1, 26)));
        await fixture.Append(id, "park.reviewer",
            new ExpoPromotionPeriodSet(id, 2029, first, second, "현수막 게시 허가가 늦어짐", new(2029, 2, 1)),
            new ExpoSideEventWithdrawn(id, 2029, S3, "마을 영화 상영", "상영관 대관 취소", new(2029, 2, 3)),
            new ExhibitRealisationCorrected(id, 2029, X1, PolicyRealisation.Realised, PolicyRealisation.Hoped, "조례 개정 전이라 아직 시행 전", new(2029, 2, 4)),
            new ExhibitRealisationCorrected(id, 2029, X1, PolicyRealisation.Hoped, PolicyRealisation.Realised, "2월 시행 확인", new(2029, 2, 5)));

        await using var session = fixture.Store.QuerySession();
        var catalogue = await session.LoadAsync<ExpoCatalogue>(id);

        Assert.NotNull(catalogue);
        Assert.Equal(second, catalogue!.Promotion);
        Assert.Equal(["홍보 버스킹", "협치 토크 콘서트"], catalogue.SideEvents.Select(x => x.Title));
        Assert.Equal("상영관 대관 취소", Assert.Single(catalogue.WithdrawnSideEvents).WithdrawalReason);
        Assert.Equal(PolicyRealisation.Realised, catalogue.Exhibits.Single(x => x.Id == X1).Realisation);
        Assert.Equal(PolicyRealisation.Hoped, catalogue.Exhibits.Single(x => x.Id == X2).Realisation);
        Assert.Equal("park.reviewer", catalogue.PromotionChanges[1].Actor);
        Snapshot.Match(catalogue);
    }
}

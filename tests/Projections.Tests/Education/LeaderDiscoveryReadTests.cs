using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.People;
using Hyeopchi.Projections.Education;
using Hyeopchi.Testing;
using Snapshooter.Xunit;

namespace Hyeopchi.Projections.Tests.Education;

/// <summary>Discoveries folded into the person's document, read with the resident-leader courses that followed, and a course's partner department.</summary>
public class LeaderDiscoveryReadTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static readonly Guid Found = Guid.Parse("0196a1b2-0000-7000-8000-0000000004a1");
    private static readonly Guid Late = Guid.Parse("0196a1b2-0000-7000-8000-0000000004a2");
    private static readonly Guid Withdrawn = Guid.Parse("0196a1b2-0000-7000-8000-0000000004a3");
    private static readonly Guid WalkIn = Guid.Parse("0196a1b2-0000-7000-8000-0000000004a4");
    private static readonly Guid DivisionId = Guid.Parse("0196a1b2-0000-7000-8000-0000000004d1");
    private static readonly Guid CourseId = Guid.Parse("0196a1b2-0000-7000-8000-0000000004e1");
    private static readonly DateOnly Enrolled = new(2031, 4, 3);

    [Fact]
    public async Task Each_participant_stands_against_discovery_before_education_and_the_course_keeps_its_partner_departments()
    {
        foreach (var (id, name) in new[] { (Found, "윤다온"), (Late, "서하람"), (Withdrawn, "고은채"), (WalkIn, "남궁하린") })
        {
            await fixture.Append(id, "kim", new PersonRegistered(id, name, Sector.Civil, null, null, new DateOnly(2031, 1, 6)));
        }

        await fixture.Append(Found, "kim", new ResidentLeaderDiscovered(Found, DivisionId, "마을공동체분과", "정릉3동 주민자치회", "마을 축제 기획 5년", new DateOnly(2031, 3, 12)));
        await fixture.Append(Late, "kim", new ResidentLeaderDiscovered(Late, null, null, "성북구 마을사회적경제센터", null, new DateOnly(2031, 5, 2)));
        await fixture.Append(Withdrawn, "kim",
            new ResidentLeaderDiscovered(Withdrawn, null, null, "길음1동 주민자치회", null, new DateOnly(2031, 3, 2)),
            new ResidentLeaderDiscoveryWithdrawn(Withdrawn, new DateOnly(2031, 3, 2), "다른 사람으로 잘못 입력", new DateOnly(2031, 3, 4)));
        await fixture.Append(CourseId, "kim",
            new CourseOpened(CourseId, CourseKind.LeaderEducation, 2031, "2031년 협치 주민 리더 교육", 80, new DateOnly(2031, 4, 1)),
            new CoursePartnerDepartmentSet(CourseId, "성북구청 마을민주주의과", null, null, new DateOnly(2031, 4, 1)),
            new CourseEnrolled(CourseId, CourseKind.LeaderEducation, 2031, "2031년 협치 주민 리더 교육", Found, "윤다온", Enrolled),
            new CourseEnrolled(CourseId, CourseKind.LeaderEducation, 2031, "2031년 협치 주민 리더 교육", Late, "서하람", Enrolled),
            new CourseEnrolled(CourseId, CourseKind.LeaderEducation, 2031, "2031년 협치 주민 리더 교육", Withdrawn, "고은채", Enrolled),
            new CourseEnrolled(CourseId, CourseKind.LeaderEducation, 2031, "2031년 협치 주민 리더 교육", WalkIn, "남궁하린", Enrolled),
            new CourseCompleted(CourseId, CourseKind.LeaderEducation, 2031, "2031년 협치 주민 리더 교육", Found, "윤다온", 0, 0, new DateOnly(2031, 6, 30)),
            new CoursePartnerDepartmentSet(CourseId, "성북구청 자치행정과", "성북구청 마을민주주의과", "조직 개편", new DateOnly(2031, 7, 1)));

        await using var session = fixture.Store.QuerySession();
        var course = (await session.LoadAsync<CourseView>(CourseId))!;
        var standings = (await DiscoveryFacts.ParticipantsAsync(session, course, CancellationToken.None)).ToDictionary(p => p.PersonId, p => p.Standing);
        Assert.Equal(DiscoveryStanding.DiscoveredBefore, standings[Found]);
        Assert.Equal(DiscoveryStanding.DiscoveredAfter, standings[Late]);
        Assert.Equal(DiscoveryStanding.NotDiscovered, standings[Withdrawn]);
        Assert.Equal(DiscoveryStanding.NotDiscovered, standings[WalkIn]);

        var prospects = await DiscoveryFacts.ProspectsAsync(session, 2031, CancellationToken.None);
        Snapshot.Match(new { course.PartnerDepartment, course.PartnerDepartmentSince, course.PartnerDepartmentHistory, prospects });
    }
}

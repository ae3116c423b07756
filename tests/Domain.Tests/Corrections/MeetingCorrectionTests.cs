using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Meetings;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Corrections;

/// <summary>R10 for regular meetings; R3 counts the corrected meetings.</summary>
public class MeetingCorrectionTests
{
    private static readonly Guid Care = Guid.Parse("0196a1b2-0000-7000-8000-0000000002d1");
    private static readonly DateOnly AsOf = new(2028, 12, 31);
    private static readonly Participant Civil = new(Guid.Parse("0196a1b2-0000-7000-8000-0000000002c1"), "윤수아", Sector.Civil, null, "성북돌봄네트워크");
    private static readonly Participant Officer = new(Guid.Parse("0196a1b2-0000-7000-8000-0000000002c2"), "권준서", Sector.Administration, Rank.WorkingLevel, "성북구청 복지정책과");

    private static Guid MeetingId(int n) => Guid.Parse($"0196a1b2-0000-7000-8000-0000000002{n:00}");

    private static RegularMeetingHeld Held(int n) => new(MeetingId(n), Care, "돌봄복지분과", [Civil, Officer], null, new DateOnly(2028, n * 2, 10));

    private static Meeting Given(params object[] history) => Given<Meeting>(Meeting.Evolve, history);

    private static int Counted(params Meeting[] meetings) =>
        GateEvidence.For(Care, AsOf, [], meetings.Select(m => m.ToGateMeeting()), false).RegularMeetingsWithAdministrationInLast12Months;

    [Fact]
    public void When_a_meeting_is_withdrawn_then_R3_counts_one_meeting_fewer_and_a_second_withdrawal_is_refused()
    {
        var meetings = Enumerable.Range(1, 4).Select(n => Given(Held(n))).ToArray();
        Assert.Equal(4, Counted(meetings));

        var decision = MeetingDecisions.Withdraw(meetings[0], "다른 분과 회의를 잘못 기록", AsOf);

        decision.ThenEvents(new RegularMeetingWithdrawn(MeetingId(1), "다른 분과 회의를 잘못 기록", AsOf));
        var withdrawn = Given(Held(1), decision.Events[0]);
        Assert.Equal(3, Counted([withdrawn, .. meetings[1..]]));
        MeetingDecisions.Withdraw(withdrawn, "again", AsOf).ThenRefused("R10");
        MeetingDecisions.Correct(withdrawn, new MeetingCorrection(Minutes: "x"), "x", AsOf).ThenRefused("R10");
        MeetingDecisions.Withdraw(meetings[1], " ", AsOf).ThenRefused("R10");
    }

    [Fact]
    public void When_a_meetings_participants_are_corrected_to_no_administration_then_R3_no_longer_counts_it()
    {
        var decision = MeetingDecisions.Correct(Given(Held(1)), new MeetingCorrection(Participants: [Civil]), "행정 참석자 오기", AsOf);

        decision.ThenEvents(new RegularMeetingCorrected(MeetingId(1), new DateOnly(2028, 2, 10), Care, "돌봄복지분과", [Civil], null, ["participants"], "행정 참석자 오기", AsOf));
        Assert.Equal(1, Counted(Given(Held(1))));
        Assert.Equal(0, Counted(Given(Held(1), decision.Events[0])));
    }

    [Fact]
    public void When_a_meetings_date_is_corrected_out_of_the_12_months_then_R3_no_longer_counts_it()
    {
        var decision = MeetingDecisions.Correct(Given(Held(1)), new MeetingCorrection(HeldOn: new DateOnly(2027, 11, 30)), "연도 오기", AsOf);

        Assert.Equal(0, Counted(Given(Held(1), decision.Events[0])));
        MeetingDecisions.Correct(Given(Held(1)), new MeetingCorrection(), "nothing", AsOf).ThenRefused("R10");
        MeetingDecisions.Correct(Given(Held(1)), new MeetingCorrection(Participants: []), "none", AsOf).ThenRefused("meeting.participants");
    }
}

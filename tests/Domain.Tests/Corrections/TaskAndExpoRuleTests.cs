using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Domain.Workshops;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.Corrections;

/// <summary>R8 (carry-over to the next year only, joint only by a civil–government workshop) and R9 (every day staffed, dates changed, exhibits withdrawn, late submissions flagged).</summary>
public class TaskAndExpoRuleTests
{
    private static readonly Guid TaskId = Guid.Parse("0196a1b2-0000-7000-8000-0000000006a1");
    private static readonly Guid Successor = Guid.Parse("0196a1b2-0000-7000-8000-0000000006a2");
    private static readonly Guid Division = Guid.Parse("0196a1b2-0000-7000-8000-0000000006d1");
    private static readonly Guid Workshop = Guid.Parse("0196a1b2-0000-7000-8000-0000000006b1");
    private static readonly DateOnly March = new(2028, 3, 10);

    private static readonly object[] Adopted = [new StrategicTaskAdopted(TaskId, "돌봄 정보 지도", 2028, StrategicTaskOwner.Division(Division), Workshop, null, null, new DateOnly(2027, 11, 20))];

    private static StrategicTask Task(params object[] history) => Given<StrategicTask>(StrategicTask.Evolve, history);

    [Fact]
    public void A_task_is_carried_over_into_the_next_year_only_and_not_once_done()
    {
        StrategicTaskDecisions.CarryOver(Task(Adopted), Successor, 2030, null, "계속", March).ThenRefused("R8");
        Assert.False(StrategicTaskDecisions.CarryOver(Task(Adopted), Successor, 2029, null, "계속", March).IsRefused);
        StrategicTaskDecisions.CarryOver(Task([.. Adopted, new StrategicTaskStatusChanged(TaskId, StrategicTaskStatus.Planned, StrategicTaskStatus.Done, "완료", March)]),
            Successor, 2029, null, "계속", March).ThenRefused("R8");
        StrategicTaskDecisions.CarryOver(Task([.. Adopted, new StrategicTaskStatusChanged(TaskId, StrategicTaskStatus.Planned, StrategicTaskStatus.Dropped, "중단", March)]),
            Successor, 2029, null, "계속", March).ThenRefused("R8");
    }

    [Fact]
    public void A_task_becomes_joint_only_by_a_civil_government_workshops_decision()
    {
        var joint = StrategicTaskOwner.JointOf(Division);
        var refusal = StrategicTaskDecisions.ChangeOwner(Task(Adopted), joint, "공동 추진", March).ThenRefused("R8");
        Assert.Single(refusal.Unmet);
        StrategicTaskDecisions.ChangeOwner(Task(Adopted), joint, "공동 추진", March, new JointDecision(Workshop, WorkshopKind.CivilCivil, March, false)).ThenRefused("R8");
        StrategicTaskDecisions.ChangeOwner(Task(Adopted), joint, "공동 추진", March, new JointDecision(Workshop, WorkshopKind.CivilGovernment, March, true)).ThenRefused("R8");

        var decision = StrategicTaskDecisions.ChangeOwner(Task(Adopted), joint, "공동 추진", March, new JointDecision(Workshop, WorkshopKind.CivilGovernment, March, false));

        decision.ThenEvents(new StrategicTaskMadeJoint(TaskId, StrategicTaskOwner.Division(Division), joint, Workshop, "공동 추진", March));
        Assert.True(Task([.. Adopted, .. decision.Events]).Owner.Joint);
    }

    private static readonly Guid ExpoId = Expo.StreamIdFor(2028);
    private static readonly Guid Exhibit = Guid.Parse("0196a1b2-0000-7000-8000-0000000006e1");
    private static readonly DateOnly InWindow = new(2028, 2, 1);
    private static readonly DateOnly OpensOn = new(2028, 3, 6);
    private static readonly ExpoDates Dates = new(new DateOnly(2028, 1, 15), new DateOnly(2028, 2, 15), OpensOn, new DateOnly(2028, 3, 7));

    private static readonly object[] Accepted =
    [
        new ExpoPlanned(ExpoId, 2028, Expo.DefaultVenue, Dates.SubmissionsOpen, Dates.SubmissionsClose, Dates.OpensOn, Dates.ClosesOn, new DateOnly(2028, 1, 10)),
        new ExhibitSubmitted(ExpoId, 2028, Exhibit, "성북구마을사회적경제센터", OrganisationType.Intermediary, "마을기업 협치", "요약", InWindow),
        new ExhibitAccepted(ExpoId, 2028, Exhibit, InWindow),
    ];

    private static Expo ExpoOf(params object[] history) => Given<Expo>(Expo.Evolve, history);

    private static ExhibitStaffAssigned Shift(DateOnly day, StaffShift shift) => new(ExpoId, 2028, Exhibit, "김하늘", day, shift, InWindow);

    [Fact]
    public void The_expo_opens_only_when_every_accepted_exhibit_is_staffed_on_every_day_a_morning_alone_is_not_a_day()
    {
        var oneDay = (object[])[.. Accepted, Shift(OpensOn, StaffShift.AllDay)];
        var refusal = ExpoDecisions.Open(ExpoOf(oneDay), OpensOn).ThenRefused("R9");
        var unstaffed = Assert.Single(refusal.Unmet);
        Assert.Equal(ConditionCode.ExhibitUnstaffedDays, unstaffed.Code);
        Assert.Equal("2028-03-07", unstaffed.Args[^1]);

        ExpoDecisions.Open(ExpoOf([.. oneDay, Shift(OpensOn.AddDays(1), StaffShift.Morning)]), OpensOn).ThenRefused("R9");
        ExpoDecisions.Open(ExpoOf([.. oneDay, Shift(OpensOn.AddDays(1), StaffShift.Morning), Shift(OpensOn.AddDays(1), StaffShift.Afternoon)]), OpensOn)
            .ThenEvents(new ExpoOpened(ExpoId, 2028, OpensOn));
    }

    [Fact]
    public void When_its_organisation_withdraws_an_unstaffed_exhibit_then_the_expo_may_open_and_a_second_withdrawal_is_refused()
    {
        ExpoDecisions.Open(ExpoOf(Accepted), OpensOn).ThenRefused("R9");

        var decision = ExpoDecisions.WithdrawExhibit(ExpoOf(Accepted), Exhibit, "단체 사정", InWindow);

        decision.ThenEvents(new ExhibitWithdrawn(ExpoId, 2028, Exhibit, "성북구마을사회적경제센터", "단체 사정", InWindow));
        var withdrawn = ExpoOf([.. Accepted, .. decision.Events]);
        ExpoDecisions.Open(withdrawn, OpensOn).ThenEvents(new ExpoOpened(ExpoId, 2028, OpensOn));
        ExpoDecisions.WithdrawExhibit(withdrawn, Exhibit, "again", InWindow).ThenRefused("R10");
        ExpoDecisions.AssignStaff(withdrawn, Exhibit, "김하늘", OpensOn, StaffShift.AllDay, InWindow).ThenRefused("R10");
    }

    [Fact]
    public void The_expos_dates_change_before_it_opens_rechecking_what_was_submitted_and_the_new_days_need_staff()
    {
        var narrower = Dates with { SubmissionsOpen = new DateOnly(2028, 2, 5) };
        var refusal = ExpoDecisions.Reschedule(ExpoOf(Accepted), narrower, "일정 조정", InWindow).ThenRefused("R9");
        var outside = Assert.Single(refusal.Unmet);
        Assert.Equal(ConditionCode.ExpoExhibitSubmittedOutsideNewWindow, outside.Code);
        Assert.Equal("마을기업 협치", outside.Args[0]);

        var longer = Dates with { ClosesOn = new DateOnly(2028, 3, 8) };
        var decision = ExpoDecisions.Reschedule(ExpoOf(Accepted), longer, "하루 연장", InWindow);
        decision.ThenEvents(new ExpoRescheduled(ExpoId, 2028, Dates, longer, "하루 연장", InWindow));

        var staffedTwoDays = (object[])[.. Accepted, Shift(OpensOn, StaffShift.AllDay), Shift(OpensOn.AddDays(1), StaffShift.AllDay)];
        ExpoDecisions.Open(ExpoOf(staffedTwoDays), OpensOn).ThenEvents(new ExpoOpened(ExpoId, 2028, OpensOn));
        ExpoDecisions.Open(ExpoOf([.. staffedTwoDays, .. decision.Events]), OpensOn).ThenRefused("R9");
        ExpoDecisions.Reschedule(ExpoOf([.. staffedTwoDays, new ExpoOpened(ExpoId, 2028, OpensOn)]), longer, "x", OpensOn).ThenRefused("expo.schedule");
        ExpoDecisions.Reschedule(ExpoOf(Accepted), longer, " ", InWindow).ThenRefused("R10");
    }

    [Fact]
    public void A_submission_dated_inside_the_window_but_recorded_after_it_closed_is_flagged_for_review()
    {
        var expo = ExpoOf(Accepted[0]);
        var late = new DateOnly(2028, 2, 20);
        var id = Guid.Parse("0196a1b2-0000-7000-8000-0000000006e2");

        ExpoDecisions.Submit(expo, id, "길음1동 주민자치회", OrganisationType.Civil, "주민총회", "요약", InWindow, late).ThenEvents(
            new ExhibitSubmitted(ExpoId, 2028, id, "길음1동 주민자치회", OrganisationType.Civil, "주민총회", "요약", InWindow),
            new ExhibitSubmissionFlagged(ExpoId, 2028, id, late, Dates.SubmissionsClose, InWindow));
        ExpoDecisions.Submit(expo, id, "길음1동 주민자치회", OrganisationType.Civil, "주민총회", "요약", InWindow, InWindow).ThenEvents(
            new ExhibitSubmitted(ExpoId, 2028, id, "길음1동 주민자치회", OrganisationType.Civil, "주민총회", "요약", InWindow));
        ExpoDecisions.Submit(expo, id, "길음1동 주민자치회", OrganisationType.Civil, "주민총회", "요약", late, late).ThenRefused("R9");
    }
}

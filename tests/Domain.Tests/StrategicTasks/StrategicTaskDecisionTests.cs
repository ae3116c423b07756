using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.StrategicTasks;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.StrategicTasks;

public class StrategicTaskDecisionTests
{
    private static readonly Guid TaskId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a1");
    private static readonly Guid SuccessorId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a2");
    private static readonly Guid DivisionId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000d1");
    private static readonly Guid OtherDivisionId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000d2");
    private static readonly Guid WorkshopId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000b1");
    private static readonly Guid FindingId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000b2");
    private static readonly Guid ProposalId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000b3");
    private static readonly Guid MilestoneId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000c1");
    private static readonly DateOnly Adopted = new(2027, 11, 20);
    private static readonly DateOnly March = new(2028, 3, 10);
    private static readonly DateOnly June = new(2028, 6, 30);

    private static readonly object[] AdoptedTask =
    [
        new StrategicTaskAdopted(TaskId, "1인 가구 고립 예방 네트워크", 2028, StrategicTaskOwner.Division(DivisionId), WorkshopId, FindingId, ProposalId, Adopted),
    ];

    private static readonly object[] InProgress =
    [
        .. AdoptedTask,
        new StrategicTaskStatusChanged(TaskId, StrategicTaskStatus.Planned, StrategicTaskStatus.InProgress, "착수", March),
        new StrategicTaskProgressReported(TaskId, 30, "동별 실태 조사 완료", "https://example.org/report.pdf", June),
    ];

    private static StrategicTask GivenTask(params object[] history) => Given<StrategicTask>(StrategicTask.Evolve, history);

    [Fact]
    public void Given_an_adopted_task_then_it_is_planned_at_0_percent_with_its_origin_at_version_1()
    {
        var task = GivenTask(AdoptedTask);

        Assert.Equal(StrategicTaskStatus.Planned, task.Status);
        Assert.Equal(0, task.Percent);
        Assert.Equal(new TaskOrigin(WorkshopId, FindingId, ProposalId), task.Origin);
        Assert.Equal(1, task.Version);
        Assert.Equal(3, GivenTask(InProgress).Version);
    }

    [Fact]
    public void When_progress_is_reported_then_the_percent_note_and_evidence_are_recorded()
    {
        StrategicTaskDecisions.ReportProgress(GivenTask(AdoptedTask), 40, "설문 300건", "https://example.org/e", June)
            .ThenEvents(new StrategicTaskProgressReported(TaskId, 40, "설문 300건", "https://example.org/e", June));

        Assert.Equal(30, GivenTask(InProgress).Percent);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Progress_outside_0_to_100_is_refused(int percent) =>
        StrategicTaskDecisions.ReportProgress(GivenTask(AdoptedTask), percent, "note", null, June).ThenRefused("R8");

    [Theory]
    [InlineData(StrategicTaskStatus.Dropped)]
    [InlineData(StrategicTaskStatus.CarriedOver)]
    public void Given_a_closed_task_when_progress_is_reported_then_R8_refuses(StrategicTaskStatus closed)
    {
        object closing = closed == StrategicTaskStatus.Dropped
            ? new StrategicTaskStatusChanged(TaskId, StrategicTaskStatus.InProgress, StrategicTaskStatus.Dropped, "예산 삭감", June)
            : new StrategicTaskCarriedOver(TaskId, SuccessorId, 2029, "미완료", June);

        var refusal = StrategicTaskDecisions.ReportProgress(GivenTask([.. InProgress, closing]), 50, "note", null, June.AddDays(1)).ThenRefused("R8");

        Assert.Equal(RefusalCode.TaskClosed, refusal.Code);
        Assert.Equal([closed, Act.ReportProgress], refusal.Args);
    }

    [Fact]
    public void A_change_dated_before_the_adoption_is_refused() =>
        StrategicTaskDecisions.ReportProgress(GivenTask(AdoptedTask), 10, "note", null, Adopted.AddDays(-1)).ThenRefused("R8");

    [Fact]
    public void When_the_status_changes_with_a_reason_then_from_and_to_are_recorded() =>
        StrategicTaskDecisions.ChangeStatus(GivenTask(InProgress), StrategicTaskStatus.Done, "조례 반영 완료", June)
            .ThenEvents(new StrategicTaskStatusChanged(TaskId, StrategicTaskStatus.InProgress, StrategicTaskStatus.Done, "조례 반영 완료", June));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_status_change_without_a_reason_is_refused(string reason) =>
        StrategicTaskDecisions.ChangeStatus(GivenTask(InProgress), StrategicTaskStatus.Done, reason, June).ThenRefused("R8");

    [Fact]
    public void A_status_change_to_the_same_status_or_to_carried_over_is_refused()
    {
        StrategicTaskDecisions.ChangeStatus(GivenTask(InProgress), StrategicTaskStatus.InProgress, "again", June).ThenRefused("R8");
        StrategicTaskDecisions.ChangeStatus(GivenTask(InProgress), StrategicTaskStatus.CarriedOver, "이월", June).ThenRefused("R8");
    }

    [Fact]
    public void Given_a_dropped_task_it_may_be_taken_up_again_with_a_reason() =>
        StrategicTaskDecisions.ChangeStatus(
                GivenTask([.. InProgress, new StrategicTaskStatusChanged(TaskId, StrategicTaskStatus.InProgress, StrategicTaskStatus.Dropped, "중단", June)]),
                StrategicTaskStatus.InProgress, "예산 재배정", June.AddMonths(1))
            .ThenEvents(new StrategicTaskStatusChanged(TaskId, StrategicTaskStatus.Dropped, StrategicTaskStatus.InProgress, "예산 재배정", June.AddMonths(1)));

    [Fact]
    public void When_a_progress_report_is_corrected_then_the_correction_names_its_version_and_the_percent_follows()
    {
        var decision = StrategicTaskDecisions.CorrectProgress(GivenTask(InProgress), 3, 25, null, "집계 오류", June.AddDays(2));

        decision.ThenEvents(new StrategicTaskProgressCorrected(TaskId, 3, 25, null, "집계 오류", June.AddDays(2)));
        var corrected = GivenTask([.. InProgress, .. decision.Events]);
        Assert.Equal(25, corrected.Percent);
        Assert.True(corrected.Progress.Single().Corrected);
    }

    [Fact]
    public void Correcting_an_older_report_leaves_the_latest_percent()
    {
        var task = GivenTask([.. InProgress, new StrategicTaskProgressReported(TaskId, 60, "later", null, June.AddDays(5)),
            new StrategicTaskProgressCorrected(TaskId, 3, 20, null, "오류", June.AddDays(6))]);

        Assert.Equal(60, task.Percent);
        Assert.Equal([20, 60], task.Progress.Select(p => p.Percent));
    }

    [Fact]
    public void A_correction_of_a_version_that_is_not_a_progress_report_is_refused_by_R10()
    {
        var refusal = StrategicTaskDecisions.CorrectProgress(GivenTask(InProgress), 2, 25, null, "오류", June).ThenRefused("R10");

        Assert.Equal([Condition.Of(ConditionCode.ProgressReportVersion, 3, 30, new DateOnly(2028, 6, 30))], refusal.Unmet);
    }

    [Fact]
    public void When_the_owner_changes_then_from_and_to_are_recorded_and_the_same_owner_is_refused()
    {
        StrategicTaskDecisions.ChangeOwner(GivenTask(AdoptedTask), StrategicTaskOwner.Division(OtherDivisionId), "이관", March)
            .ThenEvents(new StrategicTaskOwnerChanged(TaskId, StrategicTaskOwner.Division(DivisionId), StrategicTaskOwner.Division(OtherDivisionId), "이관", March));
        StrategicTaskDecisions.ChangeOwner(GivenTask(AdoptedTask), StrategicTaskOwner.Division(DivisionId), "same", March).ThenRefused("R8");
        Assert.Equal(OtherDivisionId, GivenTask([.. AdoptedTask,
            new StrategicTaskOwnerChanged(TaskId, StrategicTaskOwner.Division(DivisionId), StrategicTaskOwner.Division(OtherDivisionId), "이관", March)]).Owner.DivisionId);
    }

    [Fact]
    public void Milestones_carry_due_dates_and_weights_that_add_up_to_at_most_100()
    {
        StrategicTaskDecisions.AddMilestone(GivenTask(AdoptedTask), MilestoneId, "실태 조사", new DateOnly(2028, 5, 31), 40, March)
            .ThenEvents(new StrategicTaskMilestoneAdded(TaskId, MilestoneId, "실태 조사", new DateOnly(2028, 5, 31), 40, March));

        var withSeventy = GivenTask([.. AdoptedTask, new StrategicTaskMilestoneAdded(TaskId, MilestoneId, "조사", new DateOnly(2028, 5, 31), 70, March)]);
        Assert.Equal([101], StrategicTaskDecisions.AddMilestone(withSeventy, Guid.NewGuid(), "보고", new DateOnly(2028, 9, 1), 31, March).ThenRefused("R8").Args);
        StrategicTaskDecisions.AddMilestone(GivenTask(AdoptedTask), MilestoneId, "late", new DateOnly(2027, 12, 1), 10, March).ThenRefused("R8");
    }

    [Fact]
    public void A_milestone_is_reached_once_and_only_if_it_exists()
    {
        var task = GivenTask([.. AdoptedTask, new StrategicTaskMilestoneAdded(TaskId, MilestoneId, "조사", new DateOnly(2028, 5, 31), 40, March)]);

        StrategicTaskDecisions.ReachMilestone(task, MilestoneId, "완료", June).ThenEvents(new StrategicTaskMilestoneReached(TaskId, MilestoneId, "완료", June));
        StrategicTaskDecisions.ReachMilestone(task, Guid.NewGuid(), null, June).ThenRefused("R8");
        var reached = GivenTask([.. AdoptedTask, new StrategicTaskMilestoneAdded(TaskId, MilestoneId, "조사", new DateOnly(2028, 5, 31), 40, March),
            new StrategicTaskMilestoneReached(TaskId, MilestoneId, null, June)]);
        Assert.Equal(June, reached.MilestoneOf(MilestoneId)!.ReachedOn);
        StrategicTaskDecisions.ReachMilestone(reached, MilestoneId, null, June).ThenRefused("R8");
    }

    [Fact]
    public void When_carried_over_then_this_task_names_its_successor_and_the_successor_keeps_the_original_origin()
    {
        var decision = StrategicTaskDecisions.CarryOver(GivenTask(InProgress), SuccessorId, 2029, null, "2029년 계속 추진", new DateOnly(2028, 12, 10));

        decision.ThenEvents(
            new StrategicTaskCarriedOver(TaskId, SuccessorId, 2029, "2029년 계속 추진", new DateOnly(2028, 12, 10)),
            new StrategicTaskContinued(SuccessorId, TaskId, "1인 가구 고립 예방 네트워크", 2029, StrategicTaskOwner.Division(DivisionId),
                WorkshopId, FindingId, ProposalId, 30, "2029년 계속 추진", new DateOnly(2028, 12, 10)));

        var old = GivenTask([.. InProgress, decision.Events[0]]);
        Assert.Equal(StrategicTaskStatus.CarriedOver, old.Status);
        Assert.Equal(SuccessorId, old.SuccessorId);
        var successor = GivenTask(decision.Events[1]);
        Assert.Equal((TaskId, 2029, StrategicTaskStatus.Planned, 1L), (successor.PredecessorId!.Value, successor.Year, successor.Status, successor.Version));
        Assert.Equal(new TaskOrigin(WorkshopId, FindingId, ProposalId), successor.Origin);
    }

    [Fact]
    public void A_carry_over_may_give_the_successor_a_new_title() =>
        Assert.Equal("1인 가구 돌봄 2단계", Assert.IsType<StrategicTaskContinued>(
            StrategicTaskDecisions.CarryOver(GivenTask(InProgress), SuccessorId, 2029, "1인 가구 돌봄 2단계", "확대", June).Events[1]).Title);

    [Theory]
    [InlineData(2028)]
    [InlineData(2027)]
    public void A_carry_over_only_goes_to_a_later_year(int toYear) =>
        StrategicTaskDecisions.CarryOver(GivenTask(InProgress), SuccessorId, toYear, null, "이월", June).ThenRefused("R8");

    [Fact]
    public void A_task_is_carried_over_once_and_a_dropped_task_not_at_all()
    {
        StrategicTaskDecisions.CarryOver(GivenTask([.. InProgress, new StrategicTaskCarriedOver(TaskId, SuccessorId, 2029, "이월", June)]),
            Guid.NewGuid(), 2030, null, "again", June).ThenRefused("R8");
        StrategicTaskDecisions.CarryOver(GivenTask([.. InProgress, new StrategicTaskStatusChanged(TaskId, StrategicTaskStatus.InProgress, StrategicTaskStatus.Dropped, "중단", June)]),
            SuccessorId, 2029, null, "이월", June).ThenRefused("R8");
        StrategicTaskDecisions.CarryOver(GivenTask(InProgress), SuccessorId, 2029, null, " ", June).ThenRefused("R8");
    }
}

using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.StrategicTasks;

/// <summary>The decisions about a strategic task (R8): pure functions from its state and a command to events or a refusal.</summary>
public static class StrategicTaskDecisions
{
    public const string Rule = "R8";

    /// <summary>R8: an owner change; it cannot make a task joint (that takes a civil–government workshop's decision, see the overload).</summary>
    public static Decision ChangeOwner(StrategicTask task, StrategicTaskOwner to, string reason, DateOnly on) =>
        ChangeOwner(task, to, reason, on, null);

    /// <summary>
    /// R8: an owner change states its reason. Making a task joint needs the decision of a
    /// civil–government workshop (<paramref name="decidedAt"/>), held on or before the change and not withdrawn;
    /// the change then records that workshop (<see cref="StrategicTaskMadeJoint"/>).
    /// </summary>
    public static Decision ChangeOwner(StrategicTask task, StrategicTaskOwner to, string reason, DateOnly on, JointDecision? decidedAt)
    {
        if (Refused(task, on, reason) is { } refused) return refused;
        if (task.IsClosed) return Closed(task, Act.ChangeOwner);
        if (task.Owner == to) return Decision.Refuse(Rule, RefusalCode.TaskOwnerUnchanged);
        if (!to.Joint || task.Owner.Joint)
            return Decision.Accept(new StrategicTaskOwnerChanged(task.Id, task.Owner, to, reason, on));

        var unmet = new List<Condition>();
        if (decidedAt is null)
            unmet.Add(Condition.Of(ConditionCode.JointDecisionGiven));
        else
        {
            if (decidedAt.Kind != Workshops.WorkshopKind.CivilGovernment) unmet.Add(Condition.Of(ConditionCode.JointDecidingWorkshopCivilGovernment));
            if (decidedAt.Withdrawn) unmet.Add(Condition.Of(ConditionCode.JointDecidingWorkshopNotWithdrawn));
            if (decidedAt.HeldOn > on) unmet.Add(Condition.Of(ConditionCode.JointDecidingWorkshopHeldBy, decidedAt.HeldOn, on));
        }

        return unmet.Count > 0
            ? Decision.Refuse(new Refusal(Rule, RefusalCode.TaskJointNeedsDecision).WithUnmet(unmet))
            : Decision.Accept(new StrategicTaskMadeJoint(task.Id, task.Owner, to, decidedAt!.WorkshopId, reason, on));
    }

    /// <summary>R10: the workshop that adopted the task was withdrawn as entered by mistake; the task goes with it, once.</summary>
    public static Decision WithdrawWithWorkshop(StrategicTask task, Guid workshopId, string reason, DateOnly on)
    {
        if (task.WithdrawnOn is { } withdrawn)
            return Decision.Refuse("R10", RefusalCode.TaskAlreadyWithdrawn, withdrawn);
        if (task.Origin.WorkshopId != workshopId)
            return Decision.Refuse(Rule, RefusalCode.TaskOfOtherWorkshop, task.Origin.WorkshopId, workshopId);
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse("R10", RefusalCode.WithdrawalNeedsReason);
        return Decision.Accept(new StrategicTaskWithdrawn(task.Id, workshopId, reason.Trim(), on));
    }

    /// <summary>A milestone with a due date in the task's year (or later) and a weight; the weights of a task add up to at most 100.</summary>
    public static Decision AddMilestone(StrategicTask task, Guid milestoneId, string title, DateOnly dueOn, int weight, DateOnly on)
    {
        if (Refused(task, on) is { } refused) return refused;
        if (task.IsClosed) return Closed(task, Act.AddMilestone);
        if (weight is < 1 or > 100) return Decision.Refuse(Rule, RefusalCode.MilestoneWeightOutOfRange);
        var total = task.Milestones.Sum(m => m.Weight) + weight;
        if (total > 100)
            return Decision.Refuse(Rule, RefusalCode.MilestoneWeightsOver100, total);
        if (dueOn.Year < task.Year)
            return Decision.Refuse(Rule, RefusalCode.MilestoneDueBeforeTaskYear, task.Year, dueOn.Year);
        return Decision.Accept(new StrategicTaskMilestoneAdded(task.Id, milestoneId, title, dueOn, weight, on));
    }

    public static Decision ReachMilestone(StrategicTask task, Guid milestoneId, string? note, DateOnly on)
    {
        if (Refused(task, on) is { } refused) return refused;
        if (task.IsClosed) return Closed(task, Act.ReachMilestone);
        var milestone = task.MilestoneOf(milestoneId);
        if (milestone is null) return Decision.Refuse(Rule, RefusalCode.TaskNoSuchMilestone, milestoneId);
        if (milestone.ReachedOn is { } reached) return Decision.Refuse(Rule, RefusalCode.MilestoneAlreadyReached, milestone.Title, reached);
        return Decision.Accept(new StrategicTaskMilestoneReached(task.Id, milestoneId, note, on));
    }

    /// <summary>No progress on a dropped or carried-over task; percent 0–100.</summary>
    public static Decision ReportProgress(StrategicTask task, int percent, string note, string? evidenceUrl, DateOnly on)
    {
        if (Refused(task, on) is { } refused) return refused;
        if (task.IsClosed) return Closed(task, Act.ReportProgress);
        if (percent is < 0 or > 100) return Decision.Refuse(Rule, RefusalCode.ProgressOutOfRange);
        return Decision.Accept(new StrategicTaskProgressReported(task.Id, percent, note, evidenceUrl, on));
    }

    /// <summary>R10: a wrong progress report is corrected by a new event naming the version it corrects.</summary>
    public static Decision CorrectProgress(StrategicTask task, long correctsVersion, int percent, string? note, string reason, DateOnly on)
    {
        if (Refused(task, on, reason) is { } refused) return refused;
        if (percent is < 0 or > 100) return Decision.Refuse(Rule, RefusalCode.ProgressOutOfRange);
        if (task.Progress.All(p => p.Version != correctsVersion))
            return Decision.Refuse(new Refusal("R10", RefusalCode.ProgressCorrectionOfNonReport, correctsVersion)
                .WithUnmet(task.Progress.Select(p => Condition.Of(ConditionCode.ProgressReportVersion, p.Version, p.Percent, p.On))));
        return Decision.Accept(new StrategicTaskProgressCorrected(task.Id, correctsVersion, percent, note, reason, on));
    }

    /// <summary>A status change states its reason; a carried-over task is closed; carrying over has its own command.</summary>
    public static Decision ChangeStatus(StrategicTask task, StrategicTaskStatus to, string reason, DateOnly on)
    {
        if (Refused(task, on, reason) is { } refused) return refused;
        if (to == StrategicTaskStatus.CarriedOver)
            return Decision.Refuse(Rule, RefusalCode.TaskCarryOverByOwnCommand);
        if (task.Status == StrategicTaskStatus.CarriedOver || task.WithdrawnOn is not null) return Closed(task, Act.ChangeStatus);
        if (task.Status == to) return Decision.Refuse(Rule, RefusalCode.TaskStatusUnchanged, to);
        return Decision.Accept(new StrategicTaskStatusChanged(task.Id, task.Status, to, reason, on));
    }

    /// <summary>
    /// Carrying over closes this task and starts its successor in a later year, linked both ways
    /// and keeping the original origin. The first event belongs to this task's stream, the second
    /// starts the successor's.
    /// </summary>
    public static Decision CarryOver(StrategicTask task, Guid successorId, int toYear, string? title, string reason, DateOnly on)
    {
        if (Refused(task, on, reason) is { } refused) return refused;
        if (task.IsClosed || task.Status == StrategicTaskStatus.Done) return Closed(task, Act.CarryOver);
        if (toYear != task.Year + 1) return Decision.Refuse(Rule, RefusalCode.TaskCarryOverNotNextYear, task.Year, task.Year + 1, toYear);
        return Decision.Accept(
            new StrategicTaskCarriedOver(task.Id, successorId, toYear, reason, on),
            new StrategicTaskContinued(successorId, task.Id, string.IsNullOrWhiteSpace(title) ? task.Title : title, toYear, task.Owner,
                task.Origin.WorkshopId, task.Origin.FindingId, task.Origin.ProposalId, task.Percent, reason, on));
    }

    private static Decision? Refused(StrategicTask task, DateOnly on, string? reason = "given")
    {
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse(Rule, RefusalCode.TaskChangeNeedsReason);
        if (on < task.AdoptedOn)
            return Decision.Refuse(Rule, RefusalCode.TaskChangeBeforeAdoption, on, task.AdoptedOn);
        return null;
    }

    private static Decision Closed(StrategicTask task, Act what) =>
        task.WithdrawnOn is not null
            ? Decision.Refuse(Rule, RefusalCode.TaskWithdrawnClosed, what)
            : Decision.Refuse(Rule, RefusalCode.TaskClosed, task.Status, what);
}

/// <summary>The workshop decision that makes a task joint, as R8 reads it.</summary>
public sealed record JointDecision(Guid WorkshopId, Workshops.WorkshopKind Kind, DateOnly HeldOn, bool Withdrawn);

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
        if (task.IsClosed) return Closed(task, "change its owner");
        if (task.Owner == to) return Decision.Refuse(Rule, "The task already has this owner.");
        if (!to.Joint || task.Owner.Joint)
            return Decision.Accept(new StrategicTaskOwnerChanged(task.Id, task.Owner, to, reason, on));

        var unmet = new List<string>();
        if (decidedAt is null)
            unmet.Add("민/관 워크숍의 결정 (the decision of a civil–government workshop: give its workshopId)");
        else
        {
            if (decidedAt.Kind != Workshops.WorkshopKind.CivilGovernment) unmet.Add("결정한 워크숍이 민/관 워크숍 (the deciding workshop is a civil–government one)");
            if (decidedAt.Withdrawn) unmet.Add("결정한 워크숍이 철회되지 않음 (the deciding workshop is not withdrawn)");
            if (decidedAt.HeldOn > on) unmet.Add($"워크숍({decidedAt.HeldOn:yyyy-MM-dd})이 변경일 이전 (the workshop was held on or before {on:yyyy-MM-dd})");
        }

        return unmet.Count > 0
            ? Decision.Refuse(new Refusal(Rule, "A task becomes joint only by a civil–government workshop's decision.", unmet))
            : Decision.Accept(new StrategicTaskMadeJoint(task.Id, task.Owner, to, decidedAt!.WorkshopId, reason, on));
    }

    /// <summary>R10: the workshop that adopted the task was withdrawn as entered by mistake; the task goes with it, once.</summary>
    public static Decision WithdrawWithWorkshop(StrategicTask task, Guid workshopId, string reason, DateOnly on)
    {
        if (task.WithdrawnOn is { } withdrawn)
            return Decision.Refuse("R10", $"The task was already withdrawn on {withdrawn:yyyy-MM-dd}.");
        if (task.Origin.WorkshopId != workshopId)
            return Decision.Refuse(Rule, $"The task was adopted by workshop {task.Origin.WorkshopId}, not {workshopId}.");
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse("R10", "A withdrawal must state its reason.");
        return Decision.Accept(new StrategicTaskWithdrawn(task.Id, workshopId, reason.Trim(), on));
    }

    /// <summary>A milestone with a due date in the task's year (or later) and a weight; the weights of a task add up to at most 100.</summary>
    public static Decision AddMilestone(StrategicTask task, Guid milestoneId, string title, DateOnly dueOn, int weight, DateOnly on)
    {
        if (Refused(task, on) is { } refused) return refused;
        if (task.IsClosed) return Closed(task, "add a milestone");
        if (weight is < 1 or > 100) return Decision.Refuse(Rule, "A milestone's weight is between 1 and 100.");
        var total = task.Milestones.Sum(m => m.Weight) + weight;
        if (total > 100)
            return Decision.Refuse(Rule, $"The milestones' weights would add up to {total}; they may add up to at most 100.");
        if (dueOn.Year < task.Year)
            return Decision.Refuse(Rule, $"A milestone of a {task.Year} task cannot be due in {dueOn.Year}.");
        return Decision.Accept(new StrategicTaskMilestoneAdded(task.Id, milestoneId, title, dueOn, weight, on));
    }

    public static Decision ReachMilestone(StrategicTask task, Guid milestoneId, string? note, DateOnly on)
    {
        if (Refused(task, on) is { } refused) return refused;
        if (task.IsClosed) return Closed(task, "reach a milestone");
        var milestone = task.MilestoneOf(milestoneId);
        if (milestone is null) return Decision.Refuse(Rule, $"The task has no milestone {milestoneId}.");
        if (milestone.ReachedOn is { } reached) return Decision.Refuse(Rule, $"The milestone \"{milestone.Title}\" was already reached on {reached:yyyy-MM-dd}.");
        return Decision.Accept(new StrategicTaskMilestoneReached(task.Id, milestoneId, note, on));
    }

    /// <summary>No progress on a dropped or carried-over task; percent 0–100.</summary>
    public static Decision ReportProgress(StrategicTask task, int percent, string note, string? evidenceUrl, DateOnly on)
    {
        if (Refused(task, on) is { } refused) return refused;
        if (task.IsClosed) return Closed(task, "report progress");
        if (percent is < 0 or > 100) return Decision.Refuse(Rule, "Progress is a percent between 0 and 100.");
        return Decision.Accept(new StrategicTaskProgressReported(task.Id, percent, note, evidenceUrl, on));
    }

    /// <summary>R10: a wrong progress report is corrected by a new event naming the version it corrects.</summary>
    public static Decision CorrectProgress(StrategicTask task, long correctsVersion, int percent, string? note, string reason, DateOnly on)
    {
        if (Refused(task, on, reason) is { } refused) return refused;
        if (percent is < 0 or > 100) return Decision.Refuse(Rule, "Progress is a percent between 0 and 100.");
        if (task.Progress.All(p => p.Version != correctsVersion))
            return Decision.Refuse("R10", $"Version {correctsVersion} of the task is not a progress report; a correction names the report it corrects.",
                task.Progress.Select(p => $"version {p.Version}: {p.Percent}% ({p.On:yyyy-MM-dd})").ToArray());
        return Decision.Accept(new StrategicTaskProgressCorrected(task.Id, correctsVersion, percent, note, reason, on));
    }

    /// <summary>A status change states its reason; a carried-over task is closed; carrying over has its own command.</summary>
    public static Decision ChangeStatus(StrategicTask task, StrategicTaskStatus to, string reason, DateOnly on)
    {
        if (Refused(task, on, reason) is { } refused) return refused;
        if (to == StrategicTaskStatus.CarriedOver)
            return Decision.Refuse(Rule, "A task is carried over by carrying it into the next year, which creates its successor.");
        if (task.Status == StrategicTaskStatus.CarriedOver || task.WithdrawnOn is not null) return Closed(task, "change its status");
        if (task.Status == to) return Decision.Refuse(Rule, $"The task is already {Name(to)}.");
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
        if (task.IsClosed || task.Status == StrategicTaskStatus.Done) return Closed(task, "carry it over");
        if (toYear != task.Year + 1) return Decision.Refuse(Rule, $"A {task.Year} task is carried over into the next year, {task.Year + 1}, not {toYear}.");
        return Decision.Accept(
            new StrategicTaskCarriedOver(task.Id, successorId, toYear, reason, on),
            new StrategicTaskContinued(successorId, task.Id, string.IsNullOrWhiteSpace(title) ? task.Title : title, toYear, task.Owner,
                task.Origin.WorkshopId, task.Origin.FindingId, task.Origin.ProposalId, task.Percent, reason, on));
    }

    private static Decision? Refused(StrategicTask task, DateOnly on, string? reason = "given")
    {
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse(Rule, "A change to a strategic task states its reason.");
        if (on < task.AdoptedOn)
            return Decision.Refuse(Rule, $"A change dated {on:yyyy-MM-dd} cannot precede the task's adoption on {task.AdoptedOn:yyyy-MM-dd}.");
        return null;
    }

    private static Decision Closed(StrategicTask task, string what) =>
        Decision.Refuse(Rule, $"The task is {(task.WithdrawnOn is not null ? "withdrawn (철회)" : Name(task.Status))}: nobody can {what} any more.");

    private static string Name(StrategicTaskStatus status) => status switch
    {
        StrategicTaskStatus.Planned => "planned (계획)",
        StrategicTaskStatus.InProgress => "in progress (진행 중)",
        StrategicTaskStatus.Done => "done (완료)",
        StrategicTaskStatus.Dropped => "dropped (중단)",
        _ => "carried over (이월)",
    };
}

/// <summary>The workshop decision that makes a task joint, as R8 reads it.</summary>
public sealed record JointDecision(Guid WorkshopId, Workshops.WorkshopKind Kind, DateOnly HeldOn, bool Withdrawn);

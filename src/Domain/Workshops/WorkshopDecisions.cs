using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.StrategicTasks;

namespace Hyeopchi.Domain.Workshops;

/// <summary>The decisions about a workshop: pure functions from its state and a command to events or a refusal.</summary>
public static class WorkshopDecisions
{
    /// <summary>
    /// A division workshop names its division; a network workshop names none. A missing monitoring
    /// review is not refused (R5 flags it in the year's obligations).
    /// </summary>
    public static Decision Hold(
        Guid workshopId, WorkshopKind kind, WorkshopScope scope, Guid? divisionId, string? divisionName, string? counterpartDepartment,
        string? title, IReadOnlyList<Participant> participants, IReadOnlyList<string> educationTopics, int? reviewedMonitoringYear, DateOnly on)
    {
        if (scope == WorkshopScope.Division && divisionId is null)
            return Decision.Refuse("workshop.scope", "A division workshop must name its division (divisionId).");
        if (scope == WorkshopScope.Network && divisionId is not null)
            return Decision.Refuse("workshop.scope", "A network-wide workshop belongs to no single division: leave divisionId out.");
        if (participants.Count == 0)
            return Decision.Refuse("workshop.participants", "A workshop needs at least one participant.");
        if (reviewedMonitoringYear is { } reviewed && reviewed >= on.Year)
            return Decision.Refuse("R5", $"A workshop on {on:yyyy-MM-dd} reviews a previous year's monitoring report, not {reviewed}'s.");
        return Decision.Accept(new WorkshopHeld(workshopId, kind, scope, divisionId, divisionName, counterpartDepartment, title,
            participants.DistinctBy(p => p.PersonId).ToList(), educationTopics, reviewedMonitoringYear, on));
    }

    public static Decision RecordFinding(Workshop workshop, Guid findingId, FindingKind kind, string text, DateOnly on) =>
        Before(workshop, on) ?? Decision.Accept(new WorkshopFindingRecorded(workshop.Id, findingId, kind, text, on));

    /// <summary>R10: a finding is never edited; a correction names the finding it corrects and why.</summary>
    public static Decision CorrectFinding(Workshop workshop, Guid findingId, FindingKind kind, string text, string reason, DateOnly on)
    {
        if (!workshop.Findings.ContainsKey(findingId))
            return Decision.Refuse("workshop.finding", $"The workshop has no finding {findingId}.");
        if (string.IsNullOrWhiteSpace(reason))
            return Decision.Refuse("R10", "A correction must state its reason.");
        return Before(workshop, on) ?? Decision.Accept(new WorkshopFindingCorrected(workshop.Id, findingId, kind, text, reason, on));
    }

    public static Decision MakeProposal(Workshop workshop, Guid proposalId, Guid? findingId, string text, DateOnly on)
    {
        if (findingId is { } finding && !workshop.Findings.ContainsKey(finding))
            return Decision.Refuse("workshop.finding", $"The workshop has no finding {finding}: a proposal answers a finding of the same workshop.");
        return Before(workshop, on) ?? Decision.Accept(new WorkshopProposalMade(workshop.Id, proposalId, findingId, text, on));
    }

    /// <summary>
    /// R8: the workshop's decision adopts a task for a year and an owner, keeping its origin. A joint
    /// (civil–government) task is adopted only at a civil–government workshop; a division workshop
    /// adopts tasks of its own division; a task is for this year or a later one. Gives two events:
    /// the workshop's decision, and the first event of the task's own stream.
    /// </summary>
    public static (Decision Workshop, StrategicTaskAdopted? Task) AdoptStrategicTask(
        Workshop workshop, Guid taskId, string title, int year, Guid? divisionId, bool joint, Guid? proposalId, DateOnly on)
    {
        var owner = divisionId ?? (workshop.Scope == WorkshopScope.Division ? workshop.DivisionId : null);
        Guid? findingId = null;
        Refusal? refusal = null;
        if (joint && workshop.Kind != WorkshopKind.CivilGovernment)
            refusal = new Refusal("R8", "A joint civil–government task is adopted only at a civil–government workshop.");
        else if (!joint && owner is null)
            refusal = new Refusal("R8", "A strategic task belongs to a division or is joint: give divisionId, or joint: true.");
        else if (workshop.Scope == WorkshopScope.Division && owner != workshop.DivisionId)
            refusal = new Refusal("R8", "A division workshop adopts tasks of its own division only.");
        else if (year < workshop.On.Year)
            refusal = new Refusal("R8", $"A workshop held in {workshop.On.Year} adopts tasks for {workshop.On.Year} or later, not {year}.");
        else if (proposalId is { } proposal && !workshop.Proposals.TryGetValue(proposal, out findingId))
            refusal = new Refusal("workshop.proposal", $"The workshop has no proposal {proposal}.");
        else if (Before(workshop, on) is { Refusal: { } early })
            refusal = early;

        if (refusal is not null) return (Decision.Refuse(refusal), null);

        var taskOwner = joint ? StrategicTaskOwner.JointOf(owner) : StrategicTaskOwner.Division(owner!.Value);
        return (Decision.Accept(new WorkshopAdoptedStrategicTask(workshop.Id, taskId, title, year, taskOwner, findingId, proposalId, on)),
            new StrategicTaskAdopted(taskId, title, year, taskOwner, workshop.Id, findingId, proposalId, on));
    }

    private static Decision? Before(Workshop workshop, DateOnly on) =>
        on < workshop.On
            ? Decision.Refuse("workshop.date", $"What a workshop found or decided cannot be dated {on:yyyy-MM-dd}, before the workshop on {workshop.On:yyyy-MM-dd}.")
            : null;
}

using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.StrategicTasks;

namespace Hyeopchi.Domain.Workshops;

/// <summary>The decisions about a workshop: pure functions from its state and a command to events or a refusal.</summary>
public static class WorkshopDecisions
{
    /// <summary>The rule that refuses a correction or withdrawal without a reason, changing nothing, or of a withdrawn workshop.</summary>
    public const string CorrectionRule = "R10";

    /// <summary>
    /// A division workshop names its division; a network workshop names none. A missing monitoring
    /// review is not refused (R5 flags it in the year's obligations).
    /// </summary>
    public static Decision Hold(
        Guid workshopId, WorkshopKind kind, WorkshopScope scope, Guid? divisionId, string? divisionName, string? counterpartDepartment,
        string? title, IReadOnlyList<Participant> participants, IReadOnlyList<string> educationTopics, int? reviewedMonitoringYear, DateOnly on)
    {
        if (scope == WorkshopScope.Division && divisionId is null)
            return Decision.Refuse("workshop.scope", RefusalCode.WorkshopDivisionMissing);
        if (scope == WorkshopScope.Network && divisionId is not null)
            return Decision.Refuse("workshop.scope", RefusalCode.WorkshopNetworkWithDivision);
        if (participants.Count == 0)
            return Decision.Refuse("workshop.participants", RefusalCode.WorkshopWithoutParticipants);
        if (reviewedMonitoringYear is { } reviewed && reviewed >= on.Year)
            return Decision.Refuse("R5", RefusalCode.WorkshopReviewsPastYear, on, reviewed);
        return Decision.Accept(new WorkshopHeld(workshopId, kind, scope, divisionId, divisionName, counterpartDepartment, title,
            participants.DistinctBy(p => p.PersonId).ToList(), educationTopics, reviewedMonitoringYear, on));
    }

    public static Decision RecordFinding(Workshop workshop, Guid findingId, FindingKind kind, string text, DateOnly on, Viewpoint? view = null) =>
        ViewpointAt(workshop, view) is not { } seen
            ? RefuseViewpointAt(view)
            : Before(workshop, on) ?? Decision.Accept(new WorkshopFindingRecorded(workshop.Id, findingId, kind, text, on, seen));

    /// <summary>R10: a finding is never edited; a correction names the finding it corrects and why.</summary>
    public static Decision CorrectFinding(Workshop workshop, Guid findingId, FindingKind kind, string text, string reason, DateOnly on, Viewpoint? view = null)
    {
        if (!workshop.Findings.ContainsKey(findingId))
            return Decision.Refuse("workshop.finding", RefusalCode.WorkshopNoSuchFinding, findingId);
        if (string.IsNullOrWhiteSpace(reason))
            return Decision.Refuse("R10", RefusalCode.CorrectionNeedsReason);
        // A correction that says nothing of the viewpoint keeps the one the finding had.
        view ??= workshop.Viewpoints.GetValueOrDefault(findingId);
        if (ViewpointAt(workshop, view) is not { } seen) return RefuseViewpointAt(view);
        return Before(workshop, on) ?? Decision.Accept(new WorkshopFindingCorrected(workshop.Id, findingId, kind, text, reason, on, seen));
    }

    public const string FindingViewpointRule = "workshop.finding.viewpoint";

    /// <summary>
    /// Whose view a finding is. Only the civil side sits at a civil–civil workshop, so its findings are
    /// the civil view; at a civil–government workshop each side names its own obstacles (plan L31), and a
    /// finding nobody attributes is one both sides share. Null: the view cannot be this workshop's.
    /// </summary>
    public static Viewpoint? ViewpointAt(Workshop workshop, Viewpoint? stated) => (workshop.Kind, stated) switch
    {
        (WorkshopKind.CivilCivil, null or Viewpoint.Civil) => Viewpoint.Civil,
        (WorkshopKind.CivilCivil, _) => null,
        (_, null) => Viewpoint.Shared,
        (_, { } view) => view,
    };

    private static Decision RefuseViewpointAt(Viewpoint? view) =>
        Decision.Refuse(FindingViewpointRule, RefusalCode.FindingViewpointAtCivilCivil, view);

    public const string IntegrationRule = "workshop.integration";

    /// <summary>
    /// A proposal answers a finding of its own workshop, or stands alone. The integrated civil–government
    /// workshop builds on the divisions' work (plan L31, "통합: 분과별 내용을 토대로"), so a proposal there
    /// may answer a finding of a division's workshop held the same year (<paramref name="findingWorkshop"/>),
    /// one that was not withdrawn.
    /// </summary>
    public static Decision MakeProposal(Workshop workshop, Guid proposalId, Guid? findingId, string text, DateOnly on, Workshop? findingWorkshop = null)
    {
        if (findingWorkshop is not null && findingWorkshop.Id != workshop.Id)
        {
            if (workshop is not { Scope: WorkshopScope.Network, Kind: WorkshopKind.CivilGovernment })
                return Decision.Refuse(IntegrationRule, RefusalCode.IntegrationOnlyAtIntegratedCivilGovernment);
            if (findingWorkshop.Scope != WorkshopScope.Division || findingWorkshop.On.Year != workshop.On.Year || findingWorkshop.IsWithdrawn)
                return Decision.Refuse(IntegrationRule, RefusalCode.IntegrationFromDivisionWorkshopOfTheYear, workshop.On.Year);
            if (findingId is not { } answered || !findingWorkshop.Findings.ContainsKey(answered))
                return Decision.Refuse("workshop.finding", RefusalCode.WorkshopNoSuchFinding, findingId);
            return Before(workshop, on) ?? Decision.Accept(new WorkshopProposalMade(workshop.Id, proposalId, findingId, text, on, findingWorkshop.Id));
        }

        if (findingId is { } finding && !workshop.Findings.ContainsKey(finding))
            return Decision.Refuse("workshop.finding", RefusalCode.ProposalFindingOfOtherWorkshop, finding);
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
            refusal = new Refusal("R8", RefusalCode.AdoptionJointAtCivilGovernmentOnly);
        else if (!joint && owner is null)
            refusal = new Refusal("R8", RefusalCode.AdoptionWithoutOwner);
        else if (workshop.Scope == WorkshopScope.Division && owner != workshop.DivisionId)
            refusal = new Refusal("R8", RefusalCode.AdoptionOfOtherDivision);
        else if (year < workshop.On.Year)
            refusal = new Refusal("R8", RefusalCode.AdoptionForPastYear, workshop.On.Year, year);
        else if (proposalId is { } proposal && !workshop.Proposals.TryGetValue(proposal, out findingId))
            refusal = new Refusal("workshop.proposal", RefusalCode.WorkshopNoSuchProposal, proposal);
        else if (Before(workshop, on) is { Refusal: { } early })
            refusal = early;

        if (refusal is not null) return (Decision.Refuse(refusal), null);

        var taskOwner = joint ? StrategicTaskOwner.JointOf(owner) : StrategicTaskOwner.Division(owner!.Value);
        // The task's lineage reaches back through an integrated proposal to the division workshop's finding it answered.
        Guid? findingWorkshop = proposalId is { } from && workshop.ProposalFindingWorkshops.TryGetValue(from, out var elsewhere) ? elsewhere : null;
        return (Decision.Accept(new WorkshopAdoptedStrategicTask(workshop.Id, taskId, title, year, taskOwner, findingId, proposalId, on)),
            new StrategicTaskAdopted(taskId, title, year, taskOwner, workshop.Id, findingId, proposalId, on, findingWorkshop));
    }

    /// <summary>
    /// R10: the facts given replace the recorded ones, with a required reason. The corrected workshop
    /// must be one <see cref="Hold"/> would accept, and its adopted tasks must still fit it (R8: a joint
    /// task needs a civil–government workshop, a division workshop's tasks are its division's, none
    /// for a year before the workshop's). Its date cannot move past what it found or decided.
    /// </summary>
    public static Decision Correct(Workshop workshop, WorkshopCorrection correction, string reason, DateOnly on)
    {
        if (Withdrawn(workshop, Act.Correct) is { } withdrawn) return withdrawn;
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse(CorrectionRule, RefusalCode.CorrectionNeedsReason);

        var heldOn = correction.HeldOn ?? workshop.On;
        var kind = correction.Kind ?? workshop.Kind;
        var scope = correction.Scope ?? workshop.Scope;
        var divisionId = scope == WorkshopScope.Network ? null : correction.DivisionId ?? workshop.DivisionId;
        var divisionName = scope == WorkshopScope.Network ? null : correction.DivisionId is not null ? correction.DivisionName : workshop.DivisionName;
        var counterpart = correction.CounterpartDepartment ?? workshop.CounterpartDepartment;
        var participants = correction.Participants?.DistinctBy(p => p.PersonId).ToList() ?? workshop.Participants;
        var reviewed = correction.ReviewedMonitoringYear ?? workshop.ReviewedMonitoringYear;

        if (scope == WorkshopScope.Division && divisionId is null)
            return Decision.Refuse("workshop.scope", RefusalCode.WorkshopDivisionMissing);
        if (scope == WorkshopScope.Network && correction.DivisionId is not null)
            return Decision.Refuse("workshop.scope", RefusalCode.WorkshopNetworkWithDivision);
        if (participants.Count == 0)
            return Decision.Refuse("workshop.participants", RefusalCode.WorkshopWithoutParticipants);
        if (heldOn > on)
            return Decision.Refuse("workshop.date", RefusalCode.WorkshopDatedAfterCorrection, on, heldOn);
        if (workshop.EarliestRecordOn is { } earliest && heldOn > earliest)
            return Decision.Refuse("workshop.date", RefusalCode.WorkshopDatedAfterRecords, earliest, heldOn);
        if (reviewed is { } year && year >= heldOn.Year)
            return Decision.Refuse("R5", RefusalCode.WorkshopReviewsPastYear, heldOn, year);

        var unfit = workshop.Adoptions.SelectMany(task => Unfit(task, kind, scope, divisionId, heldOn)).ToList();
        if (unfit.Count > 0)
            return Decision.Refuse(new Refusal(StrategicTaskDecisions.Rule, RefusalCode.WorkshopCorrectionUnfitsAdoptions).WithUnmet(unfit));

        var corrects = new List<string>();
        if (heldOn != workshop.On) corrects.Add("heldOn");
        if (kind != workshop.Kind) corrects.Add("kind");
        if (scope != workshop.Scope) corrects.Add("scope");
        if (divisionId != workshop.DivisionId) corrects.Add("divisionId");
        if (!string.Equals(counterpart, workshop.CounterpartDepartment, StringComparison.Ordinal)) corrects.Add("counterpartDepartment");
        if (!participants.SequenceEqual(workshop.Participants)) corrects.Add("participants");
        if (reviewed != workshop.ReviewedMonitoringYear) corrects.Add("reviewedMonitoringYear");
        if (corrects.Count == 0)
            return Decision.Refuse(CorrectionRule, RefusalCode.CorrectionChangesNothing);

        return Decision.Accept(new WorkshopCorrected(workshop.Id, heldOn, kind, scope, divisionId, divisionName, counterpart, participants, reviewed,
            corrects, reason.Trim(), on));
    }

    /// <summary>
    /// R10: a workshop entered by mistake is withdrawn once, with a reason. The strategic tasks it
    /// adopted go with it: the event names them, and each task's stream records
    /// <see cref="StrategicTaskDecisions.WithdrawWithWorkshop"/>.
    /// </summary>
    public static Decision Withdraw(Workshop workshop, string reason, DateOnly on)
    {
        if (Withdrawn(workshop, Act.Withdraw) is { } withdrawn) return withdrawn;
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse(CorrectionRule, RefusalCode.WithdrawalNeedsReason);
        return Decision.Accept(new WorkshopWithdrawn(workshop.Id, workshop.AdoptedTasks, reason.Trim(), on));
    }

    private static IEnumerable<Condition> Unfit(WorkshopAdoptedStrategicTask task, WorkshopKind kind, WorkshopScope scope, Guid? divisionId, DateOnly heldOn)
    {
        if (task.Owner.Joint && kind != WorkshopKind.CivilGovernment)
            yield return Condition.Of(ConditionCode.AdoptionJointNeedsCivilGovernment, task.Title);
        if (scope == WorkshopScope.Division && task.Owner.DivisionId != divisionId)
            yield return Condition.Of(ConditionCode.AdoptionOfOwnDivision, task.Title);
        if (task.Year < heldOn.Year)
            yield return Condition.Of(ConditionCode.AdoptionForWorkshopYear, task.Title, task.Year, heldOn.Year);
    }

    private static Decision? Withdrawn(Workshop workshop, Act what) =>
        workshop.WithdrawnOn is { } withdrawn
            ? Decision.Refuse(CorrectionRule, RefusalCode.WorkshopWithdrawn, withdrawn, what)
            : null;

    /// <summary>
    /// 워크숍 추진팀: a person joins the workshop's organising team once. The team prepares the workshop,
    /// so joining may be dated before it, but not after it was withdrawn.
    /// </summary>
    public static Decision JoinOrganisingTeam(Workshop workshop, Guid personId, string personName, string? role, DateOnly on) =>
        Withdrawn(workshop, Act.AddTo)
        ?? (workshop.Organisers.Contains(personId)
            ? Decision.Refuse("workshop.team", RefusalCode.WorkshopOrganiserAlready, personName)
            : Decision.Accept(new WorkshopOrganiserJoined(workshop.Id, personId, personName, role, on)));

    private static Decision? Before(Workshop workshop, DateOnly on) =>
        Withdrawn(workshop, Act.AddTo)
        ?? (on < workshop.On
            ? Decision.Refuse("workshop.date", RefusalCode.WorkshopRecordBeforeWorkshop, on, workshop.On)
            : null);
}

/// <summary>
/// The facts a workshop correction replaces (POST /api/workshops/{id}/corrections); a field left
/// null keeps the recorded one. A workshop corrected to network scope loses its division.
/// </summary>
public sealed record WorkshopCorrection(
    DateOnly? HeldOn = null,
    WorkshopKind? Kind = null,
    WorkshopScope? Scope = null,
    Guid? DivisionId = null,
    string? DivisionName = null,
    string? CounterpartDepartment = null,
    IReadOnlyList<Participant>? Participants = null,
    int? ReviewedMonitoringYear = null);

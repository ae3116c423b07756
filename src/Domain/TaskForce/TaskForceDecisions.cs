using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.TaskForce;

/// <summary>The decisions about the joint task force and its ordinance (R6).</summary>
public static class TaskForceDecisions
{
    public const string Rule = "R6";
    public const string MembersRule = "task-force.members";

    /// <summary>A missing sector as a refusal's <c>unmet</c> list names it: a member of that sector.</summary>
    public static Condition SectorMember(Sector sector) => Condition.Of(ConditionCode.TaskForceSectorMember, sector);

    public static Decision Create(Guid id, string name, DateOnly on) =>
        Decision.Accept(new TaskForceCreated(id, name, on));

    /// <summary>
    /// The TF becomes the network's designated joint TF (one at a time): <paramref name="currentlyDesignated"/>
    /// is the TF designated now, which this one replaces. A dissolved TF is not designated.
    /// </summary>
    public static Decision Designate(JointTaskForce tf, Guid? currentlyDesignated, string reason, DateOnly on)
    {
        if (Dissolved(tf) is { } dissolved) return Decision.Refuse(dissolved);
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse(Rule, RefusalCode.TaskForceDesignationNeedsReason);
        if (currentlyDesignated == tf.Id) return Decision.Refuse(Rule, RefusalCode.TaskForceAlreadyDesignated, tf.Name);
        if (on < tf.CreatedOn) return Decision.Refuse(Rule, RefusalCode.TaskForceDesignatedBeforeSetUp, on, tf.CreatedOn);
        return Decision.Accept(new TaskForceDesignated(tf.Id, currentlyDesignated, reason.Trim(), on));
    }

    /// <summary>R10: a TF is dissolved once, with a reason; it then does no more work and no longer counts for R3.</summary>
    public static Decision Dissolve(JointTaskForce tf, string reason, DateOnly on)
    {
        if (tf.DissolvedOn is { } dissolvedOn) return Decision.Refuse("R10", RefusalCode.TaskForceAlreadyDissolved, tf.Name, dissolvedOn);
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse("R10", RefusalCode.TaskForceDissolutionNeedsReason);
        if (on < tf.CreatedOn) return Decision.Refuse(Rule, RefusalCode.TaskForceDissolvedBeforeSetUp, on, tf.CreatedOn);
        return Decision.Accept(new TaskForceDissolved(tf.Id, reason.Trim(), on));
    }

    public static Decision AddMember(JointTaskForce tf, Guid personId, string name, Sector sector, string? organisation, DateOnly on)
    {
        if (Dissolved(tf) is { } dissolved) return Decision.Refuse(dissolved);
        if (tf.HasMember(personId))
            return Decision.Refuse(MembersRule, RefusalCode.TaskForceMemberAlready, name, tf.Name);
        if (tf.Ordinance == OrdinanceStage.Enacted)
            return Decision.Refuse(Rule, RefusalCode.TaskForceWorkClosedByEnactment, tf.Name);
        return Decision.Accept(new TaskForceMemberAdded(tf.Id, personId, name, sector, organisation, on));
    }

    /// <summary>A member leaves; a formed TF keeps all three sectors (R6), so the last member of a sector cannot leave it.</summary>
    public static Decision RemoveMember(JointTaskForce tf, Guid personId, string? reason, DateOnly on)
    {
        if (Dissolved(tf) is { } dissolved) return Decision.Refuse(dissolved);
        var member = tf.Members.FirstOrDefault(m => m.PersonId == personId);
        if (member is null)
            return Decision.Refuse(MembersRule, RefusalCode.TaskForceNotAMember, personId, tf.Name);
        if (tf.IsFormed && tf.Ordinance != OrdinanceStage.Enacted && tf.Members.Count(m => m.Sector == member.Sector) == 1)
            return Decision.Refuse(new Refusal(Rule, RefusalCode.TaskForceLastOfSector, member.Name, member.Sector)
                .WithUnmet([SectorMember(member.Sector)]));
        return Decision.Accept(new TaskForceMemberRemoved(tf.Id, personId, member.Name, member.Sector, reason, on));
    }

    /// <summary>R6: formed only with members of all three sectors; each missing sector is named.</summary>
    public static Decision Form(JointTaskForce tf, DateOnly on)
    {
        if (Dissolved(tf) is { } dissolved) return Decision.Refuse(dissolved);
        if (tf.IsFormed)
            return Decision.Refuse(Rule, RefusalCode.TaskForceAlreadyFormed, tf.Name, tf.FormedOn);
        if (on < tf.CreatedOn)
            return Decision.Refuse(Rule, RefusalCode.TaskForceFormedBeforeSetUp, on, tf.CreatedOn);
        var missing = tf.MissingSectors();
        if (missing.Count > 0)
            return Decision.Refuse(new Refusal(Rule, RefusalCode.TaskForceSectorsMissing, missing.Count).WithUnmet(missing.Select(SectorMember)));
        return Decision.Accept(new TaskForceFormed(tf.Id, Enum.GetValues<Sector>(), tf.Members.Count, on));
    }

    public static Decision HoldMeeting(JointTaskForce tf, string agenda, IReadOnlyList<Guid> attendees, string? minutes, DateOnly on)
    {
        if (Dissolved(tf) is { } dissolved) return Decision.Refuse(dissolved);
        var strangers = attendees.Where(a => !tf.HasMember(a)).ToList();
        if (strangers.Count > 0)
            return Decision.Refuse(new Refusal(MembersRule, RefusalCode.TaskForceAttendeesNotMembers).WithUnmet(strangers.Select(s => Condition.Of(ConditionCode.TaskForceAttendeeMember, s))));
        return Decision.Accept(new TaskForceMeetingHeld(tf.Id, tf.Meetings + 1, agenda, attendees, minutes, on));
    }

    /// <summary>R6: only a formed TF drafts; drafts are numbered 1, 2, 3 …; none while the council holds one or after enactment.</summary>
    public static Decision RecordDraft(JointTaskForce tf, string text, string? note, DateOnly on)
    {
        if (OrdinanceWorkRefusal(tf, Act.Draft, on) is { } refusal) return Decision.Refuse(refusal);
        if (tf.Ordinance == OrdinanceStage.Submitted)
            return Decision.Refuse(Rule, RefusalCode.TaskForceDraftBeforeCouncil, tf.SubmittedVersion);
        if (tf.LatestDraftOn is { } latest && on < latest)
            return Decision.Refuse(Rule, RefusalCode.TaskForceDraftPrecedesLatest, on, tf.LatestDraft, latest);
        return Decision.Accept(new OrdinanceDraftRecorded(tf.Id, tf.LatestDraft + 1, text, note, on));
    }

    /// <summary>R6: only a formed TF submits a draft to the council, one at a time.</summary>
    public static Decision Submit(JointTaskForce tf, int? version, DateOnly on)
    {
        if (OrdinanceWorkRefusal(tf, Act.SubmitDraft, on) is { } refusal) return Decision.Refuse(refusal);
        if (tf.Ordinance == OrdinanceStage.Submitted)
            return Decision.Refuse(Rule, RefusalCode.TaskForceDraftAlreadySubmitted, tf.SubmittedVersion);
        if (tf.LatestDraft == 0)
            return Decision.Refuse(new Refusal(Rule, RefusalCode.TaskForceNoDraft).WithUnmet([Condition.Of(ConditionCode.OrdinanceDraftRecorded)]));
        var submitted = version ?? tf.LatestDraft;
        if (submitted < 1 || submitted > tf.LatestDraft)
            return Decision.Refuse(Rule, RefusalCode.TaskForceNoSuchDraft, submitted, tf.LatestDraft);
        if (tf.LatestDraftOn is { } latest && on < latest)
            return Decision.Refuse(Rule, RefusalCode.TaskForceSubmissionPrecedesDraft, on, latest);
        return Decision.Accept(new OrdinanceDraftSubmitted(tf.Id, submitted, on));
    }

    /// <summary>The council enacts the submitted draft; this closes the ordinance work (R6).</summary>
    public static Decision Enact(JointTaskForce tf, string ordinanceNumber, DateOnly on)
    {
        if (CouncilDecisionRefusal(tf, on) is { } refusal) return Decision.Refuse(refusal);
        return Decision.Accept(new OrdinanceEnacted(tf.Id, tf.SubmittedVersion!.Value, ordinanceNumber, on));
    }

    public static Decision Reject(JointTaskForce tf, IReadOnlyList<string> reasons, DateOnly on)
    {
        if (CouncilDecisionRefusal(tf, on) is { } refusal) return Decision.Refuse(refusal);
        if (reasons.Count == 0 || reasons.Any(string.IsNullOrWhiteSpace))
            return Decision.Refuse(Rule, RefusalCode.TaskForceRejectionNeedsReasons);
        return Decision.Accept(new OrdinanceDraftRejected(tf.Id, tf.SubmittedVersion!.Value, reasons, on));
    }

    private static Refusal? Dissolved(JointTaskForce tf) =>
        tf.DissolvedOn is { } dissolved ? new Refusal(Rule, RefusalCode.TaskForceDissolved, tf.Name, dissolved) : null;

    private static Refusal? OrdinanceWorkRefusal(JointTaskForce tf, Act what, DateOnly on)
    {
        if (Dissolved(tf) is { } dissolved) return dissolved;
        if (tf.Ordinance == OrdinanceStage.Enacted)
            return new Refusal(Rule, RefusalCode.TaskForceOrdinanceEnacted, tf.Name);
        if (tf.FormedOn is not { } formed)
        {
            var unmet = tf.MissingSectors().Select(SectorMember).Append(Condition.Of(ConditionCode.TaskForceFormed)).ToList();
            return new Refusal(Rule, RefusalCode.TaskForceNotFormed, what).WithUnmet(unmet);
        }
        if (on < formed)
            return new Refusal(Rule, RefusalCode.TaskForceActBeforeFormed, formed, what, on);
        return null;
    }

    private static Refusal? CouncilDecisionRefusal(JointTaskForce tf, DateOnly on)
    {
        if (Dissolved(tf) is { } dissolved) return dissolved;
        if (tf.Ordinance == OrdinanceStage.Enacted)
            return new Refusal(Rule, RefusalCode.OrdinanceAlreadyEnacted);
        if (tf.Ordinance != OrdinanceStage.Submitted)
            return new Refusal(Rule, RefusalCode.OrdinanceNotBeforeCouncil).WithUnmet([Condition.Of(ConditionCode.OrdinanceDraftSubmitted)]);
        if (on < tf.SubmittedOn)
            return new Refusal(Rule, RefusalCode.CouncilDecisionBeforeSubmission, tf.SubmittedOn);
        return null;
    }
}

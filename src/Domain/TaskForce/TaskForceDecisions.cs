using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.TaskForce;

/// <summary>The decisions about the joint task force and its ordinance (R6).</summary>
public static class TaskForceDecisions
{
    public const string Rule = "R6";
    public const string MembersRule = "task-force.members";

    /// <summary>How a missing sector is named in a refusal's <c>unmet</c> list.</summary>
    public static string Describe(Sector sector) => sector switch
    {
        Sector.Civil => "민간 위원 (a civil member)",
        Sector.Administration => "행정 위원 (an administration member)",
        Sector.Council => "의회 위원 (a council member)",
        _ => sector.ToString(),
    };

    public static Decision Create(Guid id, string name, DateOnly on) =>
        Decision.Accept(new TaskForceCreated(id, name, on));

    /// <summary>
    /// The TF becomes the network's designated joint TF (one at a time): <paramref name="currentlyDesignated"/>
    /// is the TF designated now, which this one replaces. A dissolved TF is not designated.
    /// </summary>
    public static Decision Designate(JointTaskForce tf, Guid? currentlyDesignated, string reason, DateOnly on)
    {
        if (Dissolved(tf) is { } dissolved) return Decision.Refuse(dissolved);
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse(Rule, "A designation states its reason.");
        if (currentlyDesignated == tf.Id) return Decision.Refuse(Rule, $"{tf.Name} is already the network's designated joint TF.");
        if (on < tf.CreatedOn) return Decision.Refuse(Rule, $"A TF cannot be designated on {on:yyyy-MM-dd}, before it was set up on {tf.CreatedOn:yyyy-MM-dd}.");
        return Decision.Accept(new TaskForceDesignated(tf.Id, currentlyDesignated, reason.Trim(), on));
    }

    /// <summary>R10: a TF is dissolved once, with a reason; it then does no more work and no longer counts for R3.</summary>
    public static Decision Dissolve(JointTaskForce tf, string reason, DateOnly on)
    {
        if (tf.DissolvedOn is { } dissolvedOn) return Decision.Refuse("R10", $"{tf.Name} was already dissolved on {dissolvedOn:yyyy-MM-dd}.");
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse("R10", "A dissolution states its reason.");
        if (on < tf.CreatedOn) return Decision.Refuse(Rule, $"A TF cannot be dissolved on {on:yyyy-MM-dd}, before it was set up on {tf.CreatedOn:yyyy-MM-dd}.");
        return Decision.Accept(new TaskForceDissolved(tf.Id, reason.Trim(), on));
    }

    public static Decision AddMember(JointTaskForce tf, Guid personId, string name, Sector sector, string? organisation, DateOnly on)
    {
        if (Dissolved(tf) is { } dissolved) return Decision.Refuse(dissolved);
        if (tf.HasMember(personId))
            return Decision.Refuse(MembersRule, $"{name} is already a member of {tf.Name}.");
        if (tf.Ordinance == OrdinanceStage.Enacted)
            return Decision.Refuse(Rule, $"{tf.Name}'s ordinance was enacted: its work is closed.");
        return Decision.Accept(new TaskForceMemberAdded(tf.Id, personId, name, sector, organisation, on));
    }

    /// <summary>A member leaves; a formed TF keeps all three sectors (R6), so the last member of a sector cannot leave it.</summary>
    public static Decision RemoveMember(JointTaskForce tf, Guid personId, string? reason, DateOnly on)
    {
        if (Dissolved(tf) is { } dissolved) return Decision.Refuse(dissolved);
        var member = tf.Members.FirstOrDefault(m => m.PersonId == personId);
        if (member is null)
            return Decision.Refuse(MembersRule, $"The person {personId} is not a member of {tf.Name}.");
        if (tf.IsFormed && tf.Ordinance != OrdinanceStage.Enacted && tf.Members.Count(m => m.Sector == member.Sector) == 1)
            return Decision.Refuse(Rule, $"{member.Name} is the only {member.Sector} member of the formed TF; a formed TF keeps members of all three sectors.",
                Describe(member.Sector));
        return Decision.Accept(new TaskForceMemberRemoved(tf.Id, personId, member.Name, member.Sector, reason, on));
    }

    /// <summary>R6: formed only with members of all three sectors; each missing sector is named.</summary>
    public static Decision Form(JointTaskForce tf, DateOnly on)
    {
        if (Dissolved(tf) is { } dissolved) return Decision.Refuse(dissolved);
        if (tf.IsFormed)
            return Decision.Refuse(Rule, $"{tf.Name} was already formed on {tf.FormedOn:yyyy-MM-dd}.");
        if (on < tf.CreatedOn)
            return Decision.Refuse(Rule, $"A TF cannot be formed on {on:yyyy-MM-dd}, before it was set up on {tf.CreatedOn:yyyy-MM-dd}.");
        var missing = tf.MissingSectors();
        if (missing.Count > 0)
            return Decision.Refuse(new Refusal(Rule, $"The TF needs members of all three sectors: {missing.Count} missing.", missing.Select(Describe).ToList()));
        return Decision.Accept(new TaskForceFormed(tf.Id, Enum.GetValues<Sector>(), tf.Members.Count, on));
    }

    public static Decision HoldMeeting(JointTaskForce tf, string agenda, IReadOnlyList<Guid> attendees, string? minutes, DateOnly on)
    {
        if (Dissolved(tf) is { } dissolved) return Decision.Refuse(dissolved);
        var strangers = attendees.Where(a => !tf.HasMember(a)).ToList();
        if (strangers.Count > 0)
            return Decision.Refuse(MembersRule, "Every attendee must be a member of the TF.", strangers.Select(s => s.ToString()).ToArray());
        return Decision.Accept(new TaskForceMeetingHeld(tf.Id, tf.Meetings + 1, agenda, attendees, minutes, on));
    }

    /// <summary>R6: only a formed TF drafts; drafts are numbered 1, 2, 3 …; none while the council holds one or after enactment.</summary>
    public static Decision RecordDraft(JointTaskForce tf, string text, string? note, DateOnly on)
    {
        if (OrdinanceWorkRefusal(tf, "draft", on) is { } refusal) return Decision.Refuse(refusal);
        if (tf.Ordinance == OrdinanceStage.Submitted)
            return Decision.Refuse(Rule, $"Draft {tf.SubmittedVersion} is before the council; wait for its enactment or rejection.");
        if (tf.LatestDraftOn is { } latest && on < latest)
            return Decision.Refuse(Rule, $"A draft dated {on:yyyy-MM-dd} cannot precede draft {tf.LatestDraft} of {latest:yyyy-MM-dd}.");
        return Decision.Accept(new OrdinanceDraftRecorded(tf.Id, tf.LatestDraft + 1, text, note, on));
    }

    /// <summary>R6: only a formed TF submits a draft to the council, one at a time.</summary>
    public static Decision Submit(JointTaskForce tf, int? version, DateOnly on)
    {
        if (OrdinanceWorkRefusal(tf, "submit a draft", on) is { } refusal) return Decision.Refuse(refusal);
        if (tf.Ordinance == OrdinanceStage.Submitted)
            return Decision.Refuse(Rule, $"Draft {tf.SubmittedVersion} is already before the council.");
        if (tf.LatestDraft == 0)
            return Decision.Refuse(Rule, "There is no draft to submit.", "조례안 초안 (an ordinance draft)");
        var submitted = version ?? tf.LatestDraft;
        if (submitted < 1 || submitted > tf.LatestDraft)
            return Decision.Refuse(Rule, $"There is no draft version {submitted}; the latest is {tf.LatestDraft}.");
        if (tf.LatestDraftOn is { } latest && on < latest)
            return Decision.Refuse(Rule, $"A submission dated {on:yyyy-MM-dd} cannot precede the latest draft of {latest:yyyy-MM-dd}.");
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
            return Decision.Refuse(Rule, "A rejection states its reasons.");
        return Decision.Accept(new OrdinanceDraftRejected(tf.Id, tf.SubmittedVersion!.Value, reasons, on));
    }

    private static Refusal? Dissolved(JointTaskForce tf) =>
        tf.DissolvedOn is { } dissolved ? new Refusal(Rule, $"{tf.Name} was dissolved on {dissolved:yyyy-MM-dd}: its work is closed.") : null;

    private static Refusal? OrdinanceWorkRefusal(JointTaskForce tf, string what, DateOnly on)
    {
        if (Dissolved(tf) is { } dissolved) return dissolved;
        if (tf.Ordinance == OrdinanceStage.Enacted)
            return new Refusal(Rule, $"The ordinance was enacted: {tf.Name}'s ordinance work is closed.");
        if (tf.FormedOn is not { } formed)
        {
            var unmet = tf.MissingSectors().Select(Describe).Append("TF 구성 (the TF is formed)").ToList();
            return new Refusal(Rule, $"Only a formed TF may {what}.", unmet);
        }
        if (on < formed)
            return new Refusal(Rule, $"The TF was formed on {formed:yyyy-MM-dd}; it cannot {what} on {on:yyyy-MM-dd}.");
        return null;
    }

    private static Refusal? CouncilDecisionRefusal(JointTaskForce tf, DateOnly on)
    {
        if (Dissolved(tf) is { } dissolved) return dissolved;
        if (tf.Ordinance == OrdinanceStage.Enacted)
            return new Refusal(Rule, "The ordinance was already enacted.");
        if (tf.Ordinance != OrdinanceStage.Submitted)
            return new Refusal(Rule, "No draft is before the council.", ["의회 제출 (a draft submitted to the council)"]);
        if (on < tf.SubmittedOn)
            return new Refusal(Rule, $"The council's decision cannot precede the submission of {tf.SubmittedOn:yyyy-MM-dd}.");
        return null;
    }
}

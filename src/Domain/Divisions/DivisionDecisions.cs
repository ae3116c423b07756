using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Divisions;

/// <summary>The decisions about a division: pure functions from its state and a command to events or a refusal.</summary>
public static class DivisionDecisions
{
    /// <summary>The rule that refuses a correction or withdrawal without a reason, or of what was already withdrawn.</summary>
    public const string CorrectionRule = "R10";

    /// <summary>The rule that refuses a second division under the name of an existing one.</summary>
    public const string NameRule = "division.name";

    /// <summary>
    /// A division's name as two names are compared: composed (Unicode NFC), trimmed, without regard to case, so
    /// "마을자치분과" typed decomposed (NFD, as some clients send it) is the same name as the composed one.
    /// </summary>
    public static string NameKey(string name) => name.Normalize(System.Text.NormalizationForm.FormC).Trim().ToUpperInvariant();

    /// <param name="holder">The division that already has the name (compared by <see cref="NameKey"/>), if any: then it is refused.</param>
    public static Decision Register(Guid divisionId, string name, string field, DateOnly on, Guid? holder = null) =>
        holder is { } existing
            ? Decision.Refuse(NameRule, RefusalCode.DivisionNameTaken, name, existing)
            : Decision.Accept(new DivisionRegistered(divisionId, name, field, on));

    public const string VisionRule = "division.vision";

    /// <summary>
    /// 비전 수립: the first statement is part of stage 1's internal organisation; a later one replaces it and says why.
    /// Neither may be dated before the division was registered.
    /// </summary>
    public static Decision StateVision(Division division, string statement, string? reason, DateOnly on) =>
        on < division.RegisteredOn
            ? Decision.Refuse(VisionRule, RefusalCode.VisionBeforeRegistration, division.Name, division.RegisteredOn)
            : division.Vision is not null && string.IsNullOrWhiteSpace(reason)
                ? Decision.Refuse(VisionRule, RefusalCode.VisionRestatementNeedsReason, division.Name)
                : Decision.Accept(new DivisionVisionStated(division.Id, statement, string.IsNullOrWhiteSpace(reason) ? null : reason, division.Stage, on));

    public static Decision AppointChair(Division division, Guid personId, string personName, DateOnly on) =>
        division.ChairId == personId
            ? Decision.Refuse("division.chair", RefusalCode.DivisionAlreadyChaired, personName, division.Name)
            : Decision.Accept(new DivisionChairAppointed(division.Id, personId, personName, on));

    public static Decision AddMember(Division division, string organisation, Sector sector, DateOnly on) =>
        division.HasMember(organisation)
            ? Decision.Refuse("division.members", RefusalCode.DivisionMemberAlready, organisation, division.Name)
            : Decision.Accept(new DivisionMemberJoined(division.Id, organisation, sector, on));

    /// <summary>
    /// A trained resident leader joins: with their organisation as a member organisation, or, without
    /// one, as a single person (whom R2 does not count as a member organisation).
    /// </summary>
    public static Decision AddLeader(Division division, Guid personId, string personName, string? organisation, Sector sector, DateOnly on)
    {
        if (!string.IsNullOrWhiteSpace(organisation)) return AddMember(division, organisation, sector, on);
        return division.HasMember(personName)
            ? Decision.Refuse("division.members", RefusalCode.DivisionMemberAlready, personName, division.Name)
            : Decision.Accept(new DivisionIndividualMemberJoined(division.Id, personId, personName, sector, on));
    }

    /// <summary>R10, R2: a member organisation leaves on a date, with a reason; from that date it no longer counts.</summary>
    public static Decision RecordDeparture(Division division, string organisation, string reason, DateOnly on)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return Decision.Refuse(CorrectionRule, RefusalCode.DepartureNeedsReason);
        var member = division.Current(organisation);
        if (member is null)
            return division.Members.Any(m => string.Equals(m.Organisation, organisation, StringComparison.Ordinal))
                ? Decision.Refuse(CorrectionRule, RefusalCode.DivisionMemberAlreadyLeft, organisation, division.Name)
                : Decision.Refuse("division.members", RefusalCode.DivisionNotAMember, organisation, division.Name);
        if (on < member.Since)
            return Decision.Refuse("division.members", RefusalCode.DivisionLeaveBeforeJoin, organisation, member.Since, on);
        return Decision.Accept(new DivisionMemberLeft(division.Id, organisation, reason.Trim(), on));
    }

    /// <summary>The chair steps down on a date, with a reason; gate R2 then misses a chair until another is appointed.</summary>
    public static Decision StepDownChair(Division division, string reason, DateOnly on)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return Decision.Refuse(CorrectionRule, RefusalCode.StepDownNeedsReason);
        if (division.ChairId is not { } chair)
            return Decision.Refuse("division.chair", RefusalCode.DivisionWithoutChair, division.Name);
        if (on < division.ChairSince)
            return Decision.Refuse("division.chair", RefusalCode.StepDownBeforeAppointment, division.ChairSince, on);
        return Decision.Accept(new DivisionChairSteppedDown(division.Id, chair, division.ChairName, reason.Trim(), on));
    }

    /// <summary>R1: one step forward at a time, through the gate (R2, R3) that names each unmet condition.</summary>
    public static Decision Advance(Division division, Stage toStage, string? reason, GateFacts facts, GateThresholds thresholds, DateOnly on)
    {
        if (on < division.StageSince)
            return Decision.Refuse("R1", RefusalCode.StageChangeBeforeCurrent, on, division.StageSince);
        if (division.Stage == Stage.TripartiteGovernance)
            return Decision.Refuse("R1", RefusalCode.StageAlreadyLast);
        if ((int)toStage != (int)division.Stage + 1)
            return Decision.Refuse("R1", RefusalCode.StageOneStepAtATime, (int)division.Stage, (int)division.Stage + 1, (int)toStage);

        var gate = StageGate.Next(division, facts, thresholds, on)!; // not null: stage 3 was refused above
        return gate.IsOpen
            ? Decision.Accept(new DivisionStageAdvanced(division.Id, division.Stage, toStage, reason, [], on, gate.Met))
            : Decision.Refuse(new Refusal(gate.Rule, RefusalCode.StageGateClosed, (int)toStage, gate.Unmet.Count).WithUnmet(gate.Unmet));
    }

    /// <summary>R1: a step back is an explicit reversal of one stage, with a reason.</summary>
    public static Decision Revert(Division division, Stage toStage, string reason, DateOnly on)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return Decision.Refuse("R1", RefusalCode.ReversalNeedsReason);
        if (on < division.StageSince)
            return Decision.Refuse("R1", RefusalCode.StageChangeBeforeCurrent, on, division.StageSince);
        if (division.Stage == Stage.InternalOrganisation)
            return Decision.Refuse("R1", RefusalCode.StageAlreadyFirst);
        if ((int)toStage != (int)division.Stage - 1)
            return Decision.Refuse("R1", RefusalCode.ReversalOneStep, (int)division.Stage, (int)division.Stage - 1);
        return Decision.Accept(new DivisionStageReverted(division.Id, division.Stage, toStage, reason, on));
    }
}

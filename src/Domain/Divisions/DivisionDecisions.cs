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
            ? Decision.Refuse(NameRule, $"A division named {name} already exists ({existing}): a second one would make the two impossible to tell apart.")
            : Decision.Accept(new DivisionRegistered(divisionId, name, field, on));

    public const string VisionRule = "division.vision";

    /// <summary>
    /// 비전 수립: the first statement is part of stage 1's internal organisation; a later one replaces it and says why.
    /// Neither may be dated before the division was registered.
    /// </summary>
    public static Decision StateVision(Division division, string statement, string? reason, DateOnly on) =>
        on < division.RegisteredOn
            ? Decision.Refuse(VisionRule, $"{division.Name} was registered on {division.RegisteredOn:yyyy-MM-dd}; its vision cannot be dated earlier.")
            : division.Vision is not null && string.IsNullOrWhiteSpace(reason)
                ? Decision.Refuse(VisionRule, $"{division.Name} already stated its vision: a new statement gives the reason it replaces the old one.")
                : Decision.Accept(new DivisionVisionStated(division.Id, statement, string.IsNullOrWhiteSpace(reason) ? null : reason, division.Stage, on));

    public static Decision AppointChair(Division division, Guid personId, string personName, DateOnly on) =>
        division.ChairId == personId
            ? Decision.Refuse("division.chair", $"{personName} already chairs {division.Name}.")
            : Decision.Accept(new DivisionChairAppointed(division.Id, personId, personName, on));

    public static Decision AddMember(Division division, string organisation, Sector sector, DateOnly on) =>
        division.HasMember(organisation)
            ? Decision.Refuse("division.members", $"{organisation} is already a member of {division.Name}.")
            : Decision.Accept(new DivisionMemberJoined(division.Id, organisation, sector, on));

    /// <summary>
    /// A trained resident leader joins: with their organisation as a member organisation, or, without
    /// one, as a single person (whom R2 does not count as a member organisation).
    /// </summary>
    public static Decision AddLeader(Division division, Guid personId, string personName, string? organisation, Sector sector, DateOnly on)
    {
        if (!string.IsNullOrWhiteSpace(organisation)) return AddMember(division, organisation, sector, on);
        return division.HasMember(personName)
            ? Decision.Refuse("division.members", $"{personName} is already a member of {division.Name}.")
            : Decision.Accept(new DivisionIndividualMemberJoined(division.Id, personId, personName, sector, on));
    }

    /// <summary>R10, R2: a member organisation leaves on a date, with a reason; from that date it no longer counts.</summary>
    public static Decision RecordDeparture(Division division, string organisation, string reason, DateOnly on)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return Decision.Refuse(CorrectionRule, "A departure must state its reason.");
        var member = division.Current(organisation);
        if (member is null)
            return division.Members.Any(m => string.Equals(m.Organisation, organisation, StringComparison.Ordinal))
                ? Decision.Refuse(CorrectionRule, $"{organisation} already left {division.Name}.")
                : Decision.Refuse("division.members", $"{organisation} is not a member of {division.Name}.");
        if (on < member.Since)
            return Decision.Refuse("division.members", $"{organisation} joined on {member.Since:yyyy-MM-dd}; it cannot leave on {on:yyyy-MM-dd}.");
        return Decision.Accept(new DivisionMemberLeft(division.Id, organisation, reason.Trim(), on));
    }

    /// <summary>The chair steps down on a date, with a reason; gate R2 then misses a chair until another is appointed.</summary>
    public static Decision StepDownChair(Division division, string reason, DateOnly on)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return Decision.Refuse(CorrectionRule, "A chair stepping down must state the reason.");
        if (division.ChairId is not { } chair)
            return Decision.Refuse("division.chair", $"{division.Name} has no chair.");
        if (on < division.ChairSince)
            return Decision.Refuse("division.chair", $"The chair was appointed on {division.ChairSince:yyyy-MM-dd}; they cannot step down on {on:yyyy-MM-dd}.");
        return Decision.Accept(new DivisionChairSteppedDown(division.Id, chair, division.ChairName, reason.Trim(), on));
    }

    /// <summary>R1: one step forward at a time, through the gate (R2, R3) that names each unmet condition.</summary>
    public static Decision Advance(Division division, Stage toStage, string? reason, GateFacts facts, GateThresholds thresholds, DateOnly on)
    {
        if (on < division.StageSince)
            return Decision.Refuse("R1", $"A stage change on {on:yyyy-MM-dd} cannot precede the current stage's start on {division.StageSince:yyyy-MM-dd}.");
        if (division.Stage == Stage.TripartiteGovernance)
            return Decision.Refuse("R1", "The division is at stage 3, the last stage.");
        if ((int)toStage != (int)division.Stage + 1)
            return Decision.Refuse("R1", $"Stages advance one step at a time: from stage {(int)division.Stage} the next is stage {(int)division.Stage + 1}, not {(int)toStage}.");

        var gate = StageGate.Next(division, facts, thresholds, on)!; // not null: stage 3 was refused above
        return gate.IsOpen
            ? Decision.Accept(new DivisionStageAdvanced(division.Id, division.Stage, toStage, reason, gate.Met, on))
            : Decision.Refuse(new Refusal(gate.Rule, $"The gate to stage {(int)toStage} is not open: {gate.Unmet.Count} condition(s) unmet.", gate.Unmet));
    }

    /// <summary>R1: a step back is an explicit reversal of one stage, with a reason.</summary>
    public static Decision Revert(Division division, Stage toStage, string reason, DateOnly on)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return Decision.Refuse("R1", "A reversal must state its reason.");
        if (on < division.StageSince)
            return Decision.Refuse("R1", $"A stage change on {on:yyyy-MM-dd} cannot precede the current stage's start on {division.StageSince:yyyy-MM-dd}.");
        if (division.Stage == Stage.InternalOrganisation)
            return Decision.Refuse("R1", "The division is at stage 1, the first stage: there is nothing to revert.");
        if ((int)toStage != (int)division.Stage - 1)
            return Decision.Refuse("R1", $"A reversal goes back one stage: from stage {(int)division.Stage} only to stage {(int)division.Stage - 1}.");
        return Decision.Accept(new DivisionStageReverted(division.Id, division.Stage, toStage, reason, on));
    }
}

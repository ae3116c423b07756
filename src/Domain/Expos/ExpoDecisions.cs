using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Expos;

/// <summary>The decisions about the year's policy expo (R9).</summary>
public static class ExpoDecisions
{
    public const string Rule = "R9";
    public const string ReviewRule = "expo.review";
    public const string ScheduleRule = "expo.schedule";

    /// <summary>R9: one expo per year.</summary>
    public static Decision Plan(Expo? existing, int year, string venue, DateOnly submissionsOpen, DateOnly submissionsClose,
        DateOnly opensOn, DateOnly closesOn, DateOnly on) =>
        existing is not null
            ? Decision.Refuse(Rule, $"The {year} expo was already planned ({existing.OpensOn:yyyy-MM-dd}, {existing.Venue}); there is one expo a year.")
            : Decision.Accept(new ExpoPlanned(Expo.StreamIdFor(year), year, venue, submissionsOpen, submissionsClose, opensOn, closesOn, on));

    public static Decision ChangeVenue(Expo expo, string venue, string? reason, DateOnly on)
    {
        if (expo.Status != ExpoStatus.Planned)
            return Decision.Refuse(ScheduleRule, "The expo has opened: its venue can no longer change.");
        if (string.Equals(expo.Venue, venue, StringComparison.Ordinal))
            return Decision.Refuse(ScheduleRule, $"The expo is already at {venue}.");
        return Decision.Accept(new ExpoVenueChanged(expo.Id, expo.Year, expo.Venue, venue, reason, on));
    }

    /// <summary>
    /// R9: the expo's dates change only before it opens, with a reason. What was already submitted is
    /// checked again: an exhibit (not withdrawn) submitted outside the new window is named, and the change refused.
    /// </summary>
    public static Decision Reschedule(Expo expo, ExpoDates to, string reason, DateOnly on)
    {
        if (expo.Status != ExpoStatus.Planned)
            return Decision.Refuse(ScheduleRule, "The expo has opened: its dates can no longer change.");
        if (string.IsNullOrWhiteSpace(reason))
            return Decision.Refuse("R10", "A change of the expo's dates states its reason.");
        if (to.SubmissionsOpen > to.SubmissionsClose || to.OpensOn > to.ClosesOn || to.SubmissionsClose > to.ClosesOn || to.OpensOn.Year != expo.Year)
            return Decision.Refuse(ScheduleRule, $"The submission window opens before it closes, the expo's days run forward, submissions close by the last day, and the expo opens in {expo.Year}.");
        if (to == expo.Dates)
            return Decision.Refuse(ScheduleRule, "The expo already has these dates.");
        var outside = expo.Exhibits.Values
            .Where(x => !x.IsWithdrawn && (x.SubmittedOn < to.SubmissionsOpen || x.SubmittedOn > to.SubmissionsClose))
            .OrderBy(x => x.SubmittedOn).ThenBy(x => x.Title, StringComparer.Ordinal)
            .Select(x => $"{x.Title} ({x.Organisation}): {x.SubmittedOn:yyyy-MM-dd} 제출, 새 제출 기간 밖 (submitted outside the new window)")
            .ToList();
        if (outside.Count > 0)
            return Decision.Refuse(new Refusal(Rule, $"{outside.Count} exhibit(s) were submitted outside the new window {to.SubmissionsOpen:yyyy-MM-dd}–{to.SubmissionsClose:yyyy-MM-dd}.", outside));
        return Decision.Accept(new ExpoRescheduled(expo.Id, expo.Year, expo.Dates, to, reason.Trim(), on));
    }

    /// <summary>R10: its organisation withdraws an exhibit, once, with a reason, until the expo closes.</summary>
    public static Decision WithdrawExhibit(Expo expo, Guid exhibitId, string reason, DateOnly on)
    {
        var exhibit = expo.Exhibit(exhibitId);
        if (exhibit is null) return Decision.Refuse(ReviewRule, $"The {expo.Year} expo has no exhibit {exhibitId}.");
        if (exhibit.WithdrawnOn is { } withdrawn) return Decision.Refuse("R10", $"'{exhibit.Title}' was already withdrawn on {withdrawn:yyyy-MM-dd}.");
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse("R10", "A withdrawal states its reason.");
        if (expo.Status == ExpoStatus.Closed) return Decision.Refuse(ScheduleRule, "The expo has closed.");
        return Decision.Accept(new ExhibitWithdrawn(expo.Id, expo.Year, exhibitId, exhibit.Organisation, reason.Trim(), on));
    }

    public static Decision JoinPlanningTeam(Expo expo, Guid personId, string name, string? role, DateOnly on) =>
        expo.PlanningTeam.Contains(personId)
            ? Decision.Refuse("expo.team", $"{name} is already on the {expo.Year} planning team.")
            : Decision.Accept(new ExpoPlanningTeamMemberJoined(expo.Id, expo.Year, personId, name, role, on));

    /// <summary>
    /// R9: the window is judged on the business date <paramref name="on"/>; a submission recorded
    /// (<paramref name="recordedOn"/>, the clock's day) after the window closed, back-dated into it, stands
    /// but is flagged for review.
    /// </summary>
    public static Decision Submit(Expo expo, Guid exhibitId, string organisation, OrganisationType type, string title, string summary, DateOnly on, DateOnly recordedOn)
    {
        var decision = Submit(expo, exhibitId, organisation, type, title, summary, on);
        return decision.IsRefused || recordedOn <= expo.SubmissionsClose
            ? decision
            : Decision.Accept([.. decision.Events, new ExhibitSubmissionFlagged(expo.Id, expo.Year, exhibitId, recordedOn, expo.SubmissionsClose, on)]);
    }

    /// <summary>R9: exhibits are submitted only inside the submission window.</summary>
    public static Decision Submit(Expo expo, Guid exhibitId, string organisation, OrganisationType type, string title, string summary, DateOnly on)
    {
        if (on < expo.SubmissionsOpen || on > expo.SubmissionsClose)
            return Decision.Refuse(Rule,
                $"Exhibits for the {expo.Year} expo are submitted from {expo.SubmissionsOpen:yyyy-MM-dd} to {expo.SubmissionsClose:yyyy-MM-dd}; {on:yyyy-MM-dd} is outside the window.",
                $"제출 기간 {expo.SubmissionsOpen:yyyy-MM-dd}–{expo.SubmissionsClose:yyyy-MM-dd} (the submission window)");
        return Decision.Accept(new ExhibitSubmitted(expo.Id, expo.Year, exhibitId, organisation, type, title, summary, on));
    }

    public static Decision Accept(Expo expo, Guid exhibitId, DateOnly on) =>
        ReviewRefusal(expo, exhibitId, on) is { } refusal
            ? Decision.Refuse(refusal)
            : Decision.Accept(new ExhibitAccepted(expo.Id, expo.Year, exhibitId, on));

    public static Decision Decline(Expo expo, Guid exhibitId, string reason, DateOnly on) =>
        ReviewRefusal(expo, exhibitId, on) is { } refusal
            ? Decision.Refuse(refusal)
            : Decision.Accept(new ExhibitDeclined(expo.Id, expo.Year, exhibitId, reason, on));

    public static Decision Place(Expo expo, Guid exhibitId, PlacementKind kind, string location, DateOnly on)
    {
        if (AcceptedRefusal(expo, exhibitId, "placed") is { } refusal) return Decision.Refuse(refusal);
        if (expo.Status == ExpoStatus.Closed) return Decision.Refuse(ScheduleRule, "The expo has closed.");
        return Decision.Accept(new ExhibitPlaced(expo.Id, expo.Year, exhibitId, kind, location, on));
    }

    /// <summary>On-site staff for an accepted exhibit, on one of the expo's days.</summary>
    public static Decision AssignStaff(Expo expo, Guid exhibitId, string staffName, DateOnly day, StaffShift shift, DateOnly on)
    {
        if (AcceptedRefusal(expo, exhibitId, "staffed") is { } refusal) return Decision.Refuse(refusal);
        if (expo.Status == ExpoStatus.Closed) return Decision.Refuse(ScheduleRule, "The expo has closed.");
        if (day < expo.OpensOn || day > expo.ClosesOn)
            return Decision.Refuse(ScheduleRule, $"The expo runs from {expo.OpensOn:yyyy-MM-dd} to {expo.ClosesOn:yyyy-MM-dd}; {day:yyyy-MM-dd} is not one of its days.");
        return Decision.Accept(new ExhibitStaffAssigned(expo.Id, expo.Year, exhibitId, staffName, day, shift, on));
    }

    /// <summary>R9: the expo opens only when every accepted exhibit has on-site staff; each unstaffed exhibit is named.</summary>
    public static Decision Open(Expo expo, DateOnly on)
    {
        if (expo.Status != ExpoStatus.Planned)
            return Decision.Refuse(ScheduleRule, $"The {expo.Year} expo has already opened.");
        if (on < expo.OpensOn || on > expo.ClosesOn)
            return Decision.Refuse(ScheduleRule, $"The expo runs from {expo.OpensOn:yyyy-MM-dd} to {expo.ClosesOn:yyyy-MM-dd}; it cannot open on {on:yyyy-MM-dd}.");
        var unstaffed = expo.UnstaffedExhibits()
            .Select(x => x.Exhibit.StaffShifts == 0
                ? $"{x.Exhibit.Title} ({x.Exhibit.Organisation}): 상주 인력 없음 (no on-site staff)"
                : $"{x.Exhibit.Title} ({x.Exhibit.Organisation}): {string.Join(", ", x.Unstaffed.Select(d => d.ToString("yyyy-MM-dd")))} 상주 인력 없음 (no on-site staff for the whole day)")
            .ToList();
        return unstaffed.Count > 0
            ? Decision.Refuse(new Refusal(Rule, $"{unstaffed.Count} accepted exhibit(s) are not staffed on every day of the expo.", unstaffed))
            : Decision.Accept(new ExpoOpened(expo.Id, expo.Year, on));
    }

    public static Decision Close(Expo expo, DateOnly on)
    {
        if (expo.Status != ExpoStatus.Open)
            return Decision.Refuse(ScheduleRule, expo.Status == ExpoStatus.Closed ? "The expo has already closed." : "The expo has not opened.");
        if (on < expo.OpenedOn)
            return Decision.Refuse(ScheduleRule, $"The expo opened on {expo.OpenedOn:yyyy-MM-dd}; it cannot close before that.");
        return Decision.Accept(new ExpoClosed(expo.Id, expo.Year, on));
    }

    /// <summary>A linkage made at the expo, recorded once the expo has opened (often afterwards).</summary>
    public static Decision RecordLinkage(Expo expo, Guid linkageId, Guid exhibitId, string organisation, string project, DateOnly on)
    {
        if (AcceptedRefusal(expo, exhibitId, "linked") is { } refusal) return Decision.Refuse(refusal);
        if (expo.OpenedOn is not { } opened)
            return Decision.Refuse(ScheduleRule, "Linkages are made at the expo: it has not opened yet.");
        if (on < opened)
            return Decision.Refuse(ScheduleRule, $"The expo opened on {opened:yyyy-MM-dd}; a linkage cannot be dated before it.");
        return Decision.Accept(new ExpoLinkageRecorded(expo.Id, expo.Year, linkageId, exhibitId, organisation, project, on));
    }

    private static Refusal? ReviewRefusal(Expo expo, Guid exhibitId, DateOnly on)
    {
        var exhibit = expo.Exhibit(exhibitId);
        if (exhibit is null) return new Refusal(ReviewRule, $"The {expo.Year} expo has no exhibit {exhibitId}.");
        if (exhibit.IsWithdrawn) return new Refusal("R10", $"'{exhibit.Title}' was withdrawn by its organisation.");
        if (exhibit.Status != ExhibitStatus.Submitted)
            return new Refusal(ReviewRule, $"'{exhibit.Title}' was already {exhibit.Status.ToString().ToLowerInvariant()}.");
        if (expo.Status != ExpoStatus.Planned)
            return new Refusal(ReviewRule, "The expo has opened: its exhibits are no longer reviewed.");
        return null;
    }

    private static Refusal? AcceptedRefusal(Expo expo, Guid exhibitId, string what)
    {
        var exhibit = expo.Exhibit(exhibitId);
        if (exhibit is null) return new Refusal(ReviewRule, $"The {expo.Year} expo has no exhibit {exhibitId}.");
        if (exhibit.IsWithdrawn) return new Refusal("R10", $"'{exhibit.Title}' was withdrawn by its organisation.");
        return exhibit.Status == ExhibitStatus.Accepted
            ? null
            : new Refusal(Rule, $"Only an accepted exhibit is {what}; '{exhibit.Title}' is {exhibit.Status.ToString().ToLowerInvariant()}.");
    }
}

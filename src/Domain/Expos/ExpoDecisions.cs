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
            ? Decision.Refuse(Rule, RefusalCode.ExpoAlreadyPlanned, year, existing.OpensOn, existing.Venue)
            : Decision.Accept(new ExpoPlanned(Expo.StreamIdFor(year), year, venue, submissionsOpen, submissionsClose, opensOn, closesOn, on));

    public static Decision ChangeVenue(Expo expo, string venue, string? reason, DateOnly on)
    {
        if (expo.Status != ExpoStatus.Planned)
            return Decision.Refuse(ScheduleRule, RefusalCode.ExpoVenueFixedOnceOpen);
        if (string.Equals(expo.Venue, venue, StringComparison.Ordinal))
            return Decision.Refuse(ScheduleRule, RefusalCode.ExpoAlreadyAtVenue, venue);
        return Decision.Accept(new ExpoVenueChanged(expo.Id, expo.Year, expo.Venue, venue, reason, on));
    }

    /// <summary>
    /// R9: the expo's dates change only before it opens, with a reason. What was already submitted is
    /// checked again: an exhibit (not withdrawn) submitted outside the new window is named, and the change refused.
    /// </summary>
    public static Decision Reschedule(Expo expo, ExpoDates to, string reason, DateOnly on)
    {
        if (expo.Status != ExpoStatus.Planned)
            return Decision.Refuse(ScheduleRule, RefusalCode.ExpoDatesFixedOnceOpen);
        if (string.IsNullOrWhiteSpace(reason))
            return Decision.Refuse("R10", RefusalCode.ExpoRescheduleNeedsReason);
        if (to.SubmissionsOpen > to.SubmissionsClose || to.OpensOn > to.ClosesOn || to.SubmissionsClose > to.ClosesOn || to.OpensOn.Year != expo.Year)
            return Decision.Refuse(ScheduleRule, RefusalCode.ExpoDatesOutOfOrder, expo.Year);
        if (to == expo.Dates)
            return Decision.Refuse(ScheduleRule, RefusalCode.ExpoDatesUnchanged);
        var outside = expo.Exhibits.Values
            .Where(x => !x.IsWithdrawn && (x.SubmittedOn < to.SubmissionsOpen || x.SubmittedOn > to.SubmissionsClose))
            .OrderBy(x => x.SubmittedOn).ThenBy(x => x.Title, StringComparer.Ordinal)
            .Select(x => $"{x.Title} ({x.Organisation}): {x.SubmittedOn:yyyy-MM-dd} 제출, 새 제출 기간 밖 (submitted outside the new window)")
            .ToList();
        if (outside.Count > 0)
            return Decision.Refuse(new Refusal(Rule, RefusalCode.ExpoExhibitsOutsideNewWindow, outside.Count, to.SubmissionsOpen, to.SubmissionsClose).WithUnmet(outside));
        return Decision.Accept(new ExpoRescheduled(expo.Id, expo.Year, expo.Dates, to, reason.Trim(), on));
    }

    /// <summary>R10: its organisation withdraws an exhibit, once, with a reason, until the expo closes.</summary>
    public static Decision WithdrawExhibit(Expo expo, Guid exhibitId, string reason, DateOnly on)
    {
        var exhibit = expo.Exhibit(exhibitId);
        if (exhibit is null) return Decision.Refuse(ReviewRule, RefusalCode.ExpoNoSuchExhibit, expo.Year, exhibitId);
        if (exhibit.WithdrawnOn is { } withdrawn) return Decision.Refuse("R10", RefusalCode.ExhibitAlreadyWithdrawn, exhibit.Title, withdrawn);
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse("R10", RefusalCode.WithdrawalNeedsReason);
        if (expo.Status == ExpoStatus.Closed) return Decision.Refuse(ScheduleRule, RefusalCode.ExpoClosed);
        return Decision.Accept(new ExhibitWithdrawn(expo.Id, expo.Year, exhibitId, exhibit.Organisation, reason.Trim(), on));
    }

    public static Decision JoinPlanningTeam(Expo expo, Guid personId, string name, string? role, DateOnly on) =>
        expo.PlanningTeam.Contains(personId)
            ? Decision.Refuse("expo.team", RefusalCode.ExpoTeamMemberAlready, name, expo.Year)
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
            return Decision.Refuse(new Refusal(Rule, RefusalCode.ExhibitOutsideWindow, expo.Year, expo.SubmissionsOpen, expo.SubmissionsClose, on)
                .WithUnmet([$"제출 기간 {expo.SubmissionsOpen:yyyy-MM-dd}–{expo.SubmissionsClose:yyyy-MM-dd} (the submission window)"]));
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
        if (AcceptedRefusal(expo, exhibitId, Act.Place) is { } refusal) return Decision.Refuse(refusal);
        if (expo.Status == ExpoStatus.Closed) return Decision.Refuse(ScheduleRule, RefusalCode.ExpoClosed);
        return Decision.Accept(new ExhibitPlaced(expo.Id, expo.Year, exhibitId, kind, location, on));
    }

    /// <summary>On-site staff for an accepted exhibit, on one of the expo's days.</summary>
    public static Decision AssignStaff(Expo expo, Guid exhibitId, string staffName, DateOnly day, StaffShift shift, DateOnly on)
    {
        if (AcceptedRefusal(expo, exhibitId, Act.Staff) is { } refusal) return Decision.Refuse(refusal);
        if (expo.Status == ExpoStatus.Closed) return Decision.Refuse(ScheduleRule, RefusalCode.ExpoClosed);
        if (day < expo.OpensOn || day > expo.ClosesOn)
            return Decision.Refuse(ScheduleRule, RefusalCode.ExpoNotOneOfItsDays, expo.OpensOn, expo.ClosesOn, day);
        return Decision.Accept(new ExhibitStaffAssigned(expo.Id, expo.Year, exhibitId, staffName, day, shift, on));
    }

    /// <summary>R9: the expo opens only when every accepted exhibit has on-site staff; each unstaffed exhibit is named.</summary>
    public static Decision Open(Expo expo, DateOnly on)
    {
        if (expo.Status != ExpoStatus.Planned)
            return Decision.Refuse(ScheduleRule, RefusalCode.ExpoAlreadyOpened, expo.Year);
        if (on < expo.OpensOn || on > expo.ClosesOn)
            return Decision.Refuse(ScheduleRule, RefusalCode.ExpoCannotOpenOn, expo.OpensOn, expo.ClosesOn, on);
        var unstaffed = expo.UnstaffedExhibits()
            .Select(x => x.Exhibit.StaffShifts == 0
                ? $"{x.Exhibit.Title} ({x.Exhibit.Organisation}): 상주 인력 없음 (no on-site staff)"
                : $"{x.Exhibit.Title} ({x.Exhibit.Organisation}): {string.Join(", ", x.Unstaffed.Select(d => d.ToString("yyyy-MM-dd")))} 상주 인력 없음 (no on-site staff for the whole day)")
            .ToList();
        return unstaffed.Count > 0
            ? Decision.Refuse(new Refusal(Rule, RefusalCode.ExpoExhibitsUnstaffed, unstaffed.Count).WithUnmet(unstaffed))
            : Decision.Accept(new ExpoOpened(expo.Id, expo.Year, on));
    }

    public static Decision Close(Expo expo, DateOnly on)
    {
        if (expo.Status != ExpoStatus.Open)
            return Decision.Refuse(ScheduleRule, expo.Status == ExpoStatus.Closed ? RefusalCode.ExpoAlreadyClosed : RefusalCode.ExpoNotOpened);
        if (on < expo.OpenedOn)
            return Decision.Refuse(ScheduleRule, RefusalCode.ExpoCannotCloseBeforeOpening, expo.OpenedOn);
        return Decision.Accept(new ExpoClosed(expo.Id, expo.Year, on));
    }

    /// <summary>A linkage made at the expo, recorded once the expo has opened (often afterwards).</summary>
    public static Decision RecordLinkage(Expo expo, Guid linkageId, Guid exhibitId, string organisation, string project, DateOnly on)
    {
        if (AcceptedRefusal(expo, exhibitId, Act.Link) is { } refusal) return Decision.Refuse(refusal);
        if (expo.OpenedOn is not { } opened)
            return Decision.Refuse(ScheduleRule, RefusalCode.ExpoLinkageBeforeOpening);
        if (on < opened)
            return Decision.Refuse(ScheduleRule, RefusalCode.ExpoLinkageBeforeOpenedOn, opened);
        return Decision.Accept(new ExpoLinkageRecorded(expo.Id, expo.Year, linkageId, exhibitId, organisation, project, on));
    }

    private static Refusal? ReviewRefusal(Expo expo, Guid exhibitId, DateOnly on)
    {
        var exhibit = expo.Exhibit(exhibitId);
        if (exhibit is null) return new Refusal(ReviewRule, RefusalCode.ExpoNoSuchExhibit, expo.Year, exhibitId);
        if (exhibit.IsWithdrawn) return new Refusal("R10", RefusalCode.ExhibitWithdrawnByOrganisation, exhibit.Title);
        if (exhibit.Status != ExhibitStatus.Submitted)
            return new Refusal(ReviewRule, RefusalCode.ExhibitAlreadyReviewed, exhibit.Title, exhibit.Status);
        if (expo.Status != ExpoStatus.Planned)
            return new Refusal(ReviewRule, RefusalCode.ExhibitReviewClosed);
        return null;
    }

    private static Refusal? AcceptedRefusal(Expo expo, Guid exhibitId, Act what)
    {
        var exhibit = expo.Exhibit(exhibitId);
        if (exhibit is null) return new Refusal(ReviewRule, RefusalCode.ExpoNoSuchExhibit, expo.Year, exhibitId);
        if (exhibit.IsWithdrawn) return new Refusal("R10", RefusalCode.ExhibitWithdrawnByOrganisation, exhibit.Title);
        return exhibit.Status == ExhibitStatus.Accepted
            ? null
            : new Refusal(Rule, RefusalCode.ExhibitNotAccepted, what, exhibit.Title, exhibit.Status);
    }
}

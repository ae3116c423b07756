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
        DateOnly opensOn, DateOnly closesOn, DateOnly on, PromotionPeriod? promotion = null)
    {
        if (existing is not null) return Decision.Refuse(Rule, RefusalCode.ExpoAlreadyPlanned, year, existing.OpensOn, existing.Venue);
        var id = Expo.StreamIdFor(year);
        var planned = new ExpoPlanned(id, year, venue, submissionsOpen, submissionsClose, opensOn, closesOn, on);
        if (promotion is null) return Decision.Accept(planned);
        if (PromotionRefusal(promotion, opensOn) is { } refusal) return Decision.Refuse(refusal);
        return Decision.Accept(planned, new ExpoPromotionPeriodSet(id, year, null, promotion, null, on));
    }

    /// <summary>
    /// R9 (홍보 기간): the promotion period is set or changed before the expo opens, ends no later than
    /// the opening, and a change states its reason (R10). Side events held in the period it replaces
    /// must still fall in the new period or on the expo's days; each one that would not is named.
    /// </summary>
    public static Decision SetPromotion(Expo expo, PromotionPeriod to, string? reason, DateOnly on)
    {
        if (expo.Status != ExpoStatus.Planned)
            return Decision.Refuse(ScheduleRule, RefusalCode.ExpoPromotionFixedOnceOpen);
        if (PromotionRefusal(to, expo.OpensOn) is { } refusal) return Decision.Refuse(refusal);
        if (expo.Promotion is { } current)
        {
            if (current == to) return Decision.Refuse(ScheduleRule, RefusalCode.ExpoPromotionUnchanged, to.StartsOn, to.EndsOn);
            if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse("R10", RefusalCode.ExpoPromotionChangeNeedsReason);
        }

        if (SideEventsOutside(expo, to, expo.OpensOn, expo.ClosesOn) is { } outside) return Decision.Refuse(outside);
        return Decision.Accept(new ExpoPromotionPeriodSet(expo.Id, expo.Year, expo.Promotion, to, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), on));
    }

    /// <summary>R9: a side event (부대 행사) is held in the promotion period or on one of the expo's days.</summary>
    public static Decision RecordSideEvent(Expo expo, Guid sideEventId, string title, DateOnly day, string place, string organiser, DateOnly on)
    {
        if (!Expo.HoldsSideEventOn(expo.Promotion, expo.OpensOn, expo.ClosesOn, day))
            return Decision.Refuse(new Refusal(Rule, RefusalCode.ExpoSideEventOutsideDates, day).WithUnmet([SideEventSpan(expo.Promotion, expo.OpensOn, expo.ClosesOn)]));
        return Decision.Accept(new ExpoSideEventRecorded(expo.Id, expo.Year, sideEventId, title, day, place, organiser, on));
    }

    /// <summary>R10: a side event is withdrawn once, with a reason; it stays in the history.</summary>
    public static Decision WithdrawSideEvent(Expo expo, Guid sideEventId, string reason, DateOnly on)
    {
        if (expo.SideEvents.GetValueOrDefault(sideEventId) is not { } side)
            return Decision.Refuse(ReviewRule, RefusalCode.ExpoNoSuchSideEvent, expo.Year, sideEventId);
        if (side.WithdrawnOn is { } withdrawn) return Decision.Refuse("R10", RefusalCode.ExpoSideEventAlreadyWithdrawn, side.Title, withdrawn);
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse("R10", RefusalCode.WithdrawalNeedsReason);
        return Decision.Accept(new ExpoSideEventWithdrawn(expo.Id, expo.Year, sideEventId, side.Title, reason.Trim(), on));
    }

    /// <summary>R10: an exhibit's mark as realised or hoped for is corrected with a reason, even after the expo (the catalogue is its record).</summary>
    public static Decision CorrectRealisation(Expo expo, Guid exhibitId, PolicyRealisation to, string reason, DateOnly on)
    {
        var exhibit = expo.Exhibit(exhibitId);
        if (exhibit is null) return Decision.Refuse(ReviewRule, RefusalCode.ExpoNoSuchExhibit, expo.Year, exhibitId);
        if (exhibit.IsWithdrawn) return Decision.Refuse("R10", RefusalCode.ExhibitWithdrawnByOrganisation, exhibit.Title);
        if (string.IsNullOrWhiteSpace(reason)) return Decision.Refuse("R10", RefusalCode.CorrectionNeedsReason);
        if (exhibit.Realisation == to) return Decision.Refuse(ReviewRule, RefusalCode.ExhibitRealisationUnchanged, exhibit.Title, to);
        return Decision.Accept(new ExhibitRealisationCorrected(expo.Id, expo.Year, exhibitId, exhibit.Realisation, to, reason.Trim(), on));
    }

    private static Refusal? PromotionRefusal(PromotionPeriod promotion, DateOnly opensOn)
    {
        if (promotion.StartsOn > promotion.EndsOn)
            return new Refusal(ScheduleRule, RefusalCode.ExpoPromotionOutOfOrder, promotion.StartsOn, promotion.EndsOn);
        if (promotion.EndsOn > opensOn)
            return new Refusal(Rule, RefusalCode.ExpoPromotionEndsAfterOpening, promotion.EndsOn, opensOn);
        return null;
    }

    private static Refusal? SideEventsOutside(Expo expo, PromotionPeriod? promotion, DateOnly opensOn, DateOnly closesOn)
    {
        var outside = expo.SideEvents.Values
            .Where(x => !x.IsWithdrawn && !Expo.HoldsSideEventOn(promotion, opensOn, closesOn, x.Day))
            .OrderBy(x => x.Day).ThenBy(x => x.Title, StringComparer.Ordinal)
            .Select(x => Condition.Of(ConditionCode.ExpoSideEventOutsideDates, x.Title, x.Day))
            .ToList();
        return outside.Count == 0
            ? null
            : new Refusal(Rule, RefusalCode.ExpoSideEventsOutsideNewDates, outside.Count).WithUnmet([.. outside, SideEventSpan(promotion, opensOn, closesOn)]);
    }

    private static Condition SideEventSpan(PromotionPeriod? promotion, DateOnly opensOn, DateOnly closesOn) =>
        promotion is null
            ? Condition.Of(ConditionCode.ExpoDays, opensOn, closesOn)
            : Condition.Of(ConditionCode.ExpoPromotionOrDays, promotion.StartsOn, promotion.EndsOn, opensOn, closesOn);

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
        if (expo.Promotion is { } promotion && promotion.EndsOn > to.OpensOn)
            return Decision.Refuse(Rule, RefusalCode.ExpoPromotionEndsAfterOpening, promotion.EndsOn, to.OpensOn);
        if (SideEventsOutside(expo, expo.Promotion, to.OpensOn, to.ClosesOn) is { } sideEvents) return Decision.Refuse(sideEvents);
        var outside = expo.Exhibits.Values
            .Where(x => !x.IsWithdrawn && (x.SubmittedOn < to.SubmissionsOpen || x.SubmittedOn > to.SubmissionsClose))
            .OrderBy(x => x.SubmittedOn).ThenBy(x => x.Title, StringComparer.Ordinal)
            .Select(x => Condition.Of(ConditionCode.ExpoExhibitSubmittedOutsideNewWindow, x.Title, x.Organisation, x.SubmittedOn))
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
    public static Decision Submit(Expo expo, Guid exhibitId, string organisation, OrganisationType type, string title, string summary, DateOnly on, DateOnly recordedOn,
        PolicyRealisation realisation = PolicyRealisation.Realised)
    {
        var decision = Submit(expo, exhibitId, organisation, type, title, summary, on, realisation);
        return decision.IsRefused || recordedOn <= expo.SubmissionsClose
            ? decision
            : Decision.Accept([.. decision.Events, new ExhibitSubmissionFlagged(expo.Id, expo.Year, exhibitId, recordedOn, expo.SubmissionsClose, on)]);
    }

    /// <summary>R9: exhibits are submitted only inside the submission window.</summary>
    public static Decision Submit(Expo expo, Guid exhibitId, string organisation, OrganisationType type, string title, string summary, DateOnly on,
        PolicyRealisation realisation = PolicyRealisation.Realised)
    {
        if (on < expo.SubmissionsOpen || on > expo.SubmissionsClose)
            return Decision.Refuse(new Refusal(Rule, RefusalCode.ExhibitOutsideWindow, expo.Year, expo.SubmissionsOpen, expo.SubmissionsClose, on)
                .WithUnmet([Condition.Of(ConditionCode.ExpoSubmissionWindow, expo.SubmissionsOpen, expo.SubmissionsClose)]));
        return Decision.Accept(new ExhibitSubmitted(expo.Id, expo.Year, exhibitId, organisation, type, title, summary, on, realisation));
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
                ? Condition.Of(ConditionCode.ExhibitWithoutStaff, x.Exhibit.Title, x.Exhibit.Organisation)
                : Condition.Listing(ConditionCode.ExhibitUnstaffedDays, x.Unstaffed, x.Exhibit.Title, x.Exhibit.Organisation))
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

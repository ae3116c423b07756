using Hyeopchi.Domain.Expos;
using JasperFx;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Hyeopchi.Projections.Expos;

/// <summary>The expo's decision state, folded live from its stream whenever a command needs it.</summary>
public partial class ExpoStateProjection : SingleStreamProjection<Expo, Guid>
{
    public override Expo? Evolve(Expo? snapshot, Guid id, IEvent e) => Expo.Evolve(snapshot, e.Data);
}

public sealed record PlanningTeamMember(Guid PersonId, string Name, string? Role, DateOnly Since);

public sealed record Placement(PlacementKind Kind, string Location);

public sealed record StaffShiftView(string Name, DateOnly Day, StaffShift Shift);

public sealed record LinkageView(Guid Id, Guid ExhibitId, string ExhibitTitle, string ExhibitOrganisation, string Organisation, string Project, DateOnly On);

/// <summary>One exhibit with everything the coordinators know of it, published or not.</summary>
public sealed record ExhibitEntry(
    Guid Id,
    string Organisation,
    OrganisationType OrganisationType,
    string Title,
    string Summary,
    DateOnly SubmittedOn,
    ExhibitStatus Status,
    DateOnly? ReviewedOn,
    string? Reviewer,
    string? DeclineReason,
    Placement? Placement,
    IReadOnlyList<StaffShiftView> Staff,
    int Linkages)
{
    /// <summary>R9: recorded after the submission window closed with a business date inside it, so flagged for review.</summary>
    public DateOnly? RecordedLateOn { get; init; }

    /// <summary>Set on an exhibit its organisation withdrew (kept in <see cref="ExpoCatalogue.Withdrawn"/>, never shown).</summary>
    public DateOnly? WithdrawnOn { get; init; }

    public string? WithdrawalReason { get; init; }

    /// <summary>A policy being realised (이루어지는) or one hoped for (이루고자 하는), as last corrected.</summary>
    public PolicyRealisation Realisation { get; init; }
}

/// <summary>How many accepted exhibits show a policy of one kind: being realised (이루어지는) or hoped for (이루고자 하는).</summary>
public sealed record RealisationCount(PolicyRealisation Realisation, int Count);

/// <summary>A side event (부대 행사) of the expo.</summary>
public sealed record SideEventView(Guid Id, string Title, DateOnly Day, string Place, string Organiser, DateOnly RecordedOn)
{
    public DateOnly? WithdrawnOn { get; init; }

    public string? WithdrawalReason { get; init; }
}

/// <summary>Each time the promotion period was set: the period it replaced (none the first time) and why.</summary>
public sealed record PromotionChange(PromotionPeriod? From, PromotionPeriod To, string? Reason, DateOnly On, string? Actor);

public sealed record ExpoRescheduling(ExpoDates From, ExpoDates To, string Reason, DateOnly On, string? Actor);

/// <summary>
/// 박람회 현황: the year's expo as its coordinators see it (every exhibit, its review, staff and
/// linkages). The public catalogue is cut from this document, keeping only what exhibitors published.
/// </summary>
public sealed class ExpoCatalogue : IRevisioned
{
    public Guid Id { get; set; }
    public int Year { get; set; }
    public string Venue { get; set; } = "";
    public DateOnly SubmissionsOpen { get; set; }
    public DateOnly SubmissionsClose { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public ExpoStatus Status { get; set; }
    public DateOnly? OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public List<PlanningTeamMember> PlanningTeam { get; set; } = [];
    public List<ExhibitEntry> Exhibits { get; set; } = [];
    public List<LinkageView> Linkages { get; set; } = [];

    /// <summary>Exhibits their organisations withdrew (R10): out of <see cref="Exhibits"/>, so no count, page or catalogue shows them.</summary>
    public List<ExhibitEntry> Withdrawn { get; set; } = [];

    /// <summary>Each change of the expo's dates before it opened.</summary>
    public List<ExpoRescheduling> Reschedulings { get; set; } = [];

    /// <summary>The promotion period (홍보 기간), once set.</summary>
    public PromotionPeriod? Promotion { get; set; }

    public List<PromotionChange> PromotionChanges { get; set; } = [];

    /// <summary>Side events (부대 행사) in date order; a withdrawn one moves to <see cref="WithdrawnSideEvents"/> (R10).</summary>
    public List<SideEventView> SideEvents { get; set; } = [];

    public List<SideEventView> WithdrawnSideEvents { get; set; } = [];
    public int Version { get; set; }

    public IEnumerable<ExhibitEntry> Accepted => Exhibits.Where(x => x.Status == ExhibitStatus.Accepted);

    /// <summary>
    /// The accepted exhibits counted by realisation (L41), every kind in order, none left out when zero:
    /// the one count the expo page, GET /api/expos/{year}, the public catalogue, the report and the
    /// export show, so no page counts for itself. Withdrawn exhibits are out of <see cref="Exhibits"/>.
    /// </summary>
    public IReadOnlyList<RealisationCount> AcceptedByRealisation =>
        Enum.GetValues<PolicyRealisation>().Select(r => new RealisationCount(r, Accepted.Count(x => x.Realisation == r))).ToList();

    /// <summary>The accepted exhibits of one realisation (from <see cref="AcceptedByRealisation"/>).</summary>
    public int AcceptedCount(PolicyRealisation realisation) => AcceptedByRealisation.Single(c => c.Realisation == realisation).Count;
}

public partial class ExpoCatalogueProjection : SingleStreamProjection<ExpoCatalogue, Guid>
{
    /// <summary>Only the events it folds: a rebuild then reads just these, and inline skips other streams.</summary>
    public ExpoCatalogueProjection()
    {
        IncludeType<ExpoPlanned>();
        IncludeType<ExpoVenueChanged>();
        IncludeType<ExpoPlanningTeamMemberJoined>();
        IncludeType<ExhibitSubmitted>();
        IncludeType<ExhibitAccepted>();
        IncludeType<ExhibitDeclined>();
        IncludeType<ExhibitPlaced>();
        IncludeType<ExhibitStaffAssigned>();
        IncludeType<ExpoOpened>();
        IncludeType<ExpoClosed>();
        IncludeType<ExpoLinkageRecorded>();
        IncludeType<ExpoRescheduled>();
        IncludeType<ExhibitWithdrawn>();
        IncludeType<ExhibitSubmissionFlagged>();
        IncludeType<ExhibitRealisationCorrected>();
        IncludeType<ExpoPromotionPeriodSet>();
        IncludeType<ExpoSideEventRecorded>();
        IncludeType<ExpoSideEventWithdrawn>();
    }

    public override ExpoCatalogue? Evolve(ExpoCatalogue? expo, Guid id, IEvent e)
    {
        if (e.Data is ExpoPlanned planned)
        {
            return new ExpoCatalogue
            {
                Id = planned.ExpoId, Year = planned.Year, Venue = planned.Venue,
                SubmissionsOpen = planned.SubmissionsOpen, SubmissionsClose = planned.SubmissionsClose,
                OpensOn = planned.OpensOn, ClosesOn = planned.ClosesOn, Status = ExpoStatus.Planned,
            };
        }

        if (expo is null) return null;
        switch (e.Data)
        {
            case ExpoVenueChanged venue:
                expo.Venue = venue.To;
                break;
            case ExpoPlanningTeamMemberJoined member:
                expo.PlanningTeam.Add(new PlanningTeamMember(member.PersonId, member.PersonName, member.Role, member.On));
                break;
            case ExhibitSubmitted x:
                expo.Exhibits.Add(new ExhibitEntry(x.ExhibitId, x.Organisation, x.OrganisationType, x.Title, x.Summary, x.On,
                    ExhibitStatus.Submitted, null, null, null, null, [], 0)
                { Realisation = x.Realisation });
                break;
            case ExhibitRealisationCorrected corrected:
                Change(expo, corrected.ExhibitId, x => x with { Realisation = corrected.To });
                break;
            case ExpoPromotionPeriodSet promotion:
                expo.Promotion = promotion.To;
                expo.PromotionChanges.Add(new PromotionChange(promotion.From, promotion.To, promotion.Reason, promotion.On, e.UserName));
                break;
            case ExpoSideEventRecorded side:
                expo.SideEvents.Add(new SideEventView(side.SideEventId, side.Title, side.Day, side.Place, side.Organiser, side.On));
                expo.SideEvents.Sort((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : string.CompareOrdinal(a.Title, b.Title));
                break;
            case ExpoSideEventWithdrawn withdrawnSide when expo.SideEvents.Find(x => x.Id == withdrawnSide.SideEventId) is { } called:
                expo.SideEvents.Remove(called);
                expo.WithdrawnSideEvents.Add(called with { WithdrawnOn = withdrawnSide.On, WithdrawalReason = withdrawnSide.Reason });
                break;
            case ExhibitAccepted accepted:
                Change(expo, accepted.ExhibitId, x => x with { Status = ExhibitStatus.Accepted, ReviewedOn = accepted.On, Reviewer = e.UserName });
                break;
            case ExhibitDeclined declined:
                Change(expo, declined.ExhibitId, x => x with
                {
                    Status = ExhibitStatus.Declined,
                    ReviewedOn = declined.On,
                    Reviewer = e.UserName,
                    DeclineReason = declined.Reason,
                });
                break;
            case ExhibitPlaced placed:
                Change(expo, placed.ExhibitId, x => x with { Placement = new Placement(placed.Kind, placed.Location) });
                break;
            case ExhibitStaffAssigned staff:
                Change(expo, staff.ExhibitId, x => x with { Staff = [.. x.Staff, new StaffShiftView(staff.StaffName, staff.Day, staff.Shift)] });
                break;
            case ExpoRescheduled rescheduled:
                expo.SubmissionsOpen = rescheduled.To.SubmissionsOpen;
                expo.SubmissionsClose = rescheduled.To.SubmissionsClose;
                expo.OpensOn = rescheduled.To.OpensOn;
                expo.ClosesOn = rescheduled.To.ClosesOn;
                expo.Reschedulings.Add(new ExpoRescheduling(rescheduled.From, rescheduled.To, rescheduled.Reason, rescheduled.On, e.UserName));
                break;
            case ExhibitSubmissionFlagged flagged:
                Change(expo, flagged.ExhibitId, x => x with { RecordedLateOn = flagged.RecordedOn });
                break;
            case ExhibitWithdrawn withdrawn when expo.Exhibits.Find(x => x.Id == withdrawn.ExhibitId) is { } gone:
                expo.Exhibits.Remove(gone);
                expo.Withdrawn.Add(gone with { WithdrawnOn = withdrawn.On, WithdrawalReason = withdrawn.Reason });
                break;
            case ExpoOpened opened:
                expo.Status = ExpoStatus.Open;
                expo.OpenedOn = opened.On;
                break;
            case ExpoClosed closed:
                expo.Status = ExpoStatus.Closed;
                expo.ClosedOn = closed.On;
                break;
            case ExpoLinkageRecorded link:
                var exhibit = expo.Exhibits.First(x => x.Id == link.ExhibitId);
                expo.Linkages.Add(new LinkageView(link.LinkageId, link.ExhibitId, exhibit.Title, exhibit.Organisation, link.Organisation, link.Project, link.On));
                Change(expo, link.ExhibitId, x => x with { Linkages = x.Linkages + 1 });
                break;
        }

        return expo;
    }

    private static void Change(ExpoCatalogue expo, Guid exhibitId, Func<ExhibitEntry, ExhibitEntry> change)
    {
        var index = expo.Exhibits.FindIndex(x => x.Id == exhibitId);
        if (index >= 0) expo.Exhibits[index] = change(expo.Exhibits[index]);
    }
}

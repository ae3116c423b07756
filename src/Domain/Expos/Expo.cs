using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Hyeopchi.Domain.Expos;

public enum ExhibitStatus
{
    Submitted,
    Accepted,
    Declined,
}

public enum ExpoStatus
{
    Planned,
    Open,
    Closed,
}

public sealed record ExhibitState(Guid Id, string Organisation, string Title, ExhibitStatus Status, int StaffShifts)
{
    public DateOnly SubmittedOn { get; init; }

    /// <summary>Each staffed shift: the day and the shift.</summary>
    public ImmutableList<(DateOnly Day, StaffShift Shift)> Shifts { get; init; } = [];

    public DateOnly? WithdrawnOn { get; init; }

    public bool IsWithdrawn => WithdrawnOn is not null;

    public PolicyRealisation Realisation { get; init; }

    /// <summary>R9 (상주): a day is staffed by an all-day shift, or by both a morning and an afternoon shift.</summary>
    public bool StaffedOn(DateOnly day)
    {
        var shifts = Shifts.Where(s => s.Day == day).Select(s => s.Shift).ToHashSet();
        return shifts.Contains(StaffShift.AllDay) || (shifts.Contains(StaffShift.Morning) && shifts.Contains(StaffShift.Afternoon));
    }
}

/// <summary>A side event as the decisions need it: its day, and whether it was withdrawn.</summary>
public sealed record SideEventState(Guid Id, string Title, DateOnly Day, DateOnly? WithdrawnOn)
{
    public bool IsWithdrawn => WithdrawnOn is not null;
}

/// <summary>The expo's decision state: one stream per year, holding its exhibits too (R9 spans them all).</summary>
public sealed record Expo(
    Guid Id,
    int Year,
    string Venue,
    DateOnly SubmissionsOpen,
    DateOnly SubmissionsClose,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    ExpoStatus Status,
    DateOnly? OpenedOn,
    ImmutableList<Guid> PlanningTeam,
    ImmutableDictionary<Guid, ExhibitState> Exhibits)
{
    public const string DefaultVenue = "성북구청 바람마당";

    /// <summary>The promotion period (홍보 기간), once set.</summary>
    public PromotionPeriod? Promotion { get; init; }

    public ImmutableDictionary<Guid, SideEventState> SideEvents { get; init; } = ImmutableDictionary<Guid, SideEventState>.Empty;

    /// <summary>The expo of a year has a name-based id (UUID version 5 style), so a second expo for the same year collides.</summary>
    public static Guid StreamIdFor(int year)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes($"hyeopchi:policy-expo:{year}"));
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    public static Expo? Evolve(Expo? state, object @event) => (state, @event) switch
    {
        (_, ExpoPlanned e) => new Expo(e.ExpoId, e.Year, e.Venue, e.SubmissionsOpen, e.SubmissionsClose, e.OpensOn, e.ClosesOn,
            ExpoStatus.Planned, null, [], ImmutableDictionary<Guid, ExhibitState>.Empty),
        (not null, ExpoVenueChanged e) => state with { Venue = e.To },
        (not null, ExpoPlanningTeamMemberJoined e) => state with { PlanningTeam = state.PlanningTeam.Add(e.PersonId) },
        (not null, ExhibitSubmitted e) => state with
        {
            Exhibits = state.Exhibits.SetItem(e.ExhibitId, new ExhibitState(e.ExhibitId, e.Organisation, e.Title, ExhibitStatus.Submitted, 0)
            {
                SubmittedOn = e.On,
                Realisation = e.Realisation,
            }),
        },
        (not null, ExhibitWithdrawn e) => state.WithExhibit(e.ExhibitId, x => x with { WithdrawnOn = e.On }),
        (not null, ExpoRescheduled e) => state with
        {
            SubmissionsOpen = e.To.SubmissionsOpen,
            SubmissionsClose = e.To.SubmissionsClose,
            OpensOn = e.To.OpensOn,
            ClosesOn = e.To.ClosesOn,
        },
        (not null, ExhibitAccepted e) => state.WithExhibit(e.ExhibitId, x => x with { Status = ExhibitStatus.Accepted }),
        (not null, ExhibitDeclined e) => state.WithExhibit(e.ExhibitId, x => x with { Status = ExhibitStatus.Declined }),
        (not null, ExhibitStaffAssigned e) => state.WithExhibit(e.ExhibitId, x => x with { StaffShifts = x.StaffShifts + 1, Shifts = x.Shifts.Add((e.Day, e.Shift)) }),
        (not null, ExhibitRealisationCorrected e) => state.WithExhibit(e.ExhibitId, x => x with { Realisation = e.To }),
        (not null, ExpoPromotionPeriodSet e) => state with { Promotion = e.To },
        (not null, ExpoSideEventRecorded e) => state with { SideEvents = state.SideEvents.SetItem(e.SideEventId, new SideEventState(e.SideEventId, e.Title, e.Day, null)) },
        (not null, ExpoSideEventWithdrawn e) when state.SideEvents.TryGetValue(e.SideEventId, out var side) =>
            state with { SideEvents = state.SideEvents.SetItem(e.SideEventId, side with { WithdrawnOn = e.On }) },
        (not null, ExpoOpened e) => state with { Status = ExpoStatus.Open, OpenedOn = e.On },
        (not null, ExpoClosed) => state with { Status = ExpoStatus.Closed },
        _ => state,
    };

    private Expo WithExhibit(Guid id, Func<ExhibitState, ExhibitState> change) =>
        Exhibits.TryGetValue(id, out var exhibit) ? this with { Exhibits = Exhibits.SetItem(id, change(exhibit)) } : this;

    public ExhibitState? Exhibit(Guid id) => Exhibits.GetValueOrDefault(id);

    public ExpoDates Dates => new(SubmissionsOpen, SubmissionsClose, OpensOn, ClosesOn);

    /// <summary>The expo's days, from opening to closing.</summary>
    public IEnumerable<DateOnly> Days()
    {
        for (var day = OpensOn; day <= ClosesOn; day = day.AddDays(1)) yield return day;
    }

    /// <summary>
    /// R9: a side event is held during the promotion period or on one of the expo's days, the two
    /// stretches the plan gives the expo's public (L41); a day between them is neither.
    /// </summary>
    public static bool HoldsSideEventOn(PromotionPeriod? promotion, DateOnly opensOn, DateOnly closesOn, DateOnly day) =>
        (day >= opensOn && day <= closesOn) || promotion?.Contains(day) == true;

    /// <summary>R9: each accepted, not withdrawn exhibit with the expo days it has no on-site staff for.</summary>
    public IReadOnlyList<(ExhibitState Exhibit, IReadOnlyList<DateOnly> Unstaffed)> UnstaffedExhibits() =>
        Exhibits.Values
            .Where(x => x is { Status: ExhibitStatus.Accepted, IsWithdrawn: false })
            .OrderBy(x => x.Organisation, StringComparer.Ordinal).ThenBy(x => x.Title, StringComparer.Ordinal)
            .Select(x => (x, (IReadOnlyList<DateOnly>)Days().Where(d => !x.StaffedOn(d)).ToList()))
            .Where(x => x.Item2.Count > 0)
            .ToList();
}

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

public sealed record ExhibitState(Guid Id, string Organisation, string Title, ExhibitStatus Status, int StaffShifts);

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
            Exhibits = state.Exhibits.SetItem(e.ExhibitId, new ExhibitState(e.ExhibitId, e.Organisation, e.Title, ExhibitStatus.Submitted, 0)),
        },
        (not null, ExhibitAccepted e) => state.WithExhibit(e.ExhibitId, x => x with { Status = ExhibitStatus.Accepted }),
        (not null, ExhibitDeclined e) => state.WithExhibit(e.ExhibitId, x => x with { Status = ExhibitStatus.Declined }),
        (not null, ExhibitStaffAssigned e) => state.WithExhibit(e.ExhibitId, x => x with { StaffShifts = x.StaffShifts + 1 }),
        (not null, ExpoOpened e) => state with { Status = ExpoStatus.Open, OpenedOn = e.On },
        (not null, ExpoClosed) => state with { Status = ExpoStatus.Closed },
        _ => state,
    };

    private Expo WithExhibit(Guid id, Func<ExhibitState, ExhibitState> change) =>
        Exhibits.TryGetValue(id, out var exhibit) ? this with { Exhibits = Exhibits.SetItem(id, change(exhibit)) } : this;

    public ExhibitState? Exhibit(Guid id) => Exhibits.GetValueOrDefault(id);
}

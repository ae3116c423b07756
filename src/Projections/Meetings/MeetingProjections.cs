using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Meetings;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Hyeopchi.Projections.Meetings;

/// <summary>정기 회의: one regular meeting, its participants as they were that day, and its minutes.</summary>
public sealed class MeetingView
{
    public Guid Id { get; set; }
    public Guid? DivisionId { get; set; }
    public string? DivisionName { get; set; }
    public DateOnly On { get; set; }
    public int Year { get; set; }
    public List<Participant> Participants { get; set; } = [];
    public bool WithAdministration { get; set; }
    public string? Minutes { get; set; }
    public string? RecordedBy { get; set; }
}

public partial class MeetingViewProjection : SingleStreamProjection<MeetingView, Guid>
{
    /// <summary>Only the events it folds: a rebuild then reads just these, and inline skips other streams.</summary>
    public MeetingViewProjection()
    {
        IncludeType<RegularMeetingHeld>();
    }

    public override MeetingView? Evolve(MeetingView? snapshot, Guid id, IEvent e) => e.Data switch
    {
        RegularMeetingHeld held => new MeetingView
        {
            Id = held.MeetingId,
            DivisionId = held.DivisionId,
            DivisionName = held.DivisionName,
            On = held.On,
            Year = held.On.Year,
            Participants = held.Participants.ToList(),
            WithAdministration = held.Participants.Any(p => p.IsAdministration),
            Minutes = held.Minutes,
            RecordedBy = e.UserName,
        },
        _ => snapshot,
    };
}

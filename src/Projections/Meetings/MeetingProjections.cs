using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Meetings;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Hyeopchi.Projections.Meetings;

/// <summary>The meeting's decision state, folded live from its stream whenever a command needs it.</summary>
public partial class MeetingStateProjection : SingleStreamProjection<Meeting, Guid>
{
    public override Meeting? Evolve(Meeting? snapshot, Guid id, IEvent e) => Meeting.Evolve(snapshot, e.Data);
}

public sealed record MeetingCorrectionView(IReadOnlyList<string> Corrects, string Reason, DateOnly On, string? Actor);

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

    /// <summary>Each correction (R10): what it corrected, why, when and by whom; the fields above hold the corrected facts.</summary>
    public List<MeetingCorrectionView> Corrections { get; set; } = [];

    /// <summary>Set when the meeting was withdrawn as entered by mistake: it counts for nothing (R3).</summary>
    public DateOnly? WithdrawnOn { get; set; }

    public string? WithdrawalReason { get; set; }

    public GateMeeting ToGateMeeting() => new(DivisionId, On, Participants, WithdrawnOn is not null);
}

public partial class MeetingViewProjection : SingleStreamProjection<MeetingView, Guid>
{
    /// <summary>Only the events it folds: a rebuild then reads just these, and inline skips other streams.</summary>
    public MeetingViewProjection()
    {
        IncludeType<RegularMeetingHeld>();
        IncludeType<RegularMeetingCorrected>();
        IncludeType<RegularMeetingWithdrawn>();
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
        RegularMeetingCorrected corrected when snapshot is not null => Corrected(snapshot, corrected, e.UserName),
        RegularMeetingWithdrawn withdrawn when snapshot is not null => Withdrawn(snapshot, withdrawn),
        _ => snapshot,
    };

    private static MeetingView Corrected(MeetingView view, RegularMeetingCorrected corrected, string? actor)
    {
        view.On = corrected.HeldOn;
        view.Year = corrected.HeldOn.Year;
        view.DivisionId = corrected.DivisionId;
        view.DivisionName = corrected.DivisionName;
        view.Participants = corrected.Participants.ToList();
        view.WithAdministration = corrected.Participants.Any(p => p.IsAdministration);
        view.Minutes = corrected.Minutes;
        view.Corrections.Add(new MeetingCorrectionView(corrected.Corrects, corrected.Reason, corrected.On, actor));
        return view;
    }

    private static MeetingView Withdrawn(MeetingView view, RegularMeetingWithdrawn withdrawn)
    {
        view.WithdrawnOn = withdrawn.On;
        view.WithdrawalReason = withdrawn.Reason;
        return view;
    }
}

using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.TaskForce;
using JasperFx;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Hyeopchi.Projections.TaskForce;

/// <summary>The TF's decision state, folded live from its stream whenever a command needs it.</summary>
public partial class TaskForceStateProjection : SingleStreamProjection<JointTaskForce, Guid>
{
    public override JointTaskForce? Evolve(JointTaskForce? snapshot, Guid id, IEvent e) => JointTaskForce.Evolve(snapshot, e.Data);
}

public sealed record TaskForceMemberView(Guid PersonId, string Name, Sector Sector, string? Organisation, DateOnly Since, DateOnly? Left, string? LeftReason);

public sealed record TaskForceMeetingView(int Number, DateOnly On, string Agenda, IReadOnlyList<Guid> Attendees, string? Minutes);

public sealed record OrdinanceDraftView(int Version, DateOnly On, string Text, string? Note, string? Actor);

public sealed record SubmissionView(int Version, DateOnly SubmittedOn, string Outcome, DateOnly? DecidedOn, IReadOnlyList<string> Reasons, string? OrdinanceNumber);

public sealed record EnactedOrdinance(int Version, string OrdinanceNumber, DateOnly EnactedOn);

/// <summary>합동 TF 현황: members (current and former), meetings, every draft's full text, submissions and the enacted ordinance.</summary>
public sealed class TaskForceView : IRevisioned
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public DateOnly CreatedOn { get; set; }

    /// <summary>assembling → formed → submitted → enacted (back to formed after a rejection).</summary>
    public string Status { get; set; } = "assembling";

    public DateOnly? FormedOn { get; set; }
    public List<TaskForceMemberView> Members { get; set; } = [];
    public List<TaskForceMeetingView> Meetings { get; set; } = [];
    public List<OrdinanceDraftView> Drafts { get; set; } = [];
    public List<SubmissionView> Submissions { get; set; } = [];
    public EnactedOrdinance? Ordinance { get; set; }

    /// <summary>Each date the TF was designated the network's joint TF (R3 reads the latest designation of all TFs).</summary>
    public List<DateOnly> DesignatedOn { get; set; } = [];

    public DateOnly? DissolvedOn { get; set; }

    public string? DissolutionReason { get; set; }

    public TaskForceDates ToDates() => new(Id, FormedOn, DesignatedOn, DissolvedOn);
    public int Version { get; set; }
}

public partial class TaskForceViewProjection : SingleStreamProjection<TaskForceView, Guid>
{
    /// <summary>Only the events it folds: a rebuild then reads just these, and inline skips other streams.</summary>
    public TaskForceViewProjection()
    {
        IncludeType<TaskForceCreated>();
        IncludeType<TaskForceMemberAdded>();
        IncludeType<TaskForceMemberRemoved>();
        IncludeType<TaskForceFormed>();
        IncludeType<TaskForceMeetingHeld>();
        IncludeType<OrdinanceDraftRecorded>();
        IncludeType<OrdinanceDraftSubmitted>();
        IncludeType<OrdinanceDraftRejected>();
        IncludeType<OrdinanceEnacted>();
        IncludeType<TaskForceDesignated>();
        IncludeType<TaskForceDissolved>();
    }

    public override TaskForceView? Evolve(TaskForceView? view, Guid id, IEvent e)
    {
        if (e.Data is TaskForceCreated created)
            return new TaskForceView { Id = created.TaskForceId, Name = created.Name, CreatedOn = created.On };
        if (view is null) return null;

        switch (e.Data)
        {
            case TaskForceMemberAdded added:
                view.Members.Add(new TaskForceMemberView(added.PersonId, added.PersonName, added.Sector, added.Organisation, added.On, null, null));
                break;
            case TaskForceMemberRemoved removed:
                var index = view.Members.FindIndex(m => m.PersonId == removed.PersonId && m.Left is null);
                if (index >= 0) view.Members[index] = view.Members[index] with { Left = removed.On, LeftReason = removed.Reason };
                break;
            case TaskForceFormed formed:
                view.FormedOn = formed.On;
                view.Status = "formed";
                break;
            case TaskForceMeetingHeld meeting:
                view.Meetings.Add(new TaskForceMeetingView(meeting.Number, meeting.On, meeting.Agenda, meeting.Attendees, meeting.Minutes));
                break;
            case OrdinanceDraftRecorded draft:
                view.Drafts.Add(new OrdinanceDraftView(draft.Version, draft.On, draft.Text, draft.Note, e.UserName));
                break;
            case OrdinanceDraftSubmitted submitted:
                view.Submissions.Add(new SubmissionView(submitted.Version, submitted.On, "pending", null, [], null));
                view.Status = "submitted";
                break;
            case OrdinanceDraftRejected rejected:
                Decide(view, s => s with { Outcome = "rejected", DecidedOn = rejected.On, Reasons = rejected.Reasons });
                view.Status = "formed";
                break;
            case TaskForceDesignated designated:
                view.DesignatedOn.Add(designated.On);
                break;
            case TaskForceDissolved dissolved:
                view.DissolvedOn = dissolved.On;
                view.DissolutionReason = dissolved.Reason;
                view.Status = "dissolved";
                break;
            case OrdinanceEnacted enacted:
                Decide(view, s => s with { Outcome = "enacted", DecidedOn = enacted.On, OrdinanceNumber = enacted.OrdinanceNumber });
                view.Ordinance = new EnactedOrdinance(enacted.Version, enacted.OrdinanceNumber, enacted.On);
                view.Status = "enacted";
                break;
        }

        return view;
    }

    private static void Decide(TaskForceView view, Func<SubmissionView, SubmissionView> decide)
    {
        var index = view.Submissions.FindLastIndex(s => s.Outcome == "pending");
        if (index >= 0) view.Submissions[index] = decide(view.Submissions[index]);
    }
}

using Hyeopchi.Domain.People;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.TaskForce;
using Hyeopchi.Projections.TaskForce;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hyeopchi.Host.Pages.TaskForce;

public sealed class TaskForceForm
{
    public string? PersonId { get; set; }
    public string? Reason { get; set; }
    public string? Agenda { get; set; }
    public List<string> Attendees { get; set; } = [];
    public string? Minutes { get; set; }
    public string? Text { get; set; }
    public string? Note { get; set; }
    public string? Version { get; set; }
    public string? OrdinanceNumber { get; set; }
    public string? Reasons { get; set; }
    public string? On { get; set; }
}

/// <summary>
/// 합동 TF 페이지: GET /api/task-force/{id}'s read (members by sector, meetings, drafts, submissions),
/// the diff of two drafts (GET …/drafts/diff's <see cref="LineDiff"/>), and forms that send the TF
/// commands: members, forming (R6), meetings, drafts, submission, enactment, rejection, designation as
/// the network's joint TF (R3) and dissolution (R10).
/// </summary>
public class DetailModel(IQuerySession query, AdminCommands commands) : RecordPage(commands)
{
    public const string MemberForm = "member";
    public const string RemovalForm = "removal";
    public const string FormForm = "form";
    public const string MeetingForm = "meeting";
    public const string DraftForm = "draft";
    public const string SubmitForm = "submit";
    public const string EnactForm = "enact";
    public const string RejectForm = "reject";
    public const string DesignateForm = "designate";
    public const string DissolveForm = "dissolve";

    private Guid _id => RouteId;

    public TaskForceView TaskForce { get; private set; } = null!;
    public IReadOnlyList<TaskForceMemberView> Current { get; private set; } = [];
    public IReadOnlyList<string> MissingSectors { get; private set; } = [];
    public IReadOnlyList<Person> People { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "from")] public int? DiffFrom { get; set; }
    [BindProperty(SupportsGet = true, Name = "to")] public int? DiffTo { get; set; }
    public IReadOnlyList<DiffLine>? Diff { get; private set; }

    [BindProperty] public TaskForceForm Member { get; set; } = new();
    [BindProperty] public TaskForceForm Removal { get; set; } = new();
    [BindProperty] public TaskForceForm Forming { get; set; } = new();
    [BindProperty] public TaskForceForm Meeting { get; set; } = new();
    [BindProperty] public TaskForceForm Draft { get; set; } = new();
    [BindProperty] public TaskForceForm Submission { get; set; } = new();
    [BindProperty] public TaskForceForm Enactment { get; set; } = new();
    [BindProperty] public TaskForceForm Rejection { get; set; } = new();
    [BindProperty] public TaskForceForm Designation { get; set; } = new();
    [BindProperty] public TaskForceForm Dissolution { get; set; } = new();

    protected override string Here => $"/task-force/{_id}";

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            "created" => "합동 TF를 설치했습니다.",
            MemberForm => "위원을 위촉했습니다.",
            RemovalForm => "위원을 해촉했습니다.",
            FormForm => "TF를 구성했습니다.",
            MeetingForm => "TF 회의를 기록했습니다.",
            DraftForm => "조례안 초안을 기록했습니다.",
            SubmitForm => "조례안을 의회에 제출했습니다.",
            EnactForm => "조례 제정을 기록했습니다.",
            RejectForm => "의회 부결을 기록했습니다.",
            DesignateForm => "네트워크의 합동 TF로 지정했습니다. 앞서 지정된 TF가 있으면 이 TF로 바뀝니다.",
            DissolveForm => "TF 해산을 기록했습니다. 더 이상 활동하지 않고 R3에 세지 않습니다.",
            _ => null,
        };
        if (!await LoadAsync(ct)) return NotFound();
        if (DiffFrom is { } from && DiffTo is { } to)
        {
            var older = TaskForce.Drafts.FirstOrDefault(d => d.Version == from);
            var newer = TaskForce.Drafts.FirstOrDefault(d => d.Version == to);
            if (older is not null && newer is not null) Diff = LineDiff.Compute(older.Text, newer.Text);
            else Fail("diff", Outcome.Failed($"초안은 1차부터 {TaskForce.Drafts.Count}차까지 있습니다."));
        }

        return Page();
    }

    public Task<IActionResult> OnPostMemberAsync(Guid id, CancellationToken ct) => Run<AddTaskForceMember>(MemberForm, Member.On, on =>
        SendAsync(new AddTaskForceMember(Id(Member.PersonId), on) { Id = id }), ct);

    public Task<IActionResult> OnPostRemovalAsync(Guid id, CancellationToken ct) => Run<RemoveTaskForceMember>(RemovalForm, Removal.On, on =>
        Id(Removal.PersonId) is not { } personId
            ? NotAChoice("personId")
            : SendAsync(new RemoveTaskForceMember(Removal.Reason, on) { Id = id, PersonId = personId }), ct);

    public Task<IActionResult> OnPostFormAsync(Guid id, CancellationToken ct) => Run<FormTaskForce>(FormForm, Forming.On, on =>
        SendAsync(new FormTaskForce(on) { Id = id }), ct);

    public Task<IActionResult> OnPostMeetingAsync(Guid id, CancellationToken ct) => Run<HoldTaskForceMeeting>(MeetingForm, Meeting.On, on =>
    {
        var attendees = Meeting.Attendees.Select(Id).ToList();
        if (attendees.Any(a => a is null)) return NotAChoice("attendees");
        return SendAsync(new HoldTaskForceMeeting(Meeting.Agenda, attendees.Select(a => a!.Value).ToList(), Meeting.Minutes, on) { Id = id });
    }, ct);

    public Task<IActionResult> OnPostDraftAsync(Guid id, CancellationToken ct) => Run<RecordOrdinanceDraft>(DraftForm, Draft.On, on =>
        SendAsync(new RecordOrdinanceDraft(Draft.Text, Draft.Note, on) { Id = id }), ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) => Run<SubmitOrdinance>(SubmitForm, Submission.On, on =>
    {
        var version = Number(Submission.Version);
        if (!string.IsNullOrWhiteSpace(Submission.Version) && version is null) return NotAChoice("version");
        return SendAsync(new SubmitOrdinance(version, on) { Id = id });
    }, ct);

    public Task<IActionResult> OnPostEnactAsync(Guid id, CancellationToken ct) => Run<EnactOrdinance>(EnactForm, Enactment.On, on =>
        SendAsync(new EnactOrdinance(Enactment.OrdinanceNumber, on) { Id = id }), ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) => Run<RejectOrdinance>(RejectForm, Rejection.On, on =>
    {
        var reasons = (Rejection.Reasons ?? "").Split('\n').Select(r => r.Trim()).Where(r => r.Length > 0).ToList();
        return SendAsync(new RejectOrdinance(reasons, on) { Id = id });
    }, ct);

    public Task<IActionResult> OnPostDesignateAsync(Guid id, CancellationToken ct) => Run<DesignateTaskForce>(DesignateForm, Designation.On, on =>
        SendAsync(new DesignateTaskForce(Designation.Reason, on) { Id = id }), ct);

    public Task<IActionResult> OnPostDissolveAsync(Guid id, CancellationToken ct) => Run<DissolveTaskForce>(DissolveForm, Dissolution.On, on =>
        SendAsync(new DissolveTaskForce(Dissolution.Reason, on) { Id = id }), ct);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await query.LoadAsync<TaskForceView>(_id, ct) is not { } tf) return false;
        TaskForce = tf;
        Current = tf.Members.Where(m => m.Left is null).ToList();
        MissingSectors = Domain.TaskForce.JointTaskForce.MissingSectorsOf(Current.Select(m => m.Sector)).Select(s => Korean.Label(s)).ToList();
        People = await PeopleToChooseAsync(query, ct, typeof(AddTaskForceMember));
        return true;
    }
}

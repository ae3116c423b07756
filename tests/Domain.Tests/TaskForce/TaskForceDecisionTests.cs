using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.TaskForce;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.TaskForce;

public class TaskForceDecisionTests
{
    private static readonly Guid Tf = Guid.Parse("0196a1b2-0000-7000-8000-0000000000f1");
    private static readonly Guid Civil = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a1");
    private static readonly Guid Admin = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a2");
    private static readonly Guid Council = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a3");
    private static readonly DateOnly Created = new(2027, 3, 2);
    private static readonly DateOnly Formed = new(2027, 3, 20);

    private static readonly object[] Created_ = [new TaskForceCreated(Tf, "협치 조례 합동 TF", Created)];

    private static readonly object[] CivilAndAdministration =
    [
        .. Created_,
        new TaskForceMemberAdded(Tf, Civil, "김하늘", Sector.Civil, "성북구마을사회적경제센터", Created),
        new TaskForceMemberAdded(Tf, Admin, "서유나", Sector.Administration, "성북구청 자치행정과", Created),
    ];

    private static readonly object[] AllThree =
        [.. CivilAndAdministration, new TaskForceMemberAdded(Tf, Council, "장민서", Sector.Council, "성북구의회", Created)];

    private static readonly object[] FormedTf = [.. AllThree, new TaskForceFormed(Tf, Enum.GetValues<Sector>(), 3, Formed)];

    private static readonly object[] TwoDrafts =
    [
        .. FormedTf,
        new OrdinanceDraftRecorded(Tf, 1, "제1조(목적)", null, new DateOnly(2027, 4, 1)),
        new OrdinanceDraftRecorded(Tf, 2, "제1조(목적)\n제2조(정의)", "정의 조항 추가", new DateOnly(2027, 5, 1)),
    ];

    private static readonly object[] Submitted = [.. TwoDrafts, new OrdinanceDraftSubmitted(Tf, 2, new DateOnly(2027, 6, 1))];

    private static readonly object[] Enacted = [.. Submitted, new OrdinanceEnacted(Tf, 2, "제1234호", new DateOnly(2027, 7, 10))];

    private static JointTaskForce Given(params object[] history) => Given<JointTaskForce>(JointTaskForce.Evolve, history);

    [Fact]
    public void When_created_then_the_tf_is_not_yet_formed()
    {
        TaskForceDecisions.Create(Tf, "협치 조례 합동 TF", Created).ThenEvents(new TaskForceCreated(Tf, "협치 조례 합동 TF", Created));
        Assert.False(Given(Created_).IsFormed);
    }

    [Fact]
    public void Given_a_tf_when_a_person_is_added_then_their_sector_is_kept() =>
        TaskForceDecisions.AddMember(Given(Created_), Council, "장민서", Sector.Council, "성북구의회", Formed)
            .ThenEvents(new TaskForceMemberAdded(Tf, Council, "장민서", Sector.Council, "성북구의회", Formed));

    [Fact]
    public void Given_a_member_when_added_again_then_it_is_refused() =>
        TaskForceDecisions.AddMember(Given(CivilAndAdministration), Civil, "김하늘", Sector.Civil, null, Formed).ThenRefused("task-force.members");

    [Fact]
    public void Given_members_of_two_sectors_when_forming_then_R6_names_the_missing_council()
    {
        var refusal = TaskForceDecisions.Form(Given(CivilAndAdministration), Formed).ThenRefused("R6");

        Assert.Equal([Condition.Of(ConditionCode.TaskForceSectorMember, Sector.Council)], refusal.Unmet);
    }

    [Fact]
    public void Given_no_members_when_forming_then_R6_names_all_three_sectors() =>
        Assert.Equal(3, TaskForceDecisions.Form(Given(Created_), Formed).ThenRefused("R6").Unmet.Count);

    [Fact]
    public void Given_members_of_all_three_sectors_when_forming_then_it_is_formed()
    {
        TaskForceDecisions.Form(Given(AllThree), Formed)
            .ThenEvents(new TaskForceFormed(Tf, [Sector.Civil, Sector.Administration, Sector.Council], 3, Formed));
        Assert.Equal(Formed, Given(FormedTf).FormedOn);
    }

    [Fact]
    public void Given_a_formed_tf_when_forming_again_then_it_is_refused() =>
        TaskForceDecisions.Form(Given(FormedTf), Formed.AddDays(1)).ThenRefused("R6");

    [Fact]
    public void Given_a_formed_tf_the_only_council_member_cannot_leave() =>
        Assert.Equal([Condition.Of(ConditionCode.TaskForceSectorMember, Sector.Council)], TaskForceDecisions.RemoveMember(Given(FormedTf), Council, "사임", Formed).ThenRefused("R6").Unmet);

    [Fact]
    public void Given_a_tf_not_yet_formed_a_member_may_leave() =>
        TaskForceDecisions.RemoveMember(Given(AllThree), Council, "사임", Formed)
            .ThenEvents(new TaskForceMemberRemoved(Tf, Council, "장민서", Sector.Council, "사임", Formed));

    [Fact]
    public void Removing_someone_who_is_not_a_member_is_refused() =>
        TaskForceDecisions.RemoveMember(Given(Created_), Council, null, Formed).ThenRefused("task-force.members");

    [Fact]
    public void Given_a_tf_not_formed_when_drafting_then_R6_refuses()
    {
        var refusal = TaskForceDecisions.RecordDraft(Given(CivilAndAdministration), "제1조", null, Formed).ThenRefused("R6");

        Assert.Contains(Condition.Of(ConditionCode.TaskForceSectorMember, Sector.Council), refusal.Unmet);
        Assert.Contains(Condition.Of(ConditionCode.TaskForceFormed), refusal.Unmet);
    }

    [Fact]
    public void Given_a_formed_tf_drafts_are_numbered_1_2_3()
    {
        TaskForceDecisions.RecordDraft(Given(FormedTf), "제1조(목적)", null, Formed).ThenEvents(new OrdinanceDraftRecorded(Tf, 1, "제1조(목적)", null, Formed));
        TaskForceDecisions.RecordDraft(Given(TwoDrafts), "v3", "수정", new DateOnly(2027, 5, 2))
            .ThenEvents(new OrdinanceDraftRecorded(Tf, 3, "v3", "수정", new DateOnly(2027, 5, 2)));
    }

    [Fact]
    public void A_draft_dated_before_the_tf_was_formed_is_refused() =>
        TaskForceDecisions.RecordDraft(Given(FormedTf), "제1조", null, Formed.AddDays(-1)).ThenRefused("R6");

    [Fact]
    public void Given_a_tf_not_formed_when_submitting_then_R6_refuses() =>
        TaskForceDecisions.Submit(Given(AllThree), null, Formed).ThenRefused("R6");

    [Fact]
    public void Given_no_draft_when_submitting_then_R6_refuses() =>
        TaskForceDecisions.Submit(Given(FormedTf), null, Formed).ThenRefused("R6");

    [Fact]
    public void Given_drafts_when_submitting_without_a_version_then_the_latest_goes_to_the_council() =>
        TaskForceDecisions.Submit(Given(TwoDrafts), null, new DateOnly(2027, 6, 1)).ThenEvents(new OrdinanceDraftSubmitted(Tf, 2, new DateOnly(2027, 6, 1)));

    [Fact]
    public void Submitting_a_version_that_does_not_exist_is_refused() =>
        TaskForceDecisions.Submit(Given(TwoDrafts), 3, new DateOnly(2027, 6, 1)).ThenRefused("R6");

    [Fact]
    public void Given_a_draft_before_the_council_a_new_draft_or_submission_waits()
    {
        TaskForceDecisions.RecordDraft(Given(Submitted), "v3", null, new DateOnly(2027, 6, 2)).ThenRefused("R6");
        TaskForceDecisions.Submit(Given(Submitted), 1, new DateOnly(2027, 6, 2)).ThenRefused("R6");
    }

    [Fact]
    public void Given_a_submission_when_enacted_then_the_ordinance_keeps_its_number_and_date()
    {
        TaskForceDecisions.Enact(Given(Submitted), "제1234호", new DateOnly(2027, 7, 10))
            .ThenEvents(new OrdinanceEnacted(Tf, 2, "제1234호", new DateOnly(2027, 7, 10)));
    }

    [Fact]
    public void Enactment_without_a_submission_is_refused() =>
        TaskForceDecisions.Enact(Given(TwoDrafts), "제1234호", new DateOnly(2027, 7, 10)).ThenRefused("R6");

    [Fact]
    public void Given_an_enacted_ordinance_the_work_is_closed_no_more_drafts_submissions_or_enactments()
    {
        TaskForceDecisions.RecordDraft(Given(Enacted), "v3", null, new DateOnly(2027, 8, 1)).ThenRefused("R6");
        TaskForceDecisions.Submit(Given(Enacted), null, new DateOnly(2027, 8, 1)).ThenRefused("R6");
        TaskForceDecisions.Enact(Given(Enacted), "제9999호", new DateOnly(2027, 8, 1)).ThenRefused("R6");
    }

    [Fact]
    public void Given_a_rejection_with_reasons_the_tf_drafts_again()
    {
        var rejected = new OrdinanceDraftRejected(Tf, 2, ["협치회의 구성 조항 보완 필요"], new DateOnly(2027, 7, 1));
        TaskForceDecisions.Reject(Given(Submitted), ["협치회의 구성 조항 보완 필요"], new DateOnly(2027, 7, 1)).ThenEvents(rejected);

        TaskForceDecisions.RecordDraft(Given([.. Submitted, rejected]), "v3", null, new DateOnly(2027, 7, 2))
            .ThenEvents(new OrdinanceDraftRecorded(Tf, 3, "v3", null, new DateOnly(2027, 7, 2)));
    }

    [Fact]
    public void A_rejection_without_reasons_is_refused() =>
        TaskForceDecisions.Reject(Given(Submitted), [], new DateOnly(2027, 7, 1)).ThenRefused("R6");

    [Fact]
    public void A_council_decision_dated_before_the_submission_is_refused() =>
        TaskForceDecisions.Enact(Given(Submitted), "제1호", new DateOnly(2027, 5, 31)).ThenRefused("R6");

    [Fact]
    public void Meetings_are_numbered_and_attended_by_members_only()
    {
        TaskForceDecisions.HoldMeeting(Given(FormedTf), "조례 구성 검토", [Civil, Council], null, Formed)
            .ThenEvents(new TaskForceMeetingHeld(Tf, 1, "조례 구성 검토", [Civil, Council], null, Formed));
        TaskForceDecisions.HoldMeeting(Given(FormedTf), "조례 구성 검토", [Guid.Empty], null, Formed).ThenRefused("task-force.members");
    }
}

public class LineDiffTests
{
    [Fact]
    public void A_changed_line_reads_as_removed_then_added_between_kept_lines()
    {
        var diff = LineDiff.Compute("제1조(목적)\n제2조(정의)\n제3조(책무)", "제1조(목적)\n제2조(용어의 정의)\n제3조(책무)\n제4조(협치회의)");

        Assert.Equal(
            "  제1조(목적)\n- 제2조(정의)\n+ 제2조(용어의 정의)\n  제3조(책무)\n+ 제4조(협치회의)",
            LineDiff.Render(diff));
        Assert.Equal(new DiffLine(DiffOp.Removed, "제2조(정의)", 2, null), diff[1]);
        Assert.Equal(new DiffLine(DiffOp.Added, "제4조(협치회의)", null, 4), diff[4]);
    }

    [Fact]
    public void Identical_texts_have_no_changes() =>
        Assert.All(LineDiff.Compute("a\r\nb\n", "a\nb"), l => Assert.Equal(DiffOp.Same, l.Op));
}

using System.Globalization;
using System.Text.RegularExpressions;
using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Domain.Meetings;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.People;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Auth;
using Hyeopchi.Projections.Monitoring;

namespace Hyeopchi.Host.Admin;

/// <summary>
/// Every word Hyeopchi says in Korean, in one place: the labels of enum values, statuses, roles and
/// event names, and the sentence of every refusal (with its English, which API clients read). The
/// pages, the API's problem details, the exports and the reports all say things through here, so one
/// state reads the same everywhere.
/// </summary>
public static partial class Korean
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ko-KR");

    /// <summary>Encodes for HTML but leaves Korean as text.</summary>
    public static readonly System.Text.Encodings.Web.HtmlEncoder Html =
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Date(DateOnly date) => $"{date.Year}년 {date.Month}월 {date.Day}일";

    public static string Date(DateTimeOffset instant) => Date(DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(9)).DateTime));

    public static string Time(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy년 M월 d일 HH:mm:ss", Culture);

    public const string NotADate = "날짜를 YYYY-MM-DD 형식으로 입력하세요.";
    public const string NotAChoice = "목록에서 고르세요.";
    public const string NotANumber = "숫자를 입력하세요.";

    /// <summary>
    /// The warning after a command whose business date is a public holiday: recorded, but to be
    /// checked. The particle follows the date's last digit as read aloud (…6은, …5는).
    /// </summary>
    public static string HolidayWarning(DateOnly on, string holiday) =>
        $"입력한 날짜 {on:yyyy-MM-dd}{(on.Day % 10 is 2 or 4 or 5 or 9 ? "는" : "은")} 공휴일({holiday})입니다 — 날짜를 확인하세요.";

    /// <summary>The words of the expo page's exhibit-withdrawal and reschedule forms and the people page's discovery forms.</summary>
    public static class Forms
    {
        public const string WithdrawExhibit = "출품 철회";
        public const string WithdrawExhibitHint = "출품 단체가 출품을 거둬들인 경우입니다. 기록에는 남고 공개 목록과 집계에서 빠집니다.";
        public const string Exhibit = "출품";
        public const string WithdrawalReason = "철회 사유";
        public const string ExhibitWithdrawn = "출품을 철회했습니다. 공개 목록에서 빠졌습니다.";
        public const string WithdrawnExhibits = "철회된 출품";

        public const string RescheduleExpo = "일정 변경";
        public const string RescheduleHint = "개막 전에만 바꿀 수 있습니다. 이미 제출된 출품이 새 제출 기간 밖이면 받아들이지 않습니다.";
        public const string SubmissionsOpen = "출품 신청 시작";
        public const string SubmissionsClose = "출품 신청 마감";
        public const string OpensOn = "개막일";
        public const string ClosesOn = "폐막일";
        public const string ChangeReason = "변경 사유";
        public const string ExpoRescheduled = "박람회 일정을 바꿨습니다.";
        public const string Reschedulings = "일정 변경 기록";

        public const string DiscoverLeader = "주민 리더 발굴";
        public const string DiscoverLeaderHint = "교육 전에 협치 주민 리더 후보로 발굴한 사람입니다. 발굴한 분과나 단체·사람 중 하나는 있어야 합니다.";
        public const string DiscoveredPerson = "발굴한 참여자";
        public const string DiscoveringDivision = "발굴한 분과 (선택)";
        public const string NoDivision = "분과 없음";
        public const string DiscoveredBy = "발굴한 단체·사람 (분과가 없으면 필수)";
        public const string DiscoveryNote = "메모 (선택)";
        public const string DiscoveredOn = "발굴일 (비우면 오늘)";
        public const string RecordDiscovery = "리더 발굴 기록";
        public const string LeaderDiscovered = "주민 리더 발굴을 기록했습니다.";
        public const string WithdrawDiscovery = "리더 발굴 철회";
        public const string WithdrawnDiscoveryPerson = "발굴을 철회할 참여자";
        public const string DiscoveryWithdrawn = "리더 발굴을 철회했습니다.";
        public const string Discovery = "리더 발굴";
    }

    // ---- Enum values ------------------------------------------------------------------------

    /// <summary>The Korean label of an enum value of the Domain or the projections; its name when it has none.</summary>
    public static string Label<TEnum>(TEnum value) where TEnum : struct, Enum =>
        Labels.TryGetValue(value, out var label) ? label : value.ToString();

    public static string Label<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? Label(v) : "";

    /// <summary>Whether <paramref name="value"/> has Korean text (the test over every enum asks this).</summary>
    public static bool HasLabel(Enum value) => value switch
    {
        RefusalCode code => Refusals.ContainsKey(code),
        ConditionCode code => ConditionWords.ContainsKey(code),
        _ => Labels.ContainsKey(value),
    };

    private static readonly Dictionary<Enum, string> Labels = new()
    {
        [Sector.Civil] = "민간",
        [Sector.Administration] = "행정",
        [Sector.Council] = "의회",
        [Rank.WorkingLevel] = "실무진",
        [Rank.SectionChiefOrAbove] = "과장급 이상",

        [Domain.Divisions.Stage.InternalOrganisation] = "1단계 내부 조직화",
        [Domain.Divisions.Stage.CivilGovernmentCooperation] = "2단계 민/관 협력 강화",
        [Domain.Divisions.Stage.TripartiteGovernance] = "3단계 민간-행정-의회 거버넌스",

        [MeetingKind.Regular] = "정기 회의",

        [WorkshopKind.CivilCivil] = "민/민",
        [WorkshopKind.CivilGovernment] = "민/관",
        [WorkshopScope.Network] = "통합",
        [WorkshopScope.Division] = "분과별",
        [FindingKind.Obstacle] = "걸림돌",
        [FindingKind.SteppingStone] = "디딤돌",
        [FindingKind.CaseStudy] = "사례 연구",
        [Viewpoint.Civil] = "민간이 보는",
        [Viewpoint.Administration] = "행정이 보는",
        [Viewpoint.Shared] = "민·관이 함께 보는",
        [ObligationStatus.Met] = "충족",
        [ObligationStatus.Missing] = "미충족",
        [ObligationStatus.Flagged] = "확인 필요 (R5)",

        [StrategicTaskStatus.Planned] = "계획",
        [StrategicTaskStatus.InProgress] = "진행 중",
        [StrategicTaskStatus.Done] = "완료",
        [StrategicTaskStatus.Dropped] = "중단",
        [StrategicTaskStatus.CarriedOver] = "이월",

        [OrdinanceStage.Drafting] = "초안 작성 중",
        [OrdinanceStage.Submitted] = "의회 제출됨",
        [OrdinanceStage.Enacted] = "조례 제정됨",
        [DiffOp.Same] = "같음",
        [DiffOp.Added] = "추가",
        [DiffOp.Removed] = "삭제",

        [CourseKind.LeaderEducation] = "주민 리더 교육",
        [CourseKind.MonitorTraining] = "모니터링단 교육",
        [DiscoveryStanding.DiscoveredBefore] = "발굴 후 신청",
        [DiscoveryStanding.DiscoveredAfter] = "신청 후 발굴 (확인 필요)",
        [DiscoveryStanding.NotDiscovered] = "발굴 기록 없음 (확인 필요)",

        [IndicatorKind.Quantitative] = "정량",
        [IndicatorKind.Qualitative] = "정성",
        [EvidenceMethod.Interview] = "면접",
        [EvidenceMethod.Survey] = "설문",
        [PolicyKind.Exhibit] = "박람회 출품 정책",
        [PolicyKind.Ordinance] = "제정 조례",
        [ComparisonOrder.ByDivision] = "분과별",
        [ComparisonOrder.ByIndicator] = "지표별",

        [OrganisationType.Administration] = "행정",
        [OrganisationType.Intermediary] = "중간지원조직",
        [OrganisationType.Civil] = "민간 단체",
        [OrganisationType.Individual] = "개인",
        [PlacementKind.Booth] = "부스",
        [PlacementKind.Panel] = "판넬",
        [StaffShift.Morning] = "오전",
        [StaffShift.Afternoon] = "오후",
        [StaffShift.AllDay] = "종일",
        [ExhibitStatus.Submitted] = "심사 대기",
        [ExhibitStatus.Accepted] = "채택",
        [ExhibitStatus.Declined] = "반려",
        [ExpoStatus.Planned] = "준비 중",
        [ExpoStatus.Open] = "개막",
        [ExpoStatus.Closed] = "폐막",
        [PolicyRealisation.Realised] = "이루어지는 정책",
        [PolicyRealisation.Hoped] = "이루고자 하는 정책",

        [Act.Correct] = "정정",
        [Act.Withdraw] = "철회",
        [Act.Change] = "변경",
        [Act.AddTo] = "기록 추가",
        [Act.Place] = "배치",
        [Act.Staff] = "상주 인력 배정",
        [Act.Link] = "연계",
        [Act.Draft] = "초안 작성",
        [Act.SubmitDraft] = "초안 제출",
        [Act.ChangeOwner] = "담당 변경",
        [Act.AddMilestone] = "이정표 추가",
        [Act.ReachMilestone] = "이정표 달성",
        [Act.ReportProgress] = "진행 보고",
        [Act.ChangeStatus] = "상태 변경",
        [Act.CarryOver] = "이월",
    };

    /// <summary>How the English sentences name an act (the grammar of the one sentence each act appears in).</summary>
    private static readonly Dictionary<Act, string> EnglishActs = new()
    {
        [Act.Correct] = "corrected",
        [Act.Withdraw] = "withdrawn",
        [Act.Change] = "changed",
        [Act.AddTo] = "added to",
        [Act.Place] = "placed",
        [Act.Staff] = "staffed",
        [Act.Link] = "linked",
        [Act.Draft] = "draft",
        [Act.SubmitDraft] = "submit a draft",
        [Act.ChangeOwner] = "change its owner",
        [Act.AddMilestone] = "add a milestone",
        [Act.ReachMilestone] = "reach a milestone",
        [Act.ReportProgress] = "report progress",
        [Act.ChangeStatus] = "change its status",
        [Act.CarryOver] = "carry it over",
    };

    public static string Stage(int stage) => Enum.IsDefined(typeof(Domain.Divisions.Stage), stage) ? Label((Domain.Divisions.Stage)stage) : $"{stage}단계";

    // ---- Statuses and names that travel as strings ----------------------------------------------

    public static string Change(string change) => change switch
    {
        "registered" => "등록",
        "advanced" => "진전",
        "reverted" => "되돌림",
        _ => change,
    };

    public static string Role(string role) => role switch
    {
        Roles.Admin => "관리자",
        Roles.Coordinator => "코디네이터",
        Roles.Auditor => "감사",
        Roles.Monitor => "모니터링단",
        Roles.Operator => "운영자",
        _ => role,
    };

    /// <summary>The words of the districts: the layout's acting district and switcher, and the operator's page.</summary>
    public static class DistrictWords
    {
        public const string Acting = "자치구";
        public const string Choose = "작업할 자치구";
        public const string Switch = "자치구 바꾸기";
        public const string Active = "사용 중";
        public const string Disabled = "사용 중지";
        public const string Divisions = "분과";
        public const string MonitoringMeans = "자치구별 모니터링 평균";

        public static string MonitoringMeansCaption(int from, int to) =>
            $"{from}–{to}년 자치구마다 그해 정량 점수 전체의 평균과 전년 대비 변화 (점수가 없는 해는 —)";

        public static string ChoiceIgnored(string code) =>
            $"고른 자치구 '{code}'을(를) 찾을 수 없어 자기 자치구에서 작업합니다. 위에서 자치구를 다시 고르세요.";

        public static string Status(bool disabled) => disabled ? Disabled : Active;

        public static string? Notice(string? done) => done switch
        {
            "create" => "자치구를 만들었습니다. 이제 그 자치구의 첫 관리자를 만드세요.",
            "rename" => "자치구의 코드와 이름을 바꾸었습니다. 기록과 사용자는 그대로입니다.",
            "disable" => "자치구를 사용 중지했습니다. 그 자치구 사용자의 로그인은 모두 끝났습니다.",
            "enable" => "자치구를 다시 쓸 수 있게 했습니다.",
            "user" => "자치구의 사용자를 만들었습니다.",
            "switch" => "작업할 자치구를 바꾸었습니다.",
            "unknown" => "그런 자치구가 없습니다. 목록에서 고르세요.",
            _ => null,
        };

        public static string ChartLabel(int year) => $"{year}년 자치구별 의무 충족·미충족·확인 필요 건수";

        public static string Bar(string district, string status, int count) => $"{district}: {status} {count}건";
    }

    public static string TaskForceStatus(string status) => status switch
    {
        "assembling" => "구성 중",
        "formed" => "구성됨",
        "submitted" => "의회 제출됨",
        "enacted" => "조례 제정됨",
        _ => status,
    };

    public static string SubmissionOutcome(string outcome) => outcome switch
    {
        "pending" => "심의 중",
        "enacted" => "제정",
        "rejected" => "부결",
        _ => outcome,
    };

    /// <summary>An obligation of the year (R4, R5) by its rule.</summary>
    public static string Obligation(string rule) => rule switch
    {
        Domain.Workshops.Compliance.NetworkCivilCivil => "통합 민/민 워크숍 (R4)",
        Domain.Workshops.Compliance.IntegratedCivilGovernment => "통합 민/관 워크숍, 과장급 이상 참여 (R4)",
        Domain.Workshops.Compliance.DivisionCivilCivil => "분과 민/민 워크숍 (R4)",
        Domain.Workshops.Compliance.DivisionCivilGovernment => "실무국과의 분과 민/관 워크숍, 실무진 참여 (R4)",
        Domain.Workshops.Compliance.MonitoringReviewed => "전년도 모니터링 검토 (R5)",
        _ => rule,
    };

    public static string Owner(StrategicTaskOwner owner, IReadOnlyDictionary<Guid, string> divisions)
    {
        var division = owner.DivisionId is { } id ? divisions.GetValueOrDefault(id, "알 수 없는 분과") : null;
        return owner.Joint ? division is null ? "민/관 공동" : $"민/관 공동 ({division})" : division ?? "—";
    }

    public static string Person(Person p) => Someone(p.Name, p.Sector, p.Organisation, p.Rank);

    public static string Participant(Participant p) => Someone(p.Name, p.Sector, p.Organisation, p.Rank);

    private static string Someone(string name, Sector sector, string? organisation, Rank? rank) =>
        $"{name} ({Label(sector)}{(organisation is null ? "" : $", {organisation}")}{(rank is null ? "" : $", {Label(rank)}")})";

    // ---- Event names ---------------------------------------------------------------------------

    /// <summary>A strategic task's event as the auditor's history names it: Korean, and English for API clients.</summary>
    public static (string Korean, string English)? Event(object data) => data switch
    {
        StrategicTaskAdopted => ("과제 채택", "adopted by a workshop decision"),
        StrategicTaskContinued => ("이월 과제 시작", "continued from last year's task"),
        StrategicTaskOwnerChanged => ("담당 변경", "owner changed"),
        StrategicTaskMadeJoint => ("공동 과제로 변경", "made joint by a workshop decision"),
        StrategicTaskMilestoneAdded => ("이정표 추가", "milestone added"),
        StrategicTaskMilestoneReached => ("이정표 달성", "milestone reached"),
        StrategicTaskProgressReported => ("진행 보고", "progress reported"),
        StrategicTaskProgressCorrected => ("진행 보고 정정", "progress corrected"),
        StrategicTaskStatusChanged => ("상태 변경", "status changed"),
        StrategicTaskCarriedOver => ("차년도 이월", "carried over"),
        StrategicTaskWithdrawn => ("워크숍과 함께 철회", "withdrawn with its workshop"),
        _ => null,
    };

    /// <summary>A strategic task's field as the auditor's "what changed" view names it.</summary>
    public static string AuditField(string field) => field switch
    {
        "title" => "과제명",
        "year" => "연도",
        "owner" => "담당",
        "status" => "상태",
        "percent" => "진행률",
        "milestones" => "이정표",
        "successorId" => "이어받은 과제",
        "predecessorId" => "이전 과제",
        "adoptedOn" => "채택일",
        "origin" or "originWorkshopId" => "출처",
        _ => field,
    };

    /// <summary>A workshop's or meeting's fact as its correction history names it (R10).</summary>
    public static string CorrectedFact(string field) => field switch
    {
        "heldOn" => "날짜",
        "kind" => "종류",
        "scope" => "범위",
        "divisionId" => "분과",
        "counterpartDepartment" => "실무국",
        "participants" => "참여자",
        "reviewedMonitoringYear" => "검토한 모니터링",
        "minutes" => "회의록",
        _ => field,
    };

    // ---- Refusals ------------------------------------------------------------------------------

    /// <summary>What a page shows: the refusal in Korean.</summary>
    public static string Refusal(Refusal refusal) => Say(Refusals[refusal.Code].Korean, refusal.Args, KoreanArg);

    /// <summary>The refusal's English sentence, as API clients read it before the refusals spoke Korean.</summary>
    public static string RefusalInEnglish(Refusal refusal) => Say(Refusals[refusal.Code].English, refusal.Args, EnglishArg);

    /// <summary>The API's problem detail: "한국어 문장 (English sentence.)".</summary>
    public static string RefusalDetail(Refusal refusal) => $"{Refusal(refusal)} ({RefusalInEnglish(refusal)})";

    /// <summary>The stable code a client may branch on ("divisionNameTaken").</summary>
    public static string RefusalCodeName(RefusalCode code) => char.ToLowerInvariant(code.ToString()[0]) + code.ToString()[1..];

    /// <summary>The two sentences of a refusal code, for the test that every code has both and that they name the same facts.</summary>
    public static (string Korean, string English)? RefusalText(RefusalCode code) => Refusals.TryGetValue(code, out var text) ? text : null;

    private static string Say(string template, IReadOnlyList<object?> args, Func<object?, string> arg) =>
        string.Format(CultureInfo.InvariantCulture, template, args.Select(arg).ToArray<object?>());

    private static string KoreanArg(object? value) => value switch
    {
        null => "",
        DateOnly date => Date(date),
        Enum e => Labels.TryGetValue(e, out var label) ? label : e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string EnglishArg(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Act act => EnglishActs[act],
        Enum e => Words().Replace(e.ToString(), " $1").ToLowerInvariant(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Words();

    private static readonly Dictionary<RefusalCode, (string Korean, string English)> Refusals = new()
    {
        // R10, shared
        [RefusalCode.CorrectionChangesNothing] = ("정정으로 바뀌는 것이 없습니다. 잘못 기록된 사실을 입력하세요.", "The correction changes nothing: give the facts that were recorded wrongly."),
        [RefusalCode.CorrectionNeedsReason] = ("정정에는 사유가 필요합니다.", "A correction must state its reason."),
        [RefusalCode.WithdrawalNeedsReason] = ("철회에는 사유가 필요합니다.", "A withdrawal must state its reason."),

        // The network and people
        [RefusalCode.NetworkAlreadyLaunched] = ("민간추진단 '{0}'은(는) {1}에 이미 발족했습니다.", "The network '{0}' was already launched on {1}."),
        [RefusalCode.BylawsBeforeLaunch] = ("민간추진단은 {0}에 발족했습니다. 규약을 그보다 앞선 날짜로 기록할 수 없습니다.", "The network was launched on {0}; its bylaws cannot be dated earlier."),
        [RefusalCode.BylawsAmendmentNeedsReason] = ("규약 제{0}판이 시행 중입니다. 개정에는 사유가 필요합니다.", "Version {0} of the bylaws is in force: an amendment gives its reason."),
        [RefusalCode.BylawsAmendmentChangesNothing] = ("규약 제{0}판과 글이 같습니다. 개정은 글을 바꿉니다.", "The text is the same as version {0} of the bylaws: an amendment changes it."),
        [RefusalCode.BylawsAmendmentBeforeVersion] = ("규약 제{0}판은 {1}에 제정·개정되었습니다. 그 개정을 더 앞선 날짜로 기록할 수 없습니다.", "Version {0} was adopted on {1}; its amendment cannot be dated earlier."),
        [RefusalCode.PersonRankAlreadyHeld] = ("{0} 님은 {1}부터 이미 그 직급입니다.", "{0} already holds that rank from {1}."),
        [RefusalCode.PersonAlreadyErased] = ("이 사람의 개인정보는 {0}에 이미 삭제되었습니다.", "The person's personal data was already erased on {0}."),
        [RefusalCode.PersonErasedNamed] = ("사람 {0}의 개인정보가 삭제되어 어떤 명령도 그 사람을 지정할 수 없습니다.", "The personal data of person {0} was erased: no command may name them any more."),
        [RefusalCode.PersonErasedUnnamed] = ("이 명령이 지정한 사람의 개인정보가 삭제되어 어떤 명령도 그 사람을 지정할 수 없습니다.", "The personal data of a person this command names was erased: no command may name them any more."),

        // Divisions (R1, R2, R3)
        [RefusalCode.DivisionNameTaken] = ("'{0}' 분과가 이미 있습니다 ({1}). 같은 이름의 분과가 둘이면 구별할 수 없습니다.", "A division named {0} already exists ({1}): a second one would make the two impossible to tell apart."),
        [RefusalCode.VisionBeforeRegistration] = ("{0}은(는) {1}에 등록되었습니다. 비전을 그보다 앞선 날짜로 기록할 수 없습니다.", "{0} was registered on {1}; its vision cannot be dated earlier."),
        [RefusalCode.VisionRestatementNeedsReason] = ("{0}은(는) 이미 비전을 세웠습니다. 새 비전은 고쳐 세우는 이유를 밝힙니다.", "{0} already stated its vision: a new statement gives the reason it replaces the old one."),
        [RefusalCode.DivisionAlreadyChaired] = ("{0} 님은 이미 {1}의 분과장입니다.", "{0} already chairs {1}."),
        [RefusalCode.DivisionMemberAlready] = ("{0}은(는) 이미 {1}의 회원입니다.", "{0} is already a member of {1}."),
        [RefusalCode.DepartureNeedsReason] = ("탈퇴에는 사유가 필요합니다.", "A departure must state its reason."),
        [RefusalCode.DivisionMemberAlreadyLeft] = ("{0}은(는) 이미 {1}에서 탈퇴했습니다.", "{0} already left {1}."),
        [RefusalCode.DivisionNotAMember] = ("{0}은(는) {1}의 회원이 아닙니다.", "{0} is not a member of {1}."),
        [RefusalCode.DivisionLeaveBeforeJoin] = ("{0}은(는) {1}에 가입했으므로 {2}에 탈퇴할 수 없습니다.", "{0} joined on {1}; it cannot leave on {2}."),
        [RefusalCode.StepDownNeedsReason] = ("분과장 사임에는 사유가 필요합니다.", "A chair stepping down must state the reason."),
        [RefusalCode.DivisionWithoutChair] = ("{0}에 분과장이 없습니다.", "{0} has no chair."),
        [RefusalCode.StepDownBeforeAppointment] = ("분과장은 {0}에 선임되었으므로 {1}에 사임할 수 없습니다.", "The chair was appointed on {0}; they cannot step down on {1}."),
        [RefusalCode.StageChangeBeforeCurrent] = ("{0}의 단계 변경은 현재 단계가 시작된 {1}보다 앞설 수 없습니다.", "A stage change on {0} cannot precede the current stage's start on {1}."),
        [RefusalCode.StageAlreadyLast] = ("분과는 마지막 단계인 3단계에 있습니다.", "The division is at stage 3, the last stage."),
        [RefusalCode.StageOneStepAtATime] = ("단계는 한 번에 한 단계씩 나아갑니다. {0}단계 다음은 {2}단계가 아니라 {1}단계입니다.", "Stages advance one step at a time: from stage {0} the next is stage {1}, not {2}."),
        [RefusalCode.StageGateClosed] = ("{0}단계로 가는 조건이 아직 충족되지 않았습니다. 미충족 조건 {1}개.", "The gate to stage {0} is not open: {1} condition(s) unmet."),
        [RefusalCode.ReversalNeedsReason] = ("단계 되돌림에는 사유가 필요합니다.", "A reversal must state its reason."),
        [RefusalCode.StageAlreadyFirst] = ("분과는 첫 단계인 1단계에 있어 되돌릴 단계가 없습니다.", "The division is at stage 1, the first stage: there is nothing to revert."),
        [RefusalCode.ReversalOneStep] = ("되돌림은 한 단계씩입니다. {0}단계에서는 {1}단계로만 되돌릴 수 있습니다.", "A reversal goes back one stage: from stage {0} only to stage {1}."),
        [RefusalCode.LeaderNotTrained] = ("{0} 님은 주민 리더 교육을 수료하지 않았습니다.", "{0} has not completed resident-leader education."),

        // Meetings
        [RefusalCode.MeetingWithoutParticipants] = ("회의에는 참석자가 한 명 이상 있어야 합니다.", "A meeting needs at least one participant."),
        [RefusalCode.MeetingDatedAfterCorrection] = ("{0}의 정정으로 회의 날짜를 그 뒤인 {1}(으)로 옮길 수 없습니다.", "A correction on {0} cannot date the meeting later, on {1}."),
        [RefusalCode.MeetingWithdrawn] = ("회의는 {0}에 철회되어 다시 {1}할 수 없습니다.", "The meeting was withdrawn on {0}: it is not {1} again."),
        [RefusalCode.MeetingChangeNeedsReason] = ("회의 {0}에는 사유가 필요합니다.", "A meeting is {0} only with a reason."),

        // Workshops (R5, R8)
        [RefusalCode.WorkshopDivisionMissing] = ("분과 워크숍은 분과(divisionId)를 지정해야 합니다.", "A division workshop must name its division (divisionId)."),
        [RefusalCode.WorkshopNetworkWithDivision] = ("통합 워크숍은 한 분과에 속하지 않습니다. divisionId를 비워 두세요.", "A network-wide workshop belongs to no single division: leave divisionId out."),
        [RefusalCode.WorkshopWithoutParticipants] = ("워크숍에는 참석자가 한 명 이상 있어야 합니다.", "A workshop needs at least one participant."),
        [RefusalCode.WorkshopReviewsPastYear] = ("{0}의 워크숍은 {1}년이 아니라 지난해의 모니터링 보고서를 검토합니다.", "A workshop on {0} reviews a previous year's monitoring report, not {1}'s."),
        [RefusalCode.WorkshopNoSuchFinding] = ("워크숍에 발견 사항 {0}이(가) 없습니다.", "The workshop has no finding {0}."),
        [RefusalCode.IntegrationOnlyAtIntegratedCivilGovernment] = ("다른 워크숍의 발견 사항에 답하는 제안은 통합 민/관 워크숍에서만 합니다.", "Only a proposal at the integrated civil–government workshop answers another workshop's finding."),
        [RefusalCode.IntegrationFromDivisionWorkshopOfTheYear] = ("통합 워크숍의 제안은 {0}년에 열린 분과 워크숍(철회되지 않은)의 발견 사항에 답합니다.", "An integrated proposal answers a finding of a division workshop held in {0} (and not withdrawn)."),
        [RefusalCode.WorkshopOrganiserAlready] = ("{0} 님은 이미 이 워크숍의 추진팀입니다.", "{0} is already on the workshop's organising team."),
        [RefusalCode.FindingViewpointAtCivilCivil] = ("민/민 워크숍에는 민간만 참여합니다. 그 발견 사항을 '{0}' 시각으로 기록할 수 없습니다.", "Only the civil side sits at a civil–civil workshop: a finding there cannot be the {0} viewpoint."),
        [RefusalCode.ProposalFindingOfOtherWorkshop] = ("워크숍에 발견 사항 {0}이(가) 없습니다. 제안은 같은 워크숍의 발견 사항에 답합니다.", "The workshop has no finding {0}: a proposal answers a finding of the same workshop."),
        [RefusalCode.AdoptionJointAtCivilGovernmentOnly] = ("민/관 공동 과제는 민/관 워크숍에서만 채택합니다.", "A joint civil–government task is adopted only at a civil–government workshop."),
        [RefusalCode.AdoptionWithoutOwner] = ("전략 과제는 분과의 과제이거나 공동 과제입니다. 분과(divisionId)를 고르거나 공동(joint: true)으로 하세요.", "A strategic task belongs to a division or is joint: give divisionId, or joint: true."),
        [RefusalCode.AdoptionOfOtherDivision] = ("분과 워크숍은 자기 분과의 과제만 채택합니다.", "A division workshop adopts tasks of its own division only."),
        [RefusalCode.AdoptionForPastYear] = ("{0}년에 열린 워크숍은 {1}년이 아니라 {0}년 이후의 과제를 채택합니다.", "A workshop held in {0} adopts tasks for {0} or later, not {1}."),
        [RefusalCode.WorkshopNoSuchProposal] = ("워크숍에 제안 {0}이(가) 없습니다.", "The workshop has no proposal {0}."),
        [RefusalCode.WorkshopDatedAfterCorrection] = ("{0}의 정정으로 워크숍 날짜를 그 뒤인 {1}(으)로 옮길 수 없습니다.", "A correction on {0} cannot date the workshop later, on {1}."),
        [RefusalCode.WorkshopDatedAfterRecords] = ("워크숍의 발견 사항과 결정은 {0}부터 기록되어 있어 워크숍 날짜를 그 뒤인 {1}(으)로 옮길 수 없습니다.", "What the workshop found or decided is dated from {0}: the workshop cannot be dated {1}, after it."),
        [RefusalCode.WorkshopCorrectionUnfitsAdoptions] = ("정정한 워크숍으로는 이미 채택한 과제를 채택할 수 없었습니다. 워크숍을 철회하고 다시 기록하세요.", "The corrected workshop could not have adopted the tasks it adopted: withdraw it and record it again."),
        [RefusalCode.WorkshopWithdrawn] = ("워크숍은 {0}에 철회되어 더 이상 {1}할 수 없습니다.", "The workshop was withdrawn on {0}: it is not {1} any more."),
        [RefusalCode.WorkshopRecordBeforeWorkshop] = ("워크숍의 발견 사항과 결정은 워크숍 날짜인 {1}보다 앞선 {0}(으)로 기록할 수 없습니다.", "What a workshop found or decided cannot be dated {0}, before the workshop on {1}."),

        // Strategic tasks (R8)
        [RefusalCode.TaskOwnerUnchanged] = ("과제의 담당이 이미 그대로입니다.", "The task already has this owner."),
        [RefusalCode.TaskJointNeedsDecision] = ("과제는 민/관 워크숍의 결정으로만 공동 과제가 됩니다.", "A task becomes joint only by a civil–government workshop's decision."),
        [RefusalCode.TaskAlreadyWithdrawn] = ("과제는 {0}에 이미 철회되었습니다.", "The task was already withdrawn on {0}."),
        [RefusalCode.TaskOfOtherWorkshop] = ("과제는 워크숍 {1}이(가) 아니라 워크숍 {0}에서 채택되었습니다.", "The task was adopted by workshop {0}, not {1}."),
        [RefusalCode.MilestoneWeightOutOfRange] = ("이정표의 비중은 1부터 100 사이입니다.", "A milestone's weight is between 1 and 100."),
        [RefusalCode.MilestoneWeightsOver100] = ("이정표 비중의 합이 {0}이(가) 됩니다. 합은 100을 넘을 수 없습니다.", "The milestones' weights would add up to {0}; they may add up to at most 100."),
        [RefusalCode.MilestoneDueBeforeTaskYear] = ("{0}년 과제의 이정표 기한을 {1}년으로 둘 수 없습니다.", "A milestone of a {0} task cannot be due in {1}."),
        [RefusalCode.TaskNoSuchMilestone] = ("과제에 이정표 {0}이(가) 없습니다.", "The task has no milestone {0}."),
        [RefusalCode.MilestoneAlreadyReached] = ("이정표 \"{0}\"은(는) {1}에 이미 달성되었습니다.", "The milestone \"{0}\" was already reached on {1}."),
        [RefusalCode.ProgressOutOfRange] = ("진행률은 0부터 100 사이의 백분율입니다.", "Progress is a percent between 0 and 100."),
        [RefusalCode.ProgressCorrectionOfNonReport] = ("과제의 버전 {0}은(는) 진행 보고가 아닙니다. 정정은 바로잡을 진행 보고를 지정합니다.", "Version {0} of the task is not a progress report; a correction names the report it corrects."),
        [RefusalCode.TaskCarryOverByOwnCommand] = ("과제는 차년도 이월 명령으로 이월하며, 그 명령이 후속 과제를 만듭니다.", "A task is carried over by carrying it into the next year, which creates its successor."),
        [RefusalCode.TaskStatusUnchanged] = ("과제는 이미 {0} 상태입니다.", "The task is already {0}."),
        [RefusalCode.TaskCarryOverNotNextYear] = ("{0}년 과제는 {2}년이 아니라 다음 해인 {1}년으로 이월합니다.", "A {0} task is carried over into the next year, {1}, not {2}."),
        [RefusalCode.TaskChangeNeedsReason] = ("전략 과제의 변경에는 사유가 필요합니다.", "A change to a strategic task states its reason."),
        [RefusalCode.TaskChangeBeforeAdoption] = ("{0}의 변경은 과제를 채택한 {1}보다 앞설 수 없습니다.", "A change dated {0} cannot precede the task's adoption on {1}."),
        [RefusalCode.TaskClosed] = ("과제가 {0} 상태여서 더 이상 {1}할 수 없습니다.", "The task is {0}: nobody can {1} any more."),
        [RefusalCode.TaskWithdrawnClosed] = ("과제가 철회되어 더 이상 {0}할 수 없습니다.", "The task is withdrawn: nobody can {0} any more."),

        // The joint task force (R6)
        [RefusalCode.TaskForceDesignationNeedsReason] = ("지정에는 사유가 필요합니다.", "A designation states its reason."),
        [RefusalCode.TaskForceAlreadyDesignated] = ("{0}은(는) 이미 민간추진단이 지정한 합동 TF입니다.", "{0} is already the network's designated joint TF."),
        [RefusalCode.TaskForceDesignatedBeforeSetUp] = ("TF를 설치한 {1}보다 앞선 {0}에 지정할 수 없습니다.", "A TF cannot be designated on {0}, before it was set up on {1}."),
        [RefusalCode.TaskForceAlreadyDissolved] = ("{0}은(는) {1}에 이미 해산되었습니다.", "{0} was already dissolved on {1}."),
        [RefusalCode.TaskForceDissolutionNeedsReason] = ("해산에는 사유가 필요합니다.", "A dissolution states its reason."),
        [RefusalCode.TaskForceDissolvedBeforeSetUp] = ("TF를 설치한 {1}보다 앞선 {0}에 해산할 수 없습니다.", "A TF cannot be dissolved on {0}, before it was set up on {1}."),
        [RefusalCode.TaskForceMemberAlready] = ("{0} 님은 이미 {1}의 위원입니다.", "{0} is already a member of {1}."),
        [RefusalCode.TaskForceWorkClosedByEnactment] = ("{0}의 조례가 제정되어 활동이 끝났습니다.", "{0}'s ordinance was enacted: its work is closed."),
        [RefusalCode.TaskForceNotAMember] = ("사람 {0}은(는) {1}의 위원이 아닙니다.", "The person {0} is not a member of {1}."),
        [RefusalCode.TaskForceLastOfSector] = ("{0} 님은 구성된 TF의 유일한 {1} 위원입니다. 구성된 TF는 세 부문의 위원을 모두 유지합니다.", "{0} is the only {1} member of the formed TF; a formed TF keeps members of all three sectors."),
        [RefusalCode.TaskForceAlreadyFormed] = ("{0}은(는) {1}에 이미 구성되었습니다.", "{0} was already formed on {1}."),
        [RefusalCode.TaskForceFormedBeforeSetUp] = ("TF를 설치한 {1}보다 앞선 {0}에 구성할 수 없습니다.", "A TF cannot be formed on {0}, before it was set up on {1}."),
        [RefusalCode.TaskForceSectorsMissing] = ("TF에는 세 부문의 위원이 모두 있어야 합니다. {0}개 부문이 빠져 있습니다.", "The TF needs members of all three sectors: {0} missing."),
        [RefusalCode.TaskForceAttendeesNotMembers] = ("참석자는 모두 TF 위원이어야 합니다.", "Every attendee must be a member of the TF."),
        [RefusalCode.TaskForceDraftBeforeCouncil] = ("초안 {0}이(가) 의회에 제출되어 있습니다. 제정이나 부결을 기다리세요.", "Draft {0} is before the council; wait for its enactment or rejection."),
        [RefusalCode.TaskForceDraftPrecedesLatest] = ("{0} 날짜의 초안은 {2}의 초안 {1}보다 앞설 수 없습니다.", "A draft dated {0} cannot precede draft {1} of {2}."),
        [RefusalCode.TaskForceDraftAlreadySubmitted] = ("초안 {0}은(는) 이미 의회에 제출되어 있습니다.", "Draft {0} is already before the council."),
        [RefusalCode.TaskForceNoDraft] = ("제출할 초안이 없습니다.", "There is no draft to submit."),
        [RefusalCode.TaskForceNoSuchDraft] = ("초안 {0}판은 없습니다. 최신판은 {1}입니다.", "There is no draft version {0}; the latest is {1}."),
        [RefusalCode.TaskForceSubmissionPrecedesDraft] = ("{0} 날짜의 제출은 {1}의 최신 초안보다 앞설 수 없습니다.", "A submission dated {0} cannot precede the latest draft of {1}."),
        [RefusalCode.TaskForceRejectionNeedsReasons] = ("부결에는 사유가 필요합니다.", "A rejection states its reasons."),
        [RefusalCode.TaskForceDissolved] = ("{0}은(는) {1}에 해산되어 활동이 끝났습니다.", "{0} was dissolved on {1}: its work is closed."),
        [RefusalCode.TaskForceOrdinanceEnacted] = ("조례가 제정되어 {0}의 조례 작업이 끝났습니다.", "The ordinance was enacted: {0}'s ordinance work is closed."),
        [RefusalCode.TaskForceNotFormed] = ("구성된 TF만 {0}할 수 있습니다.", "Only a formed TF may {0}."),
        [RefusalCode.TaskForceActBeforeFormed] = ("TF는 {0}에 구성되었으므로 {2}에 {1}할 수 없습니다.", "The TF was formed on {0}; it cannot {1} on {2}."),
        [RefusalCode.OrdinanceAlreadyEnacted] = ("조례는 이미 제정되었습니다.", "The ordinance was already enacted."),
        [RefusalCode.OrdinanceNotBeforeCouncil] = ("의회에 제출된 초안이 없습니다.", "No draft is before the council."),
        [RefusalCode.CouncilDecisionBeforeSubmission] = ("의회의 결정은 {0}의 제출보다 앞설 수 없습니다.", "The council's decision cannot precede the submission of {0}."),

        // Education
        [RefusalCode.CourseAttendeesNotEnrolled] = ("등록한 사람만 교육 회차에 출석합니다.", "Only enrolled people attend a session."),
        [RefusalCode.CourseNotEnrolled] = ("{0}은(는) {1}에 등록하지 않았습니다.", "{0} is not enrolled in {1}."),
        [RefusalCode.CourseNoSuchSession] = ("{0}에 회차 {1}이(가) 없습니다.", "{0} has no session {1}."),
        [RefusalCode.CourseAttendanceAlreadyRecorded] = ("이 출석은 이미 기록되었습니다.", "This attendance is already recorded."),
        [RefusalCode.CourseAlreadyEnrolled] = ("{0} 님은 이미 {1}에 등록했습니다.", "{0} is already enrolled in {1}."),
        [RefusalCode.CourseAlreadyCompleted] = ("{0} 님은 이미 {1}을(를) 수료했습니다.", "{0} already completed {1}."),
        [RefusalCode.CoursePartnerDepartmentUnchanged] = ("{0}의 협의 부서는 이미 {1}입니다.", "{0} already has {1} as its partner department."),
        [RefusalCode.CoursePartnerDepartmentChangeNeedsReason] = ("협의 부서 {0}을(를) 바꾸려면 사유가 필요합니다.", "Changing the partner department {0} needs a reason."),
        [RefusalCode.LeaderAlreadyDiscovered] = ("{0} 님은 {1}에 이미 주민 리더 후보로 발굴되었습니다.", "{0} was already discovered as a prospective resident leader on {1}."),
        [RefusalCode.LeaderNotDiscovered] = ("{0} 님은 주민 리더 후보로 발굴된 기록이 없습니다.", "{0} has no discovery as a prospective resident leader."),
        [RefusalCode.LeaderDiscoveryAlreadyWithdrawn] = ("{0} 님의 발굴 기록은 {1}에 이미 철회되었습니다.", "{0}'s discovery was already withdrawn on {1}."),
        [RefusalCode.LeaderDiscoveryWithdrawalBeforeDiscovery] = ("{0} 날짜의 철회는 {1}의 발굴보다 앞설 수 없습니다.", "A withdrawal dated {0} cannot precede the discovery of {1}."),
        [RefusalCode.CourseAttendanceTooLow] = ("{0} 님은 {2}회 중 {1}회 출석했습니다. 수료하려면 {3}% 이상 출석해야 합니다.", "{0} attended {1} of {2} sessions; completion needs {3}%."),

        // Monitoring (R7)
        [RefusalCode.MonitorNotTrainedByDay] = ("{0} 님은 위촉일인 {1}까지 모니터링단 교육을 수료하지 않았습니다.", "{0} had not completed monitoring-group training by {1}, the day of appointment."),
        [RefusalCode.MonitorNotTrainedByYear] = ("{0} 님은 {1}년이나 그 전에 모니터링단 교육을 수료하지 않았습니다.", "{0} has not completed monitoring-group training in {1} or before."),
        [RefusalCode.MonitorAlreadyAppointed] = ("{0} 님은 이미 {1}년 모니터링단입니다.", "{0} is already a monitor of {1}."),
        [RefusalCode.MonitorUserAlreadyLinked] = ("사용자 {0}은(는) {2}년에 이미 모니터링단 {1} 님과 연결되어 있습니다.", "The user {0} is already linked to the monitor {1} in {2}."),
        [RefusalCode.EvaluatedExhibitNotAccepted] = ("채택된 출품만 협치정책으로 평가합니다. '{0}'은(는) {1} 상태입니다.", "Only an accepted exhibit is evaluated as a governance policy; '{0}' is {1}."),
        [RefusalCode.EvaluatedExhibitWithdrawn] = ("'{0}' 출품은 출품 단체가 철회하여 평가할 수 없습니다.", "The exhibit '{0}' was withdrawn by its organisation: it is not evaluated."),
        [RefusalCode.EvaluatedOrdinanceNotEnacted] = ("{0}의 조례는 아직 제정되지 않았습니다 ({1}). 제정된 조례만 평가합니다.", "{0}'s ordinance is not enacted yet ({1}); only an enacted ordinance is evaluated."),
        [RefusalCode.EvaluationTaskOfOtherDivision] = ("평가하는 전략 과제는 평가 대상 분과의 과제여야 합니다.", "An evaluation's strategic task belongs to the evaluated division."),
        [RefusalCode.MonitoringReportPublished] = ("{0}년 보고서가 {1}에 발간되어 그해 평가는 마감되었습니다.", "The {0} report was published on {1}: the year's evaluations are closed."),
        [RefusalCode.EvaluationByNonMonitor] = ("{0}년 평가는 {0}년 모니터링단만 기록합니다.", "Only {0}'s monitors record {0}'s evaluations."),
        [RefusalCode.MonitorAppointmentEnded] = ("{0} 님의 위촉은 {1}에 끝났습니다.", "{0}'s appointment ended on {1}."),
        [RefusalCode.NotAMonitor] = ("{0}은(는) {1}년 모니터링단이 아닙니다.", "{0} is not a monitor of {1}."),
        [RefusalCode.MonitorAppointmentAlreadyEnded] = ("{0} 님의 위촉은 {1}에 이미 끝났습니다.", "{0}'s appointment already ended on {1}."),
        [RefusalCode.MonitorEndNeedsReason] = ("위촉 종료에는 사유가 필요합니다.", "The end of an appointment states its reason."),
        [RefusalCode.MonitorEndBeforeAppointment] = ("{0} 님은 {1}에 위촉되었으므로 위촉을 {2}에 끝낼 수 없습니다.", "{0} was appointed on {1}; the appointment cannot end on {2}."),
        [RefusalCode.EvaluationWithoutIndicators] = ("평가에는 지표가 하나 이상 있어야 합니다.", "An evaluation has at least one indicator."),
        [RefusalCode.EvaluationCorrectionChangesNothing] = ("정정으로 바뀌는 것이 없습니다. 잘못 기록된 지표를 입력하세요.", "The correction changes nothing: give the indicators that were recorded wrongly."),
        [RefusalCode.EvidenceNoSuchNumber] = ("이 평가의 근거 기록은 {0}건이며 {1}번은 없습니다.", "The evaluation has {0} evidence record(s); there is no number {1}."),
        [RefusalCode.EvidenceAlreadyWithdrawn] = ("이 평가의 근거 {0}번은 이미 철회되었습니다.", "Evidence {0} of the evaluation was already withdrawn."),
        [RefusalCode.EvaluationNoSuch] = ("{0}년에 평가 {1}이(가) 없습니다.", "{0} has no evaluation {1}."),
        [RefusalCode.EvaluationWithdrawn] = ("이 평가는 {0}에 철회되어 더 이상 {1}할 수 없습니다.", "The evaluation was withdrawn on {0}: it is not {1} any more."),
        [RefusalCode.EvaluationWithdrawnEarlier] = ("평가 {0}은(는) 철회되었습니다.", "The evaluation {0} was withdrawn."),
        [RefusalCode.EvaluationChangeNeedsReason] = ("정정이나 철회에는 사유가 필요합니다.", "A correction or withdrawal states its reason."),
        [RefusalCode.IndicatorOffScale] = ("{0} ({1})의 점수는 {2}부터 {3}까지입니다. {4}은(는) 범위를 벗어납니다.", "{0} ({1}) is scored from {2} to {3}; {4} is off the scale."),
        [RefusalCode.IndicatorKindMismatch] = ("지표의 종류가 지표 목록의 정의와 다릅니다.", "An indicator's kind differs from its catalogue definition."),
        [RefusalCode.MonitoringReportAlreadyPublished] = ("{0}년 보고서는 {1}에 이미 발간되었습니다. 정정을 발간하세요.", "The {0} report was already published on {1}; publish a correction instead."),
        [RefusalCode.MonitoringReportWithoutEvaluations] = ("{0}년에는 보고할 평가가 없습니다.", "{0} has no evaluation to report on."),
        [RefusalCode.MonitoringReportNotPublished] = ("{0}년 보고서가 발간되지 않아 정정할 것이 없습니다.", "The {0} report is not published: there is nothing to correct."),
        [RefusalCode.MonitoringCorrectionBeforeReport] = ("{0}의 정정은 {1}의 보고서보다 앞설 수 없습니다.", "A correction on {0} cannot precede the report of {1}."),

        // The policy expo (R9)
        [RefusalCode.ExpoAlreadyPlanned] = ("{0}년 박람회는 이미 계획되어 있습니다 ({1}, {2}). 박람회는 한 해에 한 번입니다.", "The {0} expo was already planned ({1}, {2}); there is one expo a year."),
        [RefusalCode.ExpoVenueFixedOnceOpen] = ("박람회가 개막하여 장소를 더 바꿀 수 없습니다.", "The expo has opened: its venue can no longer change."),
        [RefusalCode.ExpoAlreadyAtVenue] = ("박람회 장소가 이미 {0}입니다.", "The expo is already at {0}."),
        [RefusalCode.ExpoDatesFixedOnceOpen] = ("박람회가 개막하여 일정을 더 바꿀 수 없습니다.", "The expo has opened: its dates can no longer change."),
        [RefusalCode.ExpoRescheduleNeedsReason] = ("박람회 일정 변경에는 사유가 필요합니다.", "A change of the expo's dates states its reason."),
        [RefusalCode.ExpoDatesOutOfOrder] = ("제출 기간은 시작이 마감보다 앞서고, 박람회 기간은 순서대로이며, 제출은 마지막 날까지 마감되고, 박람회는 {0}년에 열려야 합니다.", "The submission window opens before it closes, the expo's days run forward, submissions close by the last day, and the expo opens in {0}."),
        [RefusalCode.ExpoDatesUnchanged] = ("박람회 일정이 이미 그대로입니다.", "The expo already has these dates."),
        [RefusalCode.ExpoExhibitsOutsideNewWindow] = ("출품 {0}건이 새 제출 기간 {1}–{2} 밖에 제출되었습니다.", "{0} exhibit(s) were submitted outside the new window {1}–{2}."),
        [RefusalCode.ExpoNoSuchExhibit] = ("{0}년 박람회에 출품 {1}이(가) 없습니다.", "The {0} expo has no exhibit {1}."),
        [RefusalCode.ExhibitAlreadyWithdrawn] = ("'{0}'은(는) {1}에 이미 철회되었습니다.", "'{0}' was already withdrawn on {1}."),
        [RefusalCode.ExpoClosed] = ("박람회가 폐막했습니다.", "The expo has closed."),
        [RefusalCode.ExpoTeamMemberAlready] = ("{0} 님은 이미 {1}년 추진팀에 있습니다.", "{0} is already on the {1} planning team."),
        [RefusalCode.ExhibitOutsideWindow] = ("{0}년 박람회 출품은 {1}부터 {2}까지 받습니다. {3}은(는) 제출 기간 밖입니다.", "Exhibits for the {0} expo are submitted from {1} to {2}; {3} is outside the window."),
        [RefusalCode.ExpoNotOneOfItsDays] = ("박람회는 {0}부터 {1}까지이며 {2}은(는) 박람회 기간이 아닙니다.", "The expo runs from {0} to {1}; {2} is not one of its days."),
        [RefusalCode.ExpoAlreadyOpened] = ("{0}년 박람회는 이미 개막했습니다.", "The {0} expo has already opened."),
        [RefusalCode.ExpoCannotOpenOn] = ("박람회는 {0}부터 {1}까지이므로 {2}에 개막할 수 없습니다.", "The expo runs from {0} to {1}; it cannot open on {2}."),
        [RefusalCode.ExpoExhibitsUnstaffed] = ("채택된 출품 {0}건에 박람회 기간 매일의 상주 인력이 없습니다.", "{0} accepted exhibit(s) are not staffed on every day of the expo."),
        [RefusalCode.ExpoAlreadyClosed] = ("박람회는 이미 폐막했습니다.", "The expo has already closed."),
        [RefusalCode.ExpoNotOpened] = ("박람회가 아직 개막하지 않았습니다.", "The expo has not opened."),
        [RefusalCode.ExpoCannotCloseBeforeOpening] = ("박람회는 {0}에 개막했으므로 그보다 앞서 폐막할 수 없습니다.", "The expo opened on {0}; it cannot close before that."),
        [RefusalCode.ExpoLinkageBeforeOpening] = ("연계는 박람회에서 이루어지는데 박람회가 아직 개막하지 않았습니다.", "Linkages are made at the expo: it has not opened yet."),
        [RefusalCode.ExpoLinkageBeforeOpenedOn] = ("박람회는 {0}에 개막했으므로 연계를 그 전 날짜로 기록할 수 없습니다.", "The expo opened on {0}; a linkage cannot be dated before it."),
        [RefusalCode.ExhibitWithdrawnByOrganisation] = ("'{0}'은(는) 출품 단체가 철회했습니다.", "'{0}' was withdrawn by its organisation."),
        [RefusalCode.ExhibitAlreadyReviewed] = ("'{0}'은(는) 이미 {1} 처리되었습니다.", "'{0}' was already {1}."),
        [RefusalCode.ExhibitReviewClosed] = ("박람회가 개막하여 출품을 더 이상 심사하지 않습니다.", "The expo has opened: its exhibits are no longer reviewed."),
        [RefusalCode.ExpoPromotionFixedOnceOpen] = ("박람회가 개막하여 홍보 기간을 더 바꿀 수 없습니다.", "The expo has opened: its promotion period can no longer change."),
        [RefusalCode.ExpoPromotionOutOfOrder] = ("홍보 기간은 시작({0})이 끝({1})보다 앞서야 합니다.", "The promotion period starts ({0}) before it ends ({1})."),
        [RefusalCode.ExpoPromotionEndsAfterOpening] = ("홍보 기간은 개막일({1})까지 끝나야 합니다. {0}은(는) 개막 뒤입니다.", "The promotion period ends by the opening ({1}); {0} is after it."),
        [RefusalCode.ExpoPromotionUnchanged] = ("홍보 기간이 이미 {0}–{1}입니다.", "The promotion period is already {0}–{1}."),
        [RefusalCode.ExpoPromotionChangeNeedsReason] = ("홍보 기간 변경에는 사유가 필요합니다.", "A change of the promotion period states its reason."),
        [RefusalCode.ExpoSideEventOutsideDates] = ("부대 행사는 홍보 기간이나 박람회 기간에 열립니다. {0}은(는) 그 어느 쪽도 아닙니다.", "A side event is held in the promotion period or on the expo's days; {0} is neither."),
        [RefusalCode.ExpoSideEventsOutsideNewDates] = ("부대 행사 {0}건이 바뀐 기간 밖에 열리게 됩니다.", "{0} side event(s) would fall outside the changed dates."),
        [RefusalCode.ExpoNoSuchSideEvent] = ("{0}년 박람회에 부대 행사 {1}이(가) 없습니다.", "The {0} expo has no side event {1}."),
        [RefusalCode.ExpoSideEventAlreadyWithdrawn] = ("부대 행사 '{0}'은(는) {1}에 이미 철회되었습니다.", "The side event '{0}' was already withdrawn on {1}."),
        [RefusalCode.ExhibitRealisationUnchanged] = ("'{0}'은(는) 이미 {1}(으)로 표시되어 있습니다.", "'{0}' is already marked {1}."),
        [RefusalCode.ExhibitNotAccepted] = ("채택된 출품만 {0}할 수 있습니다. '{1}'은(는) {2} 상태입니다.", "Only an accepted exhibit is {0}; '{1}' is {2}."),
    };
    // ---- Conditions ----------------------------------------------------------------------------

    /// <summary>
    /// A condition (a refusal's unmet one, a stage gate's, a yearly obligation's detail) as pages, the
    /// API and the exports say it: "한국어 (English)", the sentence API clients have always read.
    /// </summary>
    public static string Condition(Condition condition) => ConditionWords[condition.Code](condition.Args);

    public static IReadOnlyList<string> Conditions(IEnumerable<Condition> conditions) => [.. conditions.Select(Condition)];

    /// <summary>
    /// The evidence a stage advance kept: its conditions said here, or, for an advance recorded before
    /// conditions were codes, the sentences it stored then.
    /// </summary>
    public static IReadOnlyList<string> GateMet(DivisionStageAdvanced advanced) =>
        advanced.GateConditions is { } conditions ? Conditions(conditions) : advanced.GateMet;

    /// <summary>The items a condition lists after its first <paramref name="skip"/> args, as one list.</summary>
    private static string Items(IReadOnlyList<string> args, int skip = 0) => string.Join(", ", args.Skip(skip));

    private static string Lower(string enumName) => enumName.ToLowerInvariant();

    private static string SectorMember(string sector) => Enum.TryParse<Sector>(sector, out var s) ? s switch
    {
        Sector.Civil => "민간 위원 (a civil member)",
        Sector.Administration => "행정 위원 (an administration member)",
        Sector.Council => "의회 위원 (a council member)",
        _ => sector,
    } : sector;

    /// <summary>
    /// Every condition's words, by its code and args (see <see cref="Domain.Common.Condition"/>: strings,
    /// dates as yyyy-MM-dd; a listed item set comes last).
    /// </summary>
    private static readonly Dictionary<ConditionCode, Func<IReadOnlyList<string>, string>> ConditionWords = new()
    {
        // Divisions: the stage gates R2 and R3
        [ConditionCode.GateChairAppointed] = _ => "분과장이 선임됨 (a chair is appointed)",
        [ConditionCode.GateCivilMemberOrganisations] = a => $"민간 회원 단체 {a[0]}곳 이상 (at least {a[0]} civil member organisations; now {a[1]})",
        [ConditionCode.GateCivilCivilWorkshopAdoptedTask] = _ => "올해 또는 작년에 전략 과제를 채택한 민/민 워크숍 (a civil–civil workshop this or last year that adopted a strategic task)",
        [ConditionCode.GateRegularMeetingsWithAdministration] = a =>
            $"최근 12개월 행정 참여 정기 회의 {a[0]}회 이상 (at least {a[0]} regular meetings with administration in the last 12 months; now {a[1]})",
        [ConditionCode.GateJointTaskAdopted] = _ => "민/관 워크숍에서 공동 전략 과제 채택 (a joint strategic task adopted at a civil–government workshop)",
        [ConditionCode.GateJointTaskForceFormed] = _ => "합동 TF 구성 (the network's designated joint task force is formed)",
        [ConditionCode.LeaderEducationCompleted] = _ => "주민 리더 교육 수료 (completed resident-leader education)",

        // Workshops: the year's obligations (R4, R5)
        [ConditionCode.NetworkCivilCivilHeld] = a => $"통합 민/민 워크숍 {Items(a)} (network civil–civil workshop held)",
        [ConditionCode.NetworkCivilCivilMissing] = a => $"{a[0]}년 통합 민/민 워크숍이 없습니다 (no network-wide civil–civil workshop in {a[0]}): hold one and record it.",
        [ConditionCode.IntegratedCivilGovernmentMissing] = a => $"{a[0]}년 통합 민/관 워크숍이 없습니다 (no integrated civil–government workshop in {a[0]}).",
        [ConditionCode.IntegratedCivilGovernmentWithSectionChief] = a => $"통합 민/관 워크숍 {Items(a)}, 과장급 이상 행정 참여 (a section chief or above attended)",
        [ConditionCode.IntegratedCivilGovernmentWithoutSectionChief] = a =>
            $"통합 민/관 워크숍 {Items(a)}에 과장급 이상 행정 참여자가 없습니다 (no administration participant of section-chief rank or above): record one who attended, or hold the workshop with one.",
        [ConditionCode.DivisionCivilCivilMissing] = a => $"{a[0]}년 분과 민/민 워크숍이 없습니다 (no civil–civil workshop of this division in {a[0]}).",
        [ConditionCode.DivisionCivilCivilWithCivilMembers] = a => $"분과 민/민 워크숍 {Items(a)}, 민간 회원 단체 참여 (division civil–civil workshop held with its civil members)",
        [ConditionCode.DivisionCivilCivilWithoutCivilMembers] = a =>
            $"분과 민/민 워크숍 {Items(a)}에 분과의 민간 회원 단체 참여자가 없습니다 (no participant from the division's civil member organisations): record who attended.",
        [ConditionCode.DivisionCivilGovernmentMissing] = a => $"{a[0]}년 실무국과의 분과 민/관 워크숍이 없습니다 (no civil–government workshop with the counterpart department in {a[0]}).",
        [ConditionCode.DivisionCivilGovernmentWithoutDepartment] = a =>
            $"분과 민/관 워크숍 {Items(a)}에 실무국(상대 부서)이 기록되지 않았습니다 (the workshop names no counterpart department): correct the workshop to name it.",
        [ConditionCode.DivisionCivilGovernmentWithWorkingLevel] = a =>
            $"분과 민/관 워크숍 {string.Join(", ", a.Skip(1).Take(int.Parse(a[0], CultureInfo.InvariantCulture)))}, 실무국 {Items(a, 1 + int.Parse(a[0], CultureInfo.InvariantCulture))}, 행정 실무진 참여 (working-level administration of the counterpart department attended)",
        [ConditionCode.DivisionCivilGovernmentWithoutWorkingLevel] = a =>
            $"분과 민/관 워크숍 {Items(a)}에 행정 실무진 참여자가 없습니다 (no working-level administration participant; a section chief alone does not count).",
        [ConditionCode.NetworkWorkshopMissingForReview] = a =>
            $"{a[0]}년 통합 워크숍이 없어 {a[1]}년 모니터링 검토 기록이 없습니다 (no network-wide workshop in {a[0]}, so no review of the {a[1]} monitoring report).",
        [ConditionCode.DivisionWorkshopMissingForReview] = a =>
            $"{a[0]}년 분과 워크숍이 없어 {a[1]}년 모니터링 검토 기록이 없습니다 (no division workshop in {a[0]}, so no review of the {a[1]} monitoring report).",
        [ConditionCode.NetworkWorkshopsReviewedReport] = a => $"모든 통합 워크숍이 발간된 {a[0]}년 모니터링 보고서를 검토함 (every workshop reviewed the published {a[0]} monitoring report)",
        [ConditionCode.DivisionWorkshopsReviewedReport] = a => $"모든 분과 워크숍이 발간된 {a[0]}년 모니터링 보고서를 검토함 (every workshop reviewed the published {a[0]} monitoring report)",
        [ConditionCode.WorkshopsWithoutReview] = a =>
            $"{Items(a, 1)} 워크숍이 발간된 {a[0]}년 모니터링 보고서 검토를 기록하지 않았습니다 (workshop(s) without a review of the published {a[0]} monitoring report).",
        [ConditionCode.WorkshopsWithoutReviewReportUnpublished] = a =>
            $"{Items(a, 1)} 워크숍이 발간된 {a[0]}년 모니터링 보고서 검토를 기록하지 않았습니다 (workshop(s) without a review of the published {a[0]} monitoring report; the {a[0]} report was not published by the workshop's date).",

        // Workshops: what a corrected workshop must still fit
        [ConditionCode.AdoptionJointNeedsCivilGovernment] = a => $"{a[0]}: 공동 과제는 민/관 워크숍에서만 채택 (a joint task needs a civil–government workshop)",
        [ConditionCode.AdoptionOfOwnDivision] = a => $"{a[0]}: 분과 워크숍은 자기 분과의 과제만 채택 (a division workshop adopts its own division's tasks)",
        [ConditionCode.AdoptionForWorkshopYear] = a => $"{a[0]}: {a[1]}년 과제는 {a[2]}년 워크숍에서 채택할 수 없음 (a task is for the workshop's year or later)",

        // Strategic tasks
        [ConditionCode.JointDecisionGiven] = _ => "민/관 워크숍의 결정 (the decision of a civil–government workshop: give its workshopId)",
        [ConditionCode.JointDecidingWorkshopCivilGovernment] = _ => "결정한 워크숍이 민/관 워크숍 (the deciding workshop is a civil–government one)",
        [ConditionCode.JointDecidingWorkshopNotWithdrawn] = _ => "결정한 워크숍이 철회되지 않음 (the deciding workshop is not withdrawn)",
        [ConditionCode.JointDecidingWorkshopHeldBy] = a => $"워크숍({a[0]})이 변경일 이전 (the workshop was held on or before {a[1]})",
        [ConditionCode.ProgressReportVersion] = a => $"version {a[0]}: {a[1]}% ({a[2]})",

        // The joint task force (R6)
        [ConditionCode.TaskForceSectorMember] = a => SectorMember(a[0]),
        [ConditionCode.TaskForceFormed] = _ => "TF 구성 (the TF is formed)",
        [ConditionCode.TaskForceAttendeeMember] = a => a[0],
        [ConditionCode.OrdinanceDraftRecorded] = _ => "조례안 초안 (an ordinance draft)",
        [ConditionCode.OrdinanceDraftSubmitted] = _ => "의회 제출 (a draft submitted to the council)",

        // Education
        [ConditionCode.CourseAttendeeEnrolled] = a => $"{a[0]} is not enrolled in {a[1]}",
        [ConditionCode.CourseAttendanceAtLeast] = a => $"출석률 {a[0]}% 이상 (attendance of at least {a[0]}%; now {a[1]}%)",

        // Monitoring (R7)
        [ConditionCode.MonitorTrainedByDay] = a => $"모니터링단 교육 수료 ({a[0]} 이전; completed monitoring-group training on or before {a[0]})",
        [ConditionCode.MonitorTrainedByYear] = a => $"모니터링단 교육 수료 ({a[0]}년 이전 또는 당해; completed monitoring-group training in or before {a[0]})",
        [ConditionCode.EvaluatedTaskOfDivision] = a =>
            $"평가 대상 분과의 전략 과제 (the task belongs to division {a[0]}; it belongs to {(a[1].Length == 0 ? "no division" : a[1])})",
        [ConditionCode.EvaluatedExhibitAccepted] = a => $"박람회 채택 출품 (an accepted exhibit; '{a[0]}' is {Lower(a[1])})",
        [ConditionCode.EvaluatedOrdinanceEnacted] = a => $"제정된 조례 (an enacted ordinance; {a[0]}'s is {Lower(a[1])})",
        [ConditionCode.MonitorOfYear] = a => $"{a[0]}년 모니터링단 위촉 ({a[1]} is not a monitor of {a[0]})",
        [ConditionCode.MonitorServingOn] = a => $"{a[0]}에 위촉 중 (serving as a monitor on {a[0]})",
        [ConditionCode.IndicatorOnScale] = a => $"{a[0]}: {a[1]} ≤ score ≤ {a[2]}",
        [ConditionCode.IndicatorKindOfCatalogue] = a => $"{a[0]}: the catalogue defines a {Lower(a[1])} indicator, not {Lower(a[2])}",
        [ConditionCode.MonitoringReportHasEvaluation] = _ => "평가 1건 이상 (at least one evaluation)",

        // Expos (R9)
        [ConditionCode.ExpoSubmissionWindow] = a => $"제출 기간 {a[0]}–{a[1]} (the submission window)",
        [ConditionCode.ExpoExhibitSubmittedOutsideNewWindow] = a => $"{a[0]} ({a[1]}): {a[2]} 제출, 새 제출 기간 밖 (submitted outside the new window)",
        [ConditionCode.ExpoSideEventOutsideDates] = a => $"{a[0]}: {a[1]} (부대 행사, side event)",
        [ConditionCode.ExpoDays] = a => $"박람회 기간 {a[0]}–{a[1]} (the expo's days)",
        [ConditionCode.ExpoPromotionOrDays] = a => $"홍보 기간 {a[0]}–{a[1]} 또는 박람회 기간 {a[2]}–{a[3]} (the promotion period or the expo's days)",
        [ConditionCode.ExhibitWithoutStaff] = a => $"{a[0]} ({a[1]}): 상주 인력 없음 (no on-site staff)",
        [ConditionCode.ExhibitUnstaffedDays] = a => $"{a[0]} ({a[1]}): {Items(a, 2)} 상주 인력 없음 (no on-site staff for the whole day)",
    };
}

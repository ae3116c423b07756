using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Domain.Workshops;

namespace Hyeopchi.Host.Admin;

/// <summary>How the TF, expo, education, monitoring and report pages name statuses and kinds in Korean.</summary>
public static class Labels
{
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

    public static string Expo(ExpoStatus status) => status switch
    {
        ExpoStatus.Planned => "준비 중",
        ExpoStatus.Open => "개막",
        ExpoStatus.Closed => "폐막",
        _ => status.ToString(),
    };

    public static string Exhibit(ExhibitStatus status) => status switch
    {
        ExhibitStatus.Submitted => "심사 대기",
        ExhibitStatus.Accepted => "채택",
        ExhibitStatus.Declined => "반려",
        _ => status.ToString(),
    };

    public static string Organisation(OrganisationType type) => Host.Expos.PublicExpoCatalogue.Label(type);

    public static string Placement(PlacementKind kind) => kind == PlacementKind.Booth ? "부스" : "판넬";

    public static string Shift(StaffShift shift) => shift switch
    {
        StaffShift.Morning => "오전",
        StaffShift.Afternoon => "오후",
        StaffShift.AllDay => "종일",
        _ => shift.ToString(),
    };

    public static string Course(CourseKind kind) => kind switch
    {
        CourseKind.LeaderEducation => "주민 리더 교육",
        CourseKind.MonitorTraining => "모니터링단 교육",
        _ => kind.ToString(),
    };

    public static string Indicator(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Quantitative => "정량",
        IndicatorKind.Qualitative => "정성",
        _ => kind.ToString(),
    };

    public static string Evidence(EvidenceMethod method) => method switch
    {
        EvidenceMethod.Interview => "면접",
        EvidenceMethod.Survey => "설문",
        _ => method.ToString(),
    };

    public static string Task(StrategicTaskStatus status) => status switch
    {
        StrategicTaskStatus.Planned => "계획",
        StrategicTaskStatus.InProgress => "진행 중",
        StrategicTaskStatus.Done => "완료",
        StrategicTaskStatus.Dropped => "중단",
        StrategicTaskStatus.CarriedOver => "이월",
        _ => status.ToString(),
    };

    public static string Obligation(ObligationStatus status) => status switch
    {
        ObligationStatus.Met => "충족",
        ObligationStatus.Missing => "미충족",
        ObligationStatus.Flagged => "확인 필요",
        _ => status.ToString(),
    };
}

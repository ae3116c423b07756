using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.People;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Admin;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hyeopchi.Host.Pages;

/// <summary>How the workshop, meeting, compliance and strategic task pages say things in Korean.</summary>
public static class ProcessWords
{
    public static string Kind(WorkshopKind kind) => kind == WorkshopKind.CivilCivil ? "민/민" : "민/관";

    public static string Scope(WorkshopScope scope) => scope == WorkshopScope.Network ? "통합" : "분과별";

    public static string Finding(FindingKind kind) => kind switch
    {
        FindingKind.Obstacle => "걸림돌",
        FindingKind.SteppingStone => "디딤돌",
        FindingKind.CaseStudy => "사례 연구",
        _ => kind.ToString(),
    };

    /// <summary>Whose view a finding is (plan L31: "행정이 생각하는 걸림돌 / 민간이 생각하는 걸림돌").</summary>
    public static string Viewpoint(Viewpoint viewpoint) => viewpoint switch
    {
        Domain.Workshops.Viewpoint.Civil => "민간이 보는",
        Domain.Workshops.Viewpoint.Administration => "행정이 보는",
        Domain.Workshops.Viewpoint.Shared => "민·관이 함께 보는",
        _ => viewpoint.ToString(),
    };

    public static string Status(StrategicTaskStatus status) => status switch
    {
        StrategicTaskStatus.Planned => "계획",
        StrategicTaskStatus.InProgress => "진행 중",
        StrategicTaskStatus.Done => "완료",
        StrategicTaskStatus.Dropped => "중단",
        StrategicTaskStatus.CarriedOver => "이월",
        _ => status.ToString(),
    };

    public static string Owner(StrategicTaskOwner owner, IReadOnlyDictionary<Guid, string> divisions)
    {
        var division = owner.DivisionId is { } id ? divisions.GetValueOrDefault(id, "알 수 없는 분과") : null;
        return owner.Joint ? division is null ? "민/관 공동" : $"민/관 공동 ({division})" : division ?? "—";
    }

    public static string Obligation(string rule) => rule switch
    {
        Domain.Workshops.Compliance.NetworkCivilCivil => "통합 민/민 워크숍 (R4)",
        Domain.Workshops.Compliance.IntegratedCivilGovernment => "통합 민/관 워크숍, 과장급 이상 참여 (R4)",
        Domain.Workshops.Compliance.DivisionCivilCivil => "분과 민/민 워크숍 (R4)",
        Domain.Workshops.Compliance.DivisionCivilGovernment => "실무국과의 분과 민/관 워크숍, 실무진 참여 (R4)",
        Domain.Workshops.Compliance.MonitoringReviewed => "전년도 모니터링 검토 (R5)",
        _ => rule,
    };

    public static string ObligationStatus(ObligationStatus status) => status switch
    {
        Domain.Workshops.ObligationStatus.Met => "충족",
        Domain.Workshops.ObligationStatus.Missing => "미충족",
        _ => "주의 (R5 표시)",
    };

    public static string Person(Person p) =>
        $"{p.Name} ({Korean.Sector(p.Sector)}{(p.Organisation is null ? "" : $", {p.Organisation}")}{(p.Rank is null ? "" : $", {Korean.Rank(p.Rank)}")})";

    public static string Participant(Participant p) =>
        $"{p.Name} ({Korean.Sector(p.Sector)}{(p.Organisation is null ? "" : $", {p.Organisation}")}{(p.Rank is null ? "" : $", {Korean.Rank(p.Rank)}")})";

    public static string Time(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy년 M월 d일 HH:mm:ss", Korean.Culture);

    /// <summary>The value a GET endpoint answered with Results.Ok(value); null for a problem.</summary>
    public static T? ValueOf<T>(IResult result) where T : class => result is IValueHttpResult { Value: T value } ? value : null;

    /// <summary>Ids from a multi-select or checkboxes; false when one is not an id.</summary>
    public static bool TryParseIds(IEnumerable<string>? texts, out List<Guid> ids)
    {
        ids = [];
        foreach (var text in texts ?? [])
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (!Guid.TryParse(text, out var id)) return false;
            ids.Add(id);
        }

        return true;
    }

    public static bool TryParseInt(string? text, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!int.TryParse(text.Trim(), out var parsed)) return false;
        value = parsed;
        return true;
    }

    public const string NotANumber = "숫자를 입력하세요.";
}

using System.Globalization;
using Hyeopchi.Domain.Common;
using Hyeopchi.Host.Auth;

namespace Hyeopchi.Host.Admin;

/// <summary>How the admin pages say things in Korean: dates, stages, sectors, ranks, roles.</summary>
public static class Korean
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ko-KR");

    /// <summary>Encodes for HTML but leaves Korean as text.</summary>
    public static readonly System.Text.Encodings.Web.HtmlEncoder Html =
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Date(DateOnly date) => $"{date.Year}년 {date.Month}월 {date.Day}일";

    public static string Date(DateTimeOffset instant) => Date(DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(9)).DateTime));

    public static string Stage(int stage) => stage switch
    {
        1 => "1단계 내부 조직화",
        2 => "2단계 민/관 협력 강화",
        3 => "3단계 민간-행정-의회 거버넌스",
        _ => $"{stage}단계",
    };

    public static string Change(string change) => change switch
    {
        "registered" => "등록",
        "advanced" => "진전",
        "reverted" => "되돌림",
        _ => change,
    };

    public static string Sector(Sector sector) => sector switch
    {
        Domain.Common.Sector.Civil => "민간",
        Domain.Common.Sector.Administration => "행정",
        Domain.Common.Sector.Council => "의회",
        _ => sector.ToString(),
    };

    public static string Rank(Rank? rank) => rank switch
    {
        Domain.Common.Rank.WorkingLevel => "실무진",
        Domain.Common.Rank.SectionChiefOrAbove => "과장급 이상",
        _ => "",
    };

    public static string Role(string role) => role switch
    {
        Roles.Admin => "관리자",
        Roles.Coordinator => "코디네이터",
        Roles.Auditor => "감사",
        Roles.Monitor => "모니터링단",
        _ => role,
    };

    /// <summary>The name an enum value has in the API's JSON (camelCase), used as form values.</summary>
    public static string Wire<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static bool TryParse<TEnum>(string? text, out TEnum? value) where TEnum : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (int.TryParse(text, out _) || !Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed)) return false;
        value = parsed;
        return true;
    }

    public static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        date = parsed;
        return true;
    }

    public const string NotADate = "날짜를 YYYY-MM-DD 형식으로 입력하세요.";
    public const string NotAChoice = "목록에서 고르세요.";
}

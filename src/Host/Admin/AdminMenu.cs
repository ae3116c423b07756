using System.Security.Claims;
using Hyeopchi.Host.Auth;

namespace Hyeopchi.Host.Admin;

/// <summary>An entry of the admin menu; <see cref="Roles"/> empty means every signed-in user.</summary>
public sealed record MenuEntry(string Title, string Path, params string[] Roles)
{
    public bool VisibleTo(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && (Roles.Length == 0 || Roles.Any(user.IsInRole));
}

/// <summary>
/// The admin menu. A feature adds its pages under <c>Pages/&lt;Feature&gt;/</c> and one line here.
/// </summary>
public static class AdminMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("대시보드", "/"),
        new("추진단", "/network"),
        new("분과", "/divisions"),
        new("참여자", "/people"),
        new("워크숍", "/workshops"),
        new("정기 회의", "/meetings"),
        new("의무 이행", "/compliance"),
        new("전략 과제", "/strategic-tasks"),
        new("합동 TF", "/task-force"),
        new("정책 박람회", "/expo"),
        new("교육", "/education"),
        new("모니터링", "/monitoring"),
        new("보고서", "/reports"),
        new("사용자", "/users", Roles.Admin),
        new("자치구 운영", "/operator", Roles.Operator),
        new("공개 페이지", "/public"),
    ];
}

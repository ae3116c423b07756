using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Clock;

/// <summary>A business date on a public holiday is recorded, and the answer warns about it in a header; the body keeps its shape.</summary>
public class HolidayWarningTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    [Fact]
    public async Task A_command_dated_on_a_public_holiday_is_recorded_and_its_answer_carries_the_warning_header()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);

        var onChuseok = await coordinator.PostJson("/api/people", new { name = "한가위", sector = "civil", on = "2025-10-06" });
        Assert.Equal(HttpStatusCode.Created, onChuseok.StatusCode);
        var warning = Assert.Single(onChuseok.Headers.GetValues("Hyeopchi-Warning"));
        Assert.StartsWith("calendar.holiday; on=2025-10-06; text=", warning, StringComparison.Ordinal);
        Assert.Equal("입력한 날짜 2025-10-06은 공휴일(추석)입니다 — 날짜를 확인하세요.", Uri.UnescapeDataString(warning[(warning.IndexOf("text=", StringComparison.Ordinal) + 5)..]));
        Assert.All(warning, c => Assert.True(c < 128, "the header value is ASCII"));
        var body = await onChuseok.Json(HttpStatusCode.Created);
        Assert.Equal(["id", "url"], body.EnumerateObject().Select(p => p.Name));

        var person = body.GetProperty("id").GetString();
        var discovered = await coordinator.PostJson($"/api/people/{person}/leader-discovery", new { discoveredBy = "정릉3동 주민자치회", on = "2025-05-05" });
        discovered.EnsureSuccessStatusCode();
        Assert.Contains("on=2025-05-05", Assert.Single(discovered.Headers.GetValues("Hyeopchi-Warning")), StringComparison.Ordinal);

        // A refused command recorded nothing, so it warns about nothing.
        var refused = await coordinator.PostJson($"/api/people/{person}/leader-discovery", new { discoveredBy = "길음1동 주민자치회", on = "2025-10-03" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Hyeopchi-Warning"));

        // A retry with the same Idempotency-Key answers the same, warning included.
        var first = await coordinator.PostJson("/api/people", new { name = "개천", sector = "civil", on = "2025-10-03" }, idempotencyKey: "holiday-warning-retry");
        var retry = await coordinator.PostJson("/api/people", new { name = "개천", sector = "civil", on = "2025-10-03" }, idempotencyKey: "holiday-warning-retry");
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(first.Headers.GetValues("Hyeopchi-Warning"), retry.Headers.GetValues("Hyeopchi-Warning"));
        Assert.Contains("on=2025-10-03", Assert.Single(retry.Headers.GetValues("Hyeopchi-Warning")), StringComparison.Ordinal);

        var onAWorkingDay = await coordinator.PostJson("/api/people", new { name = "평일", sector = "civil", on = "2025-10-10" });
        Assert.Equal(HttpStatusCode.Created, onAWorkingDay.StatusCode);
        Assert.False(onAWorkingDay.Headers.Contains("Hyeopchi-Warning"));

        var blank = await coordinator.PostJson("/api/people", new { name = "오늘", sector = "civil" });
        Assert.Equal(HttpStatusCode.Created, blank.StatusCode);
        Assert.False(blank.Headers.Contains("Hyeopchi-Warning"));
    }
}

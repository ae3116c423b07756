using System.Net;
using Hyeopchi.Host.Auth;
using Hyeopchi.Testing;

namespace Hyeopchi.Host.Tests.Education;

public class EducationRoutesTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private async Task<(HttpClient Client, string CourseId, string PersonId)> GivenAnEnrolledPerson(string kind = "monitorTraining", int year = 2027)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var course = await coordinator.Create("/api/courses", new { kind, year, title = "모니터링단 교육: 정성·정량 지표와 면접 기법", on = $"{year}-04-01" });
        var person = await coordinator.Create("/api/people", new { name = "한지호", sector = "civil", organisation = "성북주민모임" });
        (await coordinator.PostJson($"/api/courses/{course}/enrollments", new { personId = person, on = $"{year}-04-02" })).EnsureSuccessStatusCode();
        return (coordinator, course, person);
    }

    [Fact]
    public async Task A_course_with_sessions_enrolments_and_a_completion_shows_in_the_persons_training_record()
    {
        var (coordinator, course, person) = await GivenAnEnrolledPerson();
        var session = await coordinator.Create($"/api/courses/{course}/sessions", new { title = "1회차 협치 정책의 이해", attendees = new[] { person }, on = "2027-04-10" });
        var second = await coordinator.Create($"/api/courses/{course}/sessions", new { title = "2회차 면접·설문 기법", on = "2027-04-17" });
        (await coordinator.PostJson($"/api/courses/{course}/sessions/{second}/attendance", new { personId = person })).EnsureSuccessStatusCode();

        var completed = await (await coordinator.PostJson($"/api/courses/{course}/completions", new { personId = person, on = "2027-04-30" })).Json();

        Assert.Equal(6, completed.GetProperty("version").GetInt32());
        var view = await coordinator.GetJson($"/api/courses/{course}");
        Assert.Equal(2, view.GetProperty("sessions").GetArrayLength());
        Assert.Equal(session, view.GetProperty("sessions")[0].GetProperty("id").GetString());
        Assert.Equal(2, view.GetProperty("participants")[0].GetProperty("attended").GetInt32());
        var training = await coordinator.GetJson($"/api/people/{person}/training");
        var entry = Assert.Single(training.GetProperty("courses").EnumerateArray());
        Assert.Equal("monitorTraining", entry.GetProperty("kind").GetString());
        Assert.Equal("2027-04-30", entry.GetProperty("completedOn").GetString());
        Assert.Equal("모니터링단 교육: 정성·정량 지표와 면접 기법", entry.GetProperty("title").GetString());
        Assert.Contains((await coordinator.GetJson("/api/courses?year=2027")).EnumerateArray(), c => c.GetProperty("id").GetString() == course);
    }

    [Fact]
    public async Task Completion_below_the_attendance_threshold_is_409_naming_the_attendance()
    {
        var (coordinator, course, person) = await GivenAnEnrolledPerson();
        await coordinator.Create($"/api/courses/{course}/sessions", new { title = "1회차", attendees = Array.Empty<string>() });

        var problem = await (await coordinator.PostJson($"/api/courses/{course}/completions", new { personId = person })).Problem(HttpStatusCode.Conflict);

        Assert.Equal("education.attendance", problem.GetProperty("rule").GetString());
        Assert.Contains("80%", problem.GetProperty("unmet")[0].GetString());
    }

    [Fact]
    public async Task A_configured_threshold_of_50_percent_lets_half_the_sessions_complete()
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);
        var course = await coordinator.Create("/api/courses", new { kind = "leaderEducation", year = 2027, title = "주민 리더 교육", attendanceThreshold = 50 });
        var person = await coordinator.Create("/api/people", new { name = "서유나", sector = "civil" });
        (await coordinator.PostJson($"/api/courses/{course}/enrollments", new { personId = person })).EnsureSuccessStatusCode();
        await coordinator.Create($"/api/courses/{course}/sessions", new { title = "1회차", attendees = new[] { person } });
        await coordinator.Create($"/api/courses/{course}/sessions", new { title = "2회차" });

        (await coordinator.PostJson($"/api/courses/{course}/completions", new { personId = person })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Enrolling_twice_is_409_and_attendance_of_someone_not_enrolled_is_409()
    {
        var (coordinator, course, person) = await GivenAnEnrolledPerson();
        var stranger = await coordinator.Create("/api/people", new { name = "오태양", sector = "civil" });

        Assert.Equal("education.enrolment", (await (await coordinator.PostJson($"/api/courses/{course}/enrollments", new { personId = person }))
            .Problem(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        await (await coordinator.PostJson($"/api/courses/{course}/sessions", new { title = "1회차", attendees = new[] { stranger } })).Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Unknown_course_person_or_session_is_404()
    {
        var (coordinator, course, _) = await GivenAnEnrolledPerson();

        await (await coordinator.PostJson($"/api/courses/{Guid.NewGuid()}/enrollments", new { personId = Guid.NewGuid() })).Problem(HttpStatusCode.NotFound);
        await (await coordinator.PostJson($"/api/courses/{course}/completions", new { personId = Guid.NewGuid() })).Problem(HttpStatusCode.NotFound);
        await (await coordinator.PostJson($"/api/courses/{course}/sessions/{Guid.NewGuid()}/attendance", new { personId = Guid.NewGuid() })).Problem(HttpStatusCode.NotFound);
        await coordinator.GetJson($"/api/courses/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        await coordinator.GetJson($"/api/people/{Guid.NewGuid()}/training", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{}", "kind")]
    [InlineData("""{"kind":"leaderEducation","year":1999,"title":"교육"}""", "year")]
    [InlineData("""{"kind":"leaderEducation","year":2027,"title":" "}""", "title")]
    [InlineData("""{"kind":"leaderEducation","year":2027,"title":"교육","attendanceThreshold":120}""", "attendanceThreshold")]
    public async Task Opening_a_course_with_bad_input_is_400_naming_the_field(string body, string field)
    {
        var coordinator = await app.ClientAs(Roles.Coordinator);

        var response = await coordinator.PostAsync("/api/courses", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Unreadable_json_and_a_missing_person_id_are_400()
    {
        var (coordinator, course, _) = await GivenAnEnrolledPerson();

        await (await coordinator.PostAsync($"/api/courses/{course}/enrollments", new StringContent("{\"personId\": 5", System.Text.Encoding.UTF8, "application/json")))
            .Problem(HttpStatusCode.BadRequest);
        await (await coordinator.PostAsync("/api/courses", new StringContent("""{"kind":"cooking","year":2027,"title":"요리"}""", System.Text.Encoding.UTF8, "application/json")))
            .Problem(HttpStatusCode.BadRequest);
        var problem = await (await coordinator.PostJson($"/api/courses/{course}/completions", new { })).Problem(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("personId", out _));
    }

    [Theory]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Monitor)]
    public async Task Only_admins_and_coordinators_run_courses(string role)
    {
        var client = await app.ClientAs(role);

        await (await client.PostJson("/api/courses", new { kind = "leaderEducation", year = 2027, title = "교육" })).Problem(HttpStatusCode.Forbidden);
        await (await app.AnonymousClient().PostJson("/api/courses", new { kind = "leaderEducation", year = 2027, title = "교육" })).Problem(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/courses")).StatusCode);
    }

    [Fact]
    public async Task A_leader_who_completed_joins_a_division_with_their_organisation_and_one_who_did_not_is_refused()
    {
        var (coordinator, course, leader) = await GivenAnEnrolledPerson("leaderEducation");
        var division = await coordinator.Create("/api/divisions", new { name = "돌봄분과", field = "돌봄" });
        var untrained = await coordinator.Create("/api/people", new { name = "신하윤", sector = "civil", organisation = "정릉마을" });

        var refused = await (await coordinator.PostJson($"/api/divisions/{division}/leaders", new { personId = untrained })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("education.leader", refused.GetProperty("rule").GetString());

        (await coordinator.PostJson($"/api/courses/{course}/completions", new { personId = leader })).EnsureSuccessStatusCode();
        (await coordinator.PostJson($"/api/divisions/{division}/leaders", new { personId = leader })).EnsureSuccessStatusCode();
        var detail = await coordinator.GetJson($"/api/divisions/{division}");
        Assert.Equal("성북주민모임", detail.GetProperty("members")[0].GetProperty("organisation").GetString());
        await (await coordinator.PostJson($"/api/divisions/{division}/leaders", new { personId = leader })).Problem(HttpStatusCode.Conflict);
    }
}

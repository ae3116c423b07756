using System.Net;
using System.Text.RegularExpressions;
using Hyeopchi.Domain.People;
using Hyeopchi.Host.Auth;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Testing;
using JasperFx.Events;
using Marten;

namespace Hyeopchi.Host.Tests.People;

public class PersonErasureTests(HyeopchiApp app) : IClassFixture<HyeopchiApp>
{
    private const string Erased = "한소망";
    private const string Kept = "문서윤";
    private const int Year = 2041;

    [Fact]
    public async Task Given_a_person_active_everywhere_when_erased_then_no_answer_shows_their_name_and_every_stream_keeps_its_events()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var admin = await app.ClientAs(Roles.Admin);
        var person = await c.Create("/api/people", new { name = Erased, sector = "civil", organisation = "한소망 공방" });
        var other = await c.Create("/api/people", new { name = Kept, sector = "administration", organisation = "성북구청 자치행정과", rank = "workingLevel" });
        var division = await c.Create("/api/divisions", new { name = "삭제시험분과", field = "돌봄" });
        (await c.PostJson($"/api/divisions/{division}/chair", new { personId = person, on = "2041-03-02" })).EnsureSuccessStatusCode();
        var workshop = await c.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { person, other }, on = "2041-03-10" });
        var meeting = await c.Create("/api/meetings", new { divisionId = division, kind = "regular", participants = new[] { person, other }, minutes = "정기 회의", on = "2041-03-12" });
        var taskForce = await c.Create("/api/task-force", new { name = "삭제시험 TF", on = "2041-03-02" });
        (await c.PostJson($"/api/task-force/{taskForce}/members", new { personId = person, on = "2041-03-05" })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/task-force/{taskForce}/members", new { personId = other, on = "2041-03-05" })).EnsureSuccessStatusCode();
        var course = await c.Create("/api/courses", new { kind = "monitorTraining", year = Year, title = "모니터링단 교육" });
        (await c.PostJson($"/api/courses/{course}/enrollments", new { personId = person })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/courses/{course}/completions", new { personId = person })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/monitoring/{Year}/monitors", new { personId = person })).EnsureSuccessStatusCode();

        var reads = new[]
        {
            $"/api/people/{person}", "/api/people", $"/api/people/{person}/training", $"/api/divisions/{division}",
            $"/api/workshops/{workshop}", "/api/workshops", $"/api/meetings/{meeting}", "/api/meetings", $"/api/task-force/{taskForce}",
            $"/api/courses/{course}", $"/api/monitoring/{Year}",
        };
        foreach (var url in reads)
        {
            Assert.True((await Text(c, url)).Contains(Erased, StringComparison.Ordinal), $"{url} does not show the name before the erasure");
        }

        // The division list shows no chair: it is read after the erasure too, in case it ever does.
        Assert.DoesNotContain(Erased, await Text(c, "/api/divisions"));

        Assert.NotEmpty(await StoreRowsHolding(Erased));
        var before = await Streams(person, division, workshop, meeting, taskForce, course);

        var answer = await (await admin.PostJson($"/api/people/{person}/erasure", new { reason = "정보주체의 삭제 요구 (개인정보 보호법 제36조)" })).Json();

        Assert.Equal(before[Guid.Parse(person)].Count + 1, answer.GetProperty("version").GetInt64());
        foreach (var url in reads.Append("/api/divisions"))
        {
            var text = await Text(c, url);
            Assert.DoesNotContain(Erased, text);
            Assert.DoesNotContain("한소망 공방", text);
        }

        Assert.Empty(await StoreRowsHolding(Erased));
        Assert.Empty(await StoreRowsHolding("한소망 공방"));
        Assert.Contains(Person.ErasedName, await Text(c, $"/api/divisions/{division}"));
        Assert.Contains(Kept, await Text(c, $"/api/meetings/{meeting}"));
        Assert.Contains(Kept, await Text(c, $"/api/task-force/{taskForce}"));
        Assert.Contains("성북구청 자치행정과", await Text(c, $"/api/workshops/{workshop}"));

        var after = await Streams(person, division, workshop, meeting, taskForce, course);
        foreach (var (stream, events) in before)
        {
            var now = after[stream].Take(events.Count).ToList();
            Assert.Equal(events.Select(e => (e.Id, e.Version, e.Sequence, e.EventTypeName)), now.Select(e => (e.Id, e.Version, e.Sequence, e.EventTypeName)));
        }

        var erasure = after[Guid.Parse(person)].Last();
        var erased = Assert.IsType<PersonErased>(erasure.Data);
        Assert.Equal("정보주체의 삭제 요구 (개인정보 보호법 제36조)", erased.Reason);
        Assert.False(string.IsNullOrEmpty(erasure.UserName));
        Assert.All(after.Values.SelectMany(e => e), e => Assert.DoesNotContain(Erased, System.Text.Json.JsonSerializer.Serialize(e.Data, e.EventType)));

        // The read models rebuild from the masked events without error and still without the name.
        await using var session = app.Store.LightweightSession();
        var progress = await session.Events.AggregateStreamAsync<DivisionProgress>(Guid.Parse(division));
        Assert.Equal(Person.ErasedName, progress!.Chair!.Name);

        var again = await (await admin.PostJson($"/api/people/{person}/erasure", new { reason = "다시" })).Problem(HttpStatusCode.Conflict);
        Assert.Equal("person.erased", again.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Erasure_is_for_administrators_needs_a_reason_and_a_known_person()
    {
        var admin = await app.ClientAs(Roles.Admin);
        var person = await admin.Create("/api/people", new { name = "권다온", sector = "civil" });

        await (await admin.PostJson($"/api/people/{Guid.NewGuid()}/erasure", new { reason = "요청" })).Problem(HttpStatusCode.NotFound);
        var problem = await (await admin.PostJson($"/api/people/{person}/erasure", new { })).Problem(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        foreach (var role in new[] { Roles.Coordinator, Roles.Auditor, Roles.Monitor })
        {
            var client = await app.ClientAs(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJson($"/api/people/{person}/erasure", new { reason = "요청" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().PostJson($"/api/people/{person}/erasure", new { reason = "요청" })).StatusCode);
        Assert.Contains("권다온", await Text(admin, $"/api/people/{person}"));
    }

    [Fact]
    public async Task An_erasure_that_fails_before_it_is_recorded_is_completed_by_a_retry_with_the_same_key()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var admin = await app.ClientAs(Roles.Admin);
        const string name = "유재결";
        var person = await c.Create("/api/people", new { name, sector = "civil" });
        var other = await c.Create("/api/people", new { name = "남궁별", sector = "civil" });
        var workshop = await c.Create("/api/workshops", new { kind = "civilCivil", scope = "network", participants = new[] { person, other }, on = "2041-04-01" });

        // The first attempt fails as PersonErased is appended (the store drops the insert once).
        await using (var connection = new Npgsql.NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("""
                create sequence hyeopchi.erasure_fault;
                create function hyeopchi.erasure_fault() returns trigger language plpgsql as $f$
                begin
                  if nextval('hyeopchi.erasure_fault') = 1 then raise exception 'the append fails once'; end if;
                  return new;
                end $f$;
                create trigger erasure_fault before insert on hyeopchi.mt_events for each row
                  when (new.type = 'person_erased') execute function hyeopchi.erasure_fault();
                """, connection);
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            var first = await admin.PostJson($"/api/people/{person}/erasure", new { reason = "삭제 요구" }, "erase-yoo");
            Assert.False(first.IsSuccessStatusCode);

            var retry = await admin.PostJson($"/api/people/{person}/erasure", new { reason = "삭제 요구" }, "erase-yoo");
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        }
        finally
        {
            await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand(
                "drop trigger erasure_fault on hyeopchi.mt_events; drop function hyeopchi.erasure_fault(); drop sequence hyeopchi.erasure_fault;", connection);
            await drop.ExecuteNonQueryAsync();
        }

        await using var session = app.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(Guid.Parse(person));
        Assert.Single(events, e => e.Data is PersonErased);
        Assert.DoesNotContain(name, await Text(c, $"/api/workshops/{workshop}"));
        Assert.Empty(await StoreRowsHolding(name));
    }

    [Fact]
    public async Task A_command_naming_an_erased_person_is_refused_and_copies_no_name()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var admin = await app.ClientAs(Roles.Admin);
        const string name = "석지울";
        var person = await c.Create("/api/people", new { name, sector = "civil" });
        var division = await c.Create("/api/divisions", new { name = "거절시험분과", field = "교육" });
        var taskForce = await c.Create("/api/task-force", new { name = "거절시험 TF" });
        var course = await c.Create("/api/courses", new { kind = "leaderEducation", year = Year, title = "리더 교육" });
        (await admin.PostJson($"/api/people/{person}/erasure", new { reason = "삭제 요구" })).EnsureSuccessStatusCode();

        var commands = new (string Url, object Body)[]
        {
            ("/api/workshops", new { kind = "civilCivil", scope = "network", participants = new[] { person } }),
            ("/api/meetings", new { divisionId = division, kind = "regular", participants = new[] { person } }),
            ($"/api/divisions/{division}/chair", new { personId = person }),
            ($"/api/task-force/{taskForce}/members", new { personId = person }),
            ($"/api/courses/{course}/enrollments", new { personId = person }),
            ($"/api/monitoring/{Year}/monitors", new { personId = person }),
        };
        foreach (var (url, body) in commands)
        {
            var refused = await (await c.PostJson(url, body)).Problem(HttpStatusCode.Conflict);
            Assert.Equal("person.erased", refused.GetProperty("rule").GetString());
        }
    }

    [Fact]
    public async Task Erasures_and_commands_on_the_same_records_side_by_side_lose_nothing_and_leave_no_name()
    {
        var c = await app.ClientAs(Roles.Coordinator);
        var admin = await app.ClientAs(Roles.Admin);
        var other = await c.Create("/api/people", new { name = "차윤슬", sector = "administration" });
        var division = await c.Create("/api/divisions", new { name = "동시삭제분과", field = "환경" });
        var workshops = new List<string>();
        var people = new List<(string Id, string Name)>();
        for (var i = 0; i < 4; i++)
        {
            var name = $"동시삭제{i}호";
            var id = await c.Create("/api/people", new { name, sector = "civil" });
            people.Add((id, name));
            workshops.Add(await c.Create("/api/workshops", new { kind = "civilCivil", scope = "division", divisionId = division, participants = new[] { id, other }, on = "2041-05-01" }));
        }

        (await c.PostJson($"/api/divisions/{division}/chair", new { personId = people[0].Id, on = "2041-05-02" })).EnsureSuccessStatusCode();

        var findings = new System.Collections.Concurrent.ConcurrentBag<string>();
        var members = new System.Collections.Concurrent.ConcurrentBag<string>();
        var namedAfter = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        var work = new List<Task>();
        foreach (var (id, _) in people)
        {
            work.Add(Task.Run(async () =>
            {
                // As a client does: a conflict or an unavailable store is sent again with the same key.
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    var answer = await admin.PostJson($"/api/people/{id}/erasure", new { reason = "삭제 요구" }, $"erase-{id}");
                    if (answer.IsSuccessStatusCode) return;
                    Assert.True(answer.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.ServiceUnavailable, answer.StatusCode.ToString());
                }

                Assert.Fail($"the erasure of {id} was not recorded");
            }));
        }

        for (var i = 0; i < 24; i++)
        {
            var n = i;
            work.Add(Task.Run(async () =>
            {
                var text = $"장애물 {n}";
                await UntilRecorded(() => c.PostJson($"/api/workshops/{workshops[n % workshops.Count]}/findings", new { kind = "obstacle", text }, $"finding-{n}"));
                findings.Add(text);
            }));
            work.Add(Task.Run(async () =>
            {
                var organisation = $"동시단체 {n}";
                await UntilRecorded(() => c.PostJson($"/api/divisions/{division}/members", new { organisation, sector = "civil" }, $"member-{n}"));
                members.Add(organisation);
            }));
            work.Add(Task.Run(async () =>
            {
                var answer = await c.PostJson("/api/workshops", new { kind = "civilCivil", scope = "network", participants = new[] { people[n % people.Count].Id, other }, on = "2041-05-03" });
                namedAfter.Add(answer.StatusCode);
            }));
        }

        await Task.WhenAll(work);

        Assert.Equal(24, findings.Count);
        Assert.Equal(24, members.Count);
        Assert.All(namedAfter, status => Assert.True(status is HttpStatusCode.Created or HttpStatusCode.Conflict, status.ToString()));
        await using var session = app.Store.LightweightSession();
        var recorded = new List<string>();
        foreach (var workshop in workshops)
        {
            var view = (await session.LoadAsync<Hyeopchi.Projections.Workshops.WorkshopView>(Guid.Parse(workshop)))!;
            recorded.AddRange(view.Findings.Select(f => f.Text));
            var rebuilt = await session.Events.AggregateStreamAsync<Hyeopchi.Projections.Workshops.WorkshopView>(Guid.Parse(workshop));
            var events = await session.Events.FetchStreamAsync(Guid.Parse(workshop));
            Assert.True(System.Text.Json.JsonSerializer.Serialize(rebuilt) == System.Text.Json.JsonSerializer.Serialize(view),
                string.Join("\n", events.Select(e => $"{e.Version} {e.EventTypeName} {System.Text.Json.JsonSerializer.Serialize(e.Data, e.EventType)}")));
        }

        Assert.Equal(findings.Order(), recorded.Order());
        var progress = (await session.LoadAsync<DivisionProgress>(Guid.Parse(division)))!;
        Assert.Subset(progress.Members.Select(m => m.Organisation).ToHashSet(), members.ToHashSet());
        foreach (var (_, name) in people)
        {
            Assert.Empty(await StoreRowsHolding(name));
        }
    }

    /// <summary>
    /// Sends a command again, as a client does, while the stream it writes is taken by a concurrent writer (409).
    /// Twenty-four writers on one stream may each lose up to twenty-three rounds, so the client waits a little
    /// longer each time instead of counting on a fixed number of tries.
    /// </summary>
    private static async Task UntilRecorded(Func<Task<HttpResponseMessage>> send)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var answer = await send();
            if (answer.IsSuccessStatusCode) return;
            Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
            await Task.Delay(Random.Shared.Next(5, 20 + 5 * Math.Min(attempt, 20)));
        }

        Assert.Fail("the command was never recorded");
    }

    [Fact]
    public async Task An_erasure_masks_an_individual_exhibitor_staff_entries_under_a_variant_the_monitors_account_and_lists_free_text_leftovers()
    {
        const string name = "은하솔";
        const int year = 2044;
        var c = await app.ClientAs(Roles.Coordinator);
        var admin = await app.ClientAs(Roles.Admin);
        var person = await c.Create("/api/people", new { name, sector = "civil" });
        var course = await c.Create("/api/courses", new { kind = "monitorTraining", year, title = "모니터링단 교육" });
        (await c.PostJson($"/api/courses/{course}/enrollments", new { personId = person, on = $"{year}-01-05" })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/courses/{course}/completions", new { personId = person, on = $"{year}-01-06" })).EnsureSuccessStatusCode();
        (await admin.PostJson("/api/users", new { userName = "eunhasol", password = HyeopchiApp.UserPassword, roles = new[] { "monitor" } })).EnsureSuccessStatusCode();
        (await c.PostJson($"/api/monitoring/{year}/monitors", new { personId = person, userName = "eunhasol", on = $"{year}-01-07" })).EnsureSuccessStatusCode();
        var token = (await (await app.AnonymousClient().PostJson("/api/auth/token", new { userName = "eunhasol", password = HyeopchiApp.UserPassword })).Json()).GetProperty("accessToken").GetString();
        var monitor = app.AnonymousClient();
        monitor.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var division = await c.Create("/api/divisions", new { name = "은하분과", field = "문화" });
        var code = $"S{Guid.NewGuid():N}"[..8].ToUpperInvariant();
        await c.Create("/api/monitoring/indicators", new { code, name = "만족도", kind = "quantitative", baseline = 1, target = 5, scaleMin = 1, scaleMax = 5, unit = "점" });
        await monitor.Create($"/api/monitoring/{year}/evaluations",
            new { monitorId = person, divisionId = division, indicators = new object[] { new { code, kind = "quantitative", score = 4 } }, on = $"{year}-06-01" });
        (await monitor.PostJson($"/api/monitoring/{year}/report", new { summary = "만족도 양호", on = $"{year}-12-01" })).EnsureSuccessStatusCode();

        await c.Create("/api/expos", new { year, submissionsOpen = $"{year}-01-10", submissionsClose = $"{year}-02-10", opensOn = $"{year}-03-06", closesOn = $"{year}-03-08", on = $"{year}-01-02" });
        var exhibit = await c.Create($"/api/expos/{year}/exhibits", new { organisation = name, organisationType = "individual", title = "골목 사진전", summary = "동네 사진", on = $"{year}-01-20" });
        var other = await c.Create($"/api/expos/{year}/exhibits", new { organisation = "성북문화재단", organisationType = "intermediary", title = "문화 지도", summary = "지도", on = $"{year}-01-20" });
        foreach (var accepted in new[] { exhibit, other })
        {
            (await c.PostJson($"/api/expos/{year}/exhibits/{accepted}/review", new { decision = "accept", on = $"{year}-02-20" })).EnsureSuccessStatusCode();
            (await c.PostJson($"/api/expos/{year}/exhibits/{accepted}/staff", new { name = "은 하솔 (자원봉사)", day = $"{year}-03-06", shift = "allDay", on = $"{year}-02-25" })).EnsureSuccessStatusCode();
        }

        var workshop = await c.Create("/api/workshops", new { kind = "civilCivil", scope = "network", participants = new[] { person }, on = $"{year}-04-01" });
        (await c.PostJson($"/api/workshops/{workshop}/findings", new { kind = "steppingStone", text = $"{name} 님의 골목 지도 제안" })).EnsureSuccessStatusCode();

        Assert.Contains("eunhasol", await Text(c, $"/api/monitoring/{year}"));
        Assert.Contains(name, await Text(c, $"/api/expos/{year}"));
        Assert.Contains("하솔 (자원봉사)", await Text(c, $"/api/expos/{year}"));
        var before = await admin.GetJson($"/api/people/{person}/erasure/leftovers");
        Assert.Contains(before.EnumerateArray(), l => l.GetProperty("streamId").GetString() == workshop);

        (await admin.PostJson($"/api/people/{person}/erasure", new { reason = "삭제 요구" })).EnsureSuccessStatusCode();

        var monitoring = await Text(c, $"/api/monitoring/{year}");
        Assert.DoesNotContain("eunhasol", monitoring);
        Assert.DoesNotContain("eunhasol", await Text(c, $"/api/monitoring/{year}/report"));
        var expo = await Text(c, $"/api/expos/{year}");
        Assert.DoesNotContain(name, expo);
        Assert.DoesNotContain("하솔", expo);
        Assert.Contains("성북문화재단", expo);
        Assert.DoesNotContain("eunhasol", await Text(admin, "/api/users"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await monitor.GetAsync($"/api/monitoring/{year}")).StatusCode);
        Assert.Empty(await StoreRowsHolding("eunhasol"));

        // What remains is free text a person typed: the finding, in its event and its workshop's read model; the admin finds it.
        Assert.Equal(["hyeopchi.mt_doc_workshopview.data", "hyeopchi.mt_events.data"], (await StoreRowsHolding(name)).Order());
        await (await admin.GetAsync($"/api/people/{person}/erasure/leftovers")).Problem(HttpStatusCode.BadRequest);
        var after = await admin.GetJson($"/api/people/{person}/erasure/leftovers?name={Uri.EscapeDataString(name)}");
        var leftover = Assert.Single(after.EnumerateArray());
        Assert.Equal(workshop, leftover.GetProperty("streamId").GetString());
        Assert.Equal("workshop_finding_recorded", leftover.GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await c.GetAsync($"/api/people/{person}/erasure/leftovers")).StatusCode);
    }

    /// <summary>Every text or JSON value in the store's tables (any table, any schema of the database) that holds <paramref name="text"/>.</summary>
    private async Task<List<string>> StoreRowsHolding(string text)
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Schema, string Table, string Column)>();
        await using (var list = new Npgsql.NpgsqlCommand("""
            select c.table_schema, c.table_name, c.column_name from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
            where c.table_schema not in ('pg_catalog', 'information_schema')
              and c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        Assert.Contains(columns, col => col.Table == "mt_events");
        var found = new List<string>();
        foreach (var (schema, table, column) in columns)
        {
            await using var search = new Npgsql.NpgsqlCommand(
                $"select count(*) from \"{schema}\".\"{table}\" where \"{column}\"::text like @p", connection);
            search.Parameters.AddWithValue("p", $"%{text}%");
            if ((long)(await search.ExecuteScalarAsync())! > 0) found.Add($"{schema}.{table}.{column}");
        }

        return found;
    }

    private static async Task<string> Text(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return Regex.Unescape(await response.Content.ReadAsStringAsync());
    }

    private async Task<Dictionary<Guid, IReadOnlyList<IEvent>>> Streams(params string[] ids)
    {
        await using var session = app.Store.QuerySession();
        var streams = new Dictionary<Guid, IReadOnlyList<IEvent>>();
        foreach (var id in ids)
        {
            streams[Guid.Parse(id)] = await session.Events.FetchStreamAsync(Guid.Parse(id));
        }

        var year = await session.Query<Hyeopchi.Projections.Monitoring.MonitoringYearView>().Where(m => m.Year == Year).Select(m => m.Id).SingleAsync();
        streams[year] = await session.Events.FetchStreamAsync(year);
        return streams;
    }
}

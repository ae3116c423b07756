using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Projections.StrategicTasks;
using Hyeopchi.Testing;
using Snapshooter.Xunit;

namespace Hyeopchi.Projections.Tests.StrategicTasks;

public class StrategicTaskProjectionTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static readonly Guid DivisionId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000d1");
    private static readonly Guid WorkshopId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000b1");
    private static readonly Guid FindingId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000b2");
    private static readonly Guid ProposalId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000b3");
    private static readonly Guid MonitorId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e1");

    private static StrategicTaskAdopted Adopted(Guid id, int year = 2028) =>
        new(id, "1인 가구 고립 예방 네트워크", year, StrategicTaskOwner.Division(DivisionId), WorkshopId, FindingId, ProposalId, new DateOnly(year - 1, 11, 20));

    /// <summary>A long, varied stream: progress, corrections, milestones, owner and status changes.</summary>
    private static List<object> LongHistory(Guid id)
    {
        var events = new List<object> { Adopted(id) };
        var day = new DateOnly(2028, 1, 5);
        for (var i = 1; i <= 40; i++)
        {
            day = day.AddDays(7);
            events.Add((i % 10) switch
            {
                1 => new StrategicTaskMilestoneAdded(id, Guid.Parse($"0196a1b2-0000-7000-8000-0000000001{i:00}"), $"이정표 {i}", day.AddMonths(1), 5, day),
                2 => new StrategicTaskMilestoneReached(id, Guid.Parse($"0196a1b2-0000-7000-8000-0000000001{i - 1:00}"), "달성", day),
                3 => new StrategicTaskStatusChanged(id, i == 3 ? StrategicTaskStatus.Planned : StrategicTaskStatus.Dropped, i == 3 ? StrategicTaskStatus.InProgress : StrategicTaskStatus.InProgress, "재개", day),
                5 => new StrategicTaskOwnerChanged(id, i % 20 == 5 ? StrategicTaskOwner.Division(DivisionId) : StrategicTaskOwner.JointOf(DivisionId),
                    i % 20 == 5 ? StrategicTaskOwner.JointOf(DivisionId) : StrategicTaskOwner.Division(DivisionId), "담당 조정", day),
                7 => new StrategicTaskProgressCorrected(id, events.Count, i, "정정", "집계 오류", day),
                9 => new StrategicTaskStatusChanged(id, StrategicTaskStatus.InProgress, StrategicTaskStatus.Dropped, "일시 중단", day),
                _ => new StrategicTaskProgressReported(id, Math.Min(100, i * 2), $"보고 {i}", null, day),
            });
        }

        return events;
    }

    [Fact]
    public async Task The_task_at_every_version_of_a_long_stream_equals_folding_its_first_n_events()
    {
        var id = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a9");
        var events = LongHistory(id);
        for (var i = 0; i < events.Count; i += 7)
        {
            await fixture.Append(id, $"actor-{i / 7}", events.Skip(i).Take(7).ToArray());
        }

        await using var session = fixture.Store.QuerySession();
        Assert.Equal(41, events.Count);
        for (var n = 1; n <= events.Count; n++)
        {
            var expected = events.Take(n).Aggregate<object, StrategicTask?>(null, StrategicTask.Evolve)!;
            var actual = await TaskTimeTravel.AsOfVersionAsync(session, id, n, CancellationToken.None);
            Assert.NotNull(actual);
            Assert.Equal(n, actual!.Version);
            Assert.Equivalent(expected, actual, strict: true);
        }

        Assert.Null(await TaskTimeTravel.AsOfVersionAsync(session, id, events.Count + 1, CancellationToken.None));

        var view = await session.LoadAsync<StrategicTaskView>(id);
        var last = events.Aggregate<object, StrategicTask?>(null, StrategicTask.Evolve)!;
        Assert.Equal((last.Percent, last.Status, last.Owner, (long)events.Count), (view!.Percent, view.Status, view.Owner, (long)view.Version));
    }

    /// <summary>
    /// A progress correction names the version of the report it corrects, so the view keeps that
    /// version: the event's own, as commands append (the stream fetched for writing) and as a rebuild reads it.
    /// </summary>
    [Fact]
    public async Task The_last_progress_keeps_its_stream_version_when_commands_record_it_and_after_a_rebuild()
    {
        var id = Guid.CreateVersion7();
        var day = new DateOnly(2028, 3, 2);
        object[][] commands =
        [
            [Adopted(id)],
            [new StrategicTaskStatusChanged(id, StrategicTaskStatus.Planned, StrategicTaskStatus.InProgress, "착수", day)],
            [new StrategicTaskProgressReported(id, 10, "첫 보고", null, day)],
            [new StrategicTaskMilestoneAdded(id, Guid.CreateVersion7(), "주민 설명회", day.AddMonths(2), 5, day), new StrategicTaskProgressReported(id, 30, "둘째 보고", null, day.AddDays(7))],
            [new StrategicTaskStatusChanged(id, StrategicTaskStatus.InProgress, StrategicTaskStatus.Dropped, "일시 중단", day.AddDays(9))],
        ];
        foreach (var batch in commands)
        {
            await using var session = fixture.Store.LightweightSession();
            if (batch[0] is StrategicTaskAdopted) session.Events.StartStream<StrategicTask>(id, batch);
            else (await session.Events.FetchForWriting<StrategicTask>(id)).AppendMany(batch);
            await session.SaveChangesAsync();
        }

        async Task<(long? Version, int? Percent)> LastProgress()
        {
            await using var session = fixture.Store.QuerySession();
            var view = await session.LoadAsync<StrategicTaskView>(id);
            return (view?.LastProgress?.Version, view?.LastProgress?.Percent);
        }

        await using (var session = fixture.Store.QuerySession())
        {
            var reported = (await session.Events.FetchStreamAsync(id)).Last(e => e.Data is StrategicTaskProgressReported);
            Assert.Equal(5, reported.Version);
        }

        Assert.Equal((5L, 30), await LastProgress());

        await fixture.Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(StrategicTaskView));
        using var daemon = await fixture.Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<StrategicTaskViewProjection>(CancellationToken.None);
        Assert.Equal((5L, 30), await LastProgress());
    }

    [Fact]
    public async Task The_task_at_an_instant_is_the_task_after_the_events_recorded_by_then()
    {
        var id = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a8");
        await fixture.Append(id, "kim", Adopted(id), new StrategicTaskProgressReported(id, 10, "첫 보고", null, new DateOnly(2028, 2, 1)));
        await using (var session = fixture.Store.QuerySession())
        {
            var between = (await session.Events.FetchStreamAsync(id))[^1].Timestamp;
            await Task.Delay(20);
            await fixture.Append(id, "park", new StrategicTaskProgressReported(id, 50, "둘째 보고", null, new DateOnly(2028, 5, 1)));

            await using var later = fixture.Store.QuerySession();
            Assert.Equal(10, (await TaskTimeTravel.AsOfInstantAsync(later, id, between, CancellationToken.None))!.Percent);
            Assert.Equal(50, (await TaskTimeTravel.AsOfInstantAsync(later, id, DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None))!.Percent);
            Assert.Null(await TaskTimeTravel.AsOfInstantAsync(later, id, between.AddYears(-1), CancellationToken.None));
        }
    }

    [Fact]
    public async Task History_pages_read_only_their_version_range()
    {
        var id = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a7");
        await fixture.Append(id, "kim", LongHistory(id).ToArray());

        await using var session = fixture.Store.QuerySession();
        var page = await TaskTimeTravel.HistoryPageAsync(session, id, 11, 10, CancellationToken.None);

        Assert.Equal(Enumerable.Range(11, 10).Select(v => (long)v), page.Select(e => e.Version));
        Assert.All(page, e => Assert.Equal("kim", e.UserName));
    }

    [Fact]
    public async Task The_task_read_model_keeps_progress_status_and_owner_changes_with_their_actors()
    {
        var id = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a1");
        var milestone = Guid.Parse("0196a1b2-0000-7000-8000-0000000000c1");
        await fixture.Append(id, "kim.coordinator", Adopted(id));
        await fixture.Append(id, "park.coordinator",
            new StrategicTaskStatusChanged(id, StrategicTaskStatus.Planned, StrategicTaskStatus.InProgress, "착수 회의", new DateOnly(2028, 2, 3)),
            new StrategicTaskMilestoneAdded(id, milestone, "동별 실태 조사", new DateOnly(2028, 5, 31), 40, new DateOnly(2028, 2, 3)),
            new StrategicTaskProgressReported(id, 35, "실태 조사 12개 동 완료", "https://example.org/survey", new DateOnly(2028, 5, 2)));
        await fixture.Append(id, "lee.admin",
            new StrategicTaskProgressCorrected(id, 4, 30, null, "집계 오류: 10개 동", new DateOnly(2028, 5, 4)),
            new StrategicTaskMilestoneReached(id, milestone, "20개 동 완료", new DateOnly(2028, 5, 30)),
            new StrategicTaskOwnerChanged(id, StrategicTaskOwner.Division(DivisionId), StrategicTaskOwner.JointOf(DivisionId), "구청 복지정책과 합류", new DateOnly(2028, 6, 1)));

        await using var session = fixture.Store.QuerySession();
        var view = await session.LoadAsync<StrategicTaskView>(id);

        Assert.Equal(7, view!.Version);
        Assert.Equal(30, view.Percent);
        Snapshot.Match(view);
    }

    [Fact]
    public async Task A_three_year_chain_has_one_origin_its_links_and_its_evaluations()
    {
        var (first, second, third) = (Guid.Parse("0196a1b2-0000-7000-8000-00000000f001"), Guid.Parse("0196a1b2-0000-7000-8000-00000000f002"), Guid.Parse("0196a1b2-0000-7000-8000-00000000f003"));
        await fixture.Append(first, "kim", Adopted(first, 2028));
        await CarryOver(first, second, 2029);
        await fixture.Append(Guid.Parse("0196a1b2-0000-7000-8000-00000000e001"), "monitor", Evaluation(first, 2028, "0196a1b2-0000-7000-8000-00000000e0a1"));
        await CarryOver(second, third, 2030);

        await using var session = fixture.Store.QuerySession();
        var lineages = (await session.LoadManyAsync<StrategicTaskLineage>(first, second, third)).OrderBy(l => l.Year).ToList();

        Assert.Equal([(null, second), (first, third), (second, null)], lineages.Select(l => (l.PredecessorId, l.SuccessorId)));
        Assert.All(lineages, l => Assert.Equal(new TaskOrigin(WorkshopId, FindingId, ProposalId), l.Origin));
        Assert.Equal([2028, 2029, 2030], lineages.Select(l => l.Year!.Value));
        Snapshot.Match(await WithEvaluations(session, lineages));
    }

    [Fact]
    public async Task A_chain_entered_out_of_order_ends_the_same()
    {
        var (first, second, third) = (Guid.Parse("0196a1b2-0000-7000-8000-00000000f011"), Guid.Parse("0196a1b2-0000-7000-8000-00000000f012"), Guid.Parse("0196a1b2-0000-7000-8000-00000000f013"));
        var evaluationStream = Guid.Parse("0196a1b2-0000-7000-8000-00000000e011");
        await fixture.Append(evaluationStream, "monitor", Evaluation(second, 2029, "0196a1b2-0000-7000-8000-00000000e0b1"));
        await fixture.Append(third, "kim", Continued(third, second, 2030));
        await fixture.Append(second, "kim", Continued(second, first, 2029));
        await fixture.Append(first, "kim", Adopted(first, 2028));
        await fixture.Append(second, "kim", new StrategicTaskCarriedOver(second, third, 2030, "계속", new DateOnly(2029, 12, 1)));
        await fixture.Append(first, "kim", new StrategicTaskCarriedOver(first, second, 2029, "계속", new DateOnly(2028, 12, 1)));

        await using var session = fixture.Store.QuerySession();
        var lineages = (await session.LoadManyAsync<StrategicTaskLineage>(first, second, third)).OrderBy(l => l.Year).ToList();

        Assert.Equal([(null, second), (first, third), (second, null)], lineages.Select(l => (l.PredecessorId, l.SuccessorId)));
        Assert.All(lineages, l => Assert.Equal(new TaskOrigin(WorkshopId, FindingId, ProposalId), l.Origin));
        Assert.Equal([2028, 2029, 2030], lineages.Select(l => l.Year!.Value));
        Assert.Equal(Guid.Parse("0196a1b2-0000-7000-8000-00000000e0b1"), Assert.Single(await TaskEvaluations.ForTaskAsync(session, second, CancellationToken.None)).EvaluationId);
    }

    [Fact]
    public async Task An_evaluation_without_a_task_feeds_no_lineage()
    {
        var evaluationId = Guid.Parse("0196a1b2-0000-7000-8000-00000000e0c1");
        await fixture.Append(evaluationId, "monitor",
            new EvaluationRecorded(evaluationId, 2028, MonitorId, DivisionId, null, null, [new IndicatorResult("P1", IndicatorKind.Quantitative, 3m, null)], new DateOnly(2028, 11, 1)));

        await using var session = fixture.Store.QuerySession();
        Assert.Null(await session.LoadAsync<StrategicTaskLineage>(Guid.Empty));
        Assert.Null(await session.LoadAsync<StrategicTaskLineage>(evaluationId));
        Assert.Null(await session.LoadAsync<TaskEvaluation>(evaluationId));
    }

    /// <summary>Each link with the evaluations that judged it, as the lineage route shows them.</summary>
    private static async Task<List<object>> WithEvaluations(Marten.IQuerySession session, IEnumerable<StrategicTaskLineage> lineages)
    {
        var links = new List<object>();
        foreach (var l in lineages)
        {
            links.Add(new { l.Id, l.Title, l.Year, l.Origin, l.PredecessorId, l.SuccessorId, Evaluations = await TaskEvaluations.ForTaskAsync(session, l.Id, CancellationToken.None) });
        }

        return links;
    }

    private async Task CarryOver(Guid from, Guid to, int year)
    {
        await fixture.Append(from, "kim", new StrategicTaskCarriedOver(from, to, year, "계속 추진", new DateOnly(year - 1, 12, 1)));
        await fixture.Append(to, "kim", Continued(to, from, year));
    }

    private static StrategicTaskContinued Continued(Guid id, Guid predecessor, int year) =>
        new(id, predecessor, "1인 가구 고립 예방 네트워크", year, StrategicTaskOwner.Division(DivisionId), WorkshopId, FindingId, ProposalId, 40, "계속 추진", new DateOnly(year - 1, 12, 1));

    private static EvaluationRecorded Evaluation(Guid taskId, int year, string evaluationId) =>
        new(Guid.Parse(evaluationId), year, MonitorId, DivisionId, taskId, 3,
            [new IndicatorResult("P1", IndicatorKind.Quantitative, 3.5m, null), new IndicatorResult("Q1", IndicatorKind.Qualitative, null, "주민 참여 확대")],
            new DateOnly(year, 11, 15));
}

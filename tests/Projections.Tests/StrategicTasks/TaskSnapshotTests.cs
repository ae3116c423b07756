using System.Text.Json;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Projections.StrategicTasks;
using Hyeopchi.Testing;
using Marten;

namespace Hyeopchi.Projections.Tests.StrategicTasks;

/// <summary>A long task stream keeps a snapshot every <see cref="TaskSnapshots.Every"/> versions, and the as-of read folds from the nearest one.</summary>
public class TaskSnapshotTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static readonly Guid DivisionId = Guid.Parse("0196a1b2-0000-7000-8000-0000000005d1");

    private static List<object> History(Guid id, int length)
    {
        var day = new DateOnly(2028, 1, 5);
        var events = new List<object>
        {
            new StrategicTaskAdopted(id, "마을 돌봄 거점 확대", 2028, StrategicTaskOwner.Division(DivisionId), Guid.CreateVersion7(), null, null, new DateOnly(2027, 11, 20)),
        };
        while (events.Count < length)
        {
            var i = events.Count;
            events.Add((i % 9) switch
            {
                0 => new StrategicTaskMilestoneAdded(id, Guid.CreateVersion7(), $"이정표 {i}", day.AddMonths(1), 5, day),
                4 => new StrategicTaskProgressCorrected(id, i, i % 100, null, "집계 오류", day),
                6 => new StrategicTaskStatusChanged(id, StrategicTaskStatus.Planned, StrategicTaskStatus.InProgress, "재개", day),
                _ => new StrategicTaskProgressReported(id, i % 101, $"{i}차 보고", null, day),
            });
        }

        return events;
    }

    /// <summary>Appends as a command does: the stream fetched for writing, its events after the version it stood at.</summary>
    private async Task AppendAsCommandsDo(Guid id, IEnumerable<object[]> batches)
    {
        foreach (var batch in batches)
        {
            await using var session = fixture.Store.LightweightSession();
            if (batch[0] is StrategicTaskAdopted) session.Events.StartStream<StrategicTask>(id, batch);
            else (await session.Events.FetchForWriting<StrategicTask>(id)).AppendMany(batch);
            await session.SaveChangesAsync();
        }
    }

    private static string Json(StrategicTask? task) => JsonSerializer.Serialize(task);

    [Fact]
    public async Task A_stream_past_1000_versions_has_snapshots_at_500_and_1000_and_every_version_reads_as_folding_its_first_n_events()
    {
        var id = Guid.CreateVersion7();
        var events = History(id, 1_234);
        // One event a command around the first boundary, batches that cross the second.
        var batches = new List<object[]> { events.Take(495).ToArray() };
        batches.AddRange(events.Skip(495).Take(10).Select(e => new[] { e }));
        batches.AddRange(events.Skip(505).Chunk(300));
        await AppendAsCommandsDo(id, batches);

        await using var session = fixture.Store.QuerySession();
        var snapshots = await session.Query<TaskSnapshot>().Where(s => s.TaskId == id).OrderBy(s => s.Version).ToListAsync();
        Assert.Equal([500L, 1000L], snapshots.Select(s => s.Version));
        foreach (var snapshot in snapshots)
        {
            Assert.Equal(Json(events.Take((int)snapshot.Version).Aggregate<object, StrategicTask?>(null, StrategicTask.Evolve)), Json(snapshot.Task));
        }

        foreach (var n in new[] { 1, 499, 500, 501, 999, 1000, 1001, 1233, 1234 })
        {
            var expected = events.Take(n).Aggregate<object, StrategicTask?>(null, StrategicTask.Evolve);
            Assert.Equal(Json(expected), Json(await TaskTimeTravel.AsOfVersionAsync(session, id, n, CancellationToken.None)));
        }

        Assert.Null(await TaskTimeTravel.AsOfVersionAsync(session, id, 1235, CancellationToken.None));
    }

    [Fact]
    public async Task The_as_of_read_starts_from_the_nearest_snapshot_of_the_current_shape_only()
    {
        var id = Guid.CreateVersion7();
        var events = History(id, 620);
        await AppendAsCommandsDo(id, events.Chunk(100));

        // A snapshot altered by hand shows through: the read starts from it rather than from the first event …
        await using (var session = fixture.Store.LightweightSession())
        {
            var snapshot = await session.LoadAsync<TaskSnapshot>($"{id}/500");
            snapshot!.Task = snapshot.Task with { Title = "스냅숏에서 읽음" };
            session.Store(snapshot);
            await session.SaveChangesAsync();
        }

        await using (var session = fixture.Store.QuerySession())
        {
            Assert.Equal("스냅숏에서 읽음", (await TaskTimeTravel.AsOfVersionAsync(session, id, 610, CancellationToken.None))!.Title);
            Assert.Equal("마을 돌봄 거점 확대", (await TaskTimeTravel.AsOfVersionAsync(session, id, 499, CancellationToken.None))!.Title);

            // An instant reads from the snapshot too: the version the stream stood at then, folded from the nearest one.
            var stream = await session.Events.FetchStreamAsync(id);
            Assert.Equal("스냅숏에서 읽음", (await TaskTimeTravel.AsOfInstantAsync(session, id, stream[^1].Timestamp, CancellationToken.None))!.Title);
            Assert.Equal(620, (await TaskTimeTravel.AsOfInstantAsync(session, id, stream[^1].Timestamp, CancellationToken.None))!.Version);
            Assert.Equal(100, (await TaskTimeTravel.AsOfInstantAsync(session, id, stream[99].Timestamp, CancellationToken.None))!.Version);
            Assert.Null(await TaskTimeTravel.AsOfInstantAsync(session, id, stream[0].Timestamp.AddTicks(-1), CancellationToken.None));
        }

        // … but one folded by another shape of the task is passed over.
        await using (var session = fixture.Store.LightweightSession())
        {
            var snapshot = await session.LoadAsync<TaskSnapshot>($"{id}/500");
            snapshot!.Shape = TaskSnapshots.Shape - 1;
            session.Store(snapshot);
            await session.SaveChangesAsync();
        }

        await using (var session = fixture.Store.QuerySession())
        {
            Assert.Equal("마을 돌봄 거점 확대", (await TaskTimeTravel.AsOfVersionAsync(session, id, 610, CancellationToken.None))!.Title);
        }
    }
}

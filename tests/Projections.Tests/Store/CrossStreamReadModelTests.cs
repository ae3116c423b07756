using System.Text.Json;
using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Projections.Education;
using Hyeopchi.Projections.StrategicTasks;
using Hyeopchi.Testing;
using Marten;

namespace Hyeopchi.Projections.Tests.Store;

/// <summary>
/// The read models that gather events of several streams, written by many sessions at once: each
/// document has one writer stream, so nothing committed is lost, and a rebuild from the events gives
/// the same documents (docs/reliability.md, "Read models gathered from several streams").
/// </summary>
public class CrossStreamReadModelTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static readonly Guid DivisionId = Guid.Parse("0196a1b2-0000-7000-8000-0000000003d1");
    private static readonly Guid MonitorId = Guid.Parse("0196a1b2-0000-7000-8000-0000000003e1");

    [Fact]
    public async Task Enrolments_and_completions_in_24_courses_committed_at_once_all_count_and_a_rebuild_gives_the_same_documents()
    {
        var person = Guid.Parse("0196a1b2-0000-7000-8000-000000000301");
        var courses = Enumerable.Range(1, 24).Select(i => Guid.Parse($"0196a1b2-0000-7000-8000-0000000031{i:00}")).ToList();
        CourseKind KindOf(int i) => i == 0 ? CourseKind.MonitorTraining : CourseKind.LeaderEducation;

        await Task.WhenAll(courses.Select((c, i) => Task.Run(() => fixture.Append(c, "kim",
            new CourseEnrolled(c, KindOf(i), 2028, $"과정 {i + 1:00}", person, "한지호", new DateOnly(2028, 3, 2 + i % 3))))));
        await Task.WhenAll(courses.Select((c, i) => Task.Run(() => fixture.Append(c, "kim",
            new CourseCompleted(c, KindOf(i), 2028, $"과정 {i + 1:00}", person, "한지호", 4, 5, new DateOnly(2028, 6, 30))))));

        await using (var session = fixture.Store.QuerySession())
        {
            var training = await TrainingFacts.CoursesAsync(session, person, CancellationToken.None);
            Assert.Equal(courses.Order(), training.Select(c => c.CourseId).Order());
            Assert.All(training, c => Assert.Equal((new DateOnly(2028, 6, 30), 4, 5), (c.CompletedOn!.Value, c.Attended!.Value, c.Sessions!.Value)));
            Assert.Equal(training.OrderBy(c => c.EnrolledOn).ThenBy(c => c.CourseId).Select(c => c.CourseId), training.Select(c => c.CourseId));
            Assert.True(await TrainingFacts.CompletedMonitorTrainingAsync(session, person, 2028, CancellationToken.None));
            Assert.False(await TrainingFacts.CompletedMonitorTrainingAsync(session, person, 2027, CancellationToken.None));
            Assert.True(await TrainingFacts.CompletedLeaderEducationAsync(session, person, CancellationToken.None));
        }

        await AssertRebuildGivesTheSame<PersonCourse, PersonCourseProjection>(q => q.Where(c => c.PersonId == person).OrderBy(c => c.Id));
    }

    [Fact]
    public async Task Evaluations_of_one_task_from_eight_years_and_its_carry_over_committed_at_once_all_show_and_a_rebuild_gives_the_same_documents()
    {
        var task = Guid.Parse("0196a1b2-0000-7000-8000-000000000321");
        var successor = Guid.Parse("0196a1b2-0000-7000-8000-000000000322");
        await fixture.Append(task, "kim", new StrategicTaskAdopted(task, "돌봄 공백 해소", 2028, StrategicTaskOwner.Division(DivisionId),
            Guid.Parse("0196a1b2-0000-7000-8000-0000000003b1"), null, null, new DateOnly(2027, 11, 20)));

        var evaluations = Enumerable.Range(0, 8).Select(i => new EvaluationRecorded(Guid.Parse($"0196a1b2-0000-7000-8000-0000000032{i:00}"), 2028 + i,
            MonitorId, DivisionId, task, 1, [new IndicatorResult("P1", IndicatorKind.Quantitative, 50 + i, null)], new DateOnly(2028 + i, 11, 1))).ToList();
        var writes = evaluations.Select(e => Task.Run(() => fixture.Append(MonitoringStreams.Year(e.Year), "monitor", e))).ToList();
        writes.Add(Task.Run(async () =>
        {
            await using var session = fixture.Store.LightweightSession();
            session.Events.Append(task, new StrategicTaskCarriedOver(task, successor, 2029, "계속 추진", new DateOnly(2028, 12, 1)));
            session.Events.StartStream<StrategicTask>(successor, new StrategicTaskContinued(successor, task, "돌봄 공백 해소", 2029,
                StrategicTaskOwner.Division(DivisionId), Guid.Parse("0196a1b2-0000-7000-8000-0000000003b1"), null, null, 40, "계속 추진", new DateOnly(2028, 12, 1)));
            await session.SaveChangesAsync();
        }));
        await Task.WhenAll(writes);

        await using (var session = fixture.Store.QuerySession())
        {
            var judged = await TaskEvaluations.ForTaskAsync(session, task, CancellationToken.None);
            Assert.Equal(evaluations.Select(e => e.EvaluationId), judged.Select(e => e.EvaluationId));
            Assert.Equal(successor, (await session.LoadAsync<StrategicTaskLineage>(task))!.SuccessorId);
            Assert.Equal(task, (await session.LoadAsync<StrategicTaskLineage>(successor))!.PredecessorId);
            Assert.Empty(await TaskEvaluations.ForTaskAsync(session, successor, CancellationToken.None));
        }

        await AssertRebuildGivesTheSame<TaskEvaluation, TaskEvaluationProjection>(q => q.Where(e => e.StrategicTaskId == task).OrderBy(e => e.Year));
        await AssertRebuildGivesTheSame<StrategicTaskLineage, StrategicTaskLineageProjection>(q => q.Where(l => l.Id == task || l.Id == successor).OrderBy(l => l.Year));
    }

    /// <summary>Deletes the read model's documents, rebuilds the projection from the events and compares the selected documents.</summary>
    private async Task AssertRebuildGivesTheSame<TDocument, TProjection>(Func<IQueryable<TDocument>, IQueryable<TDocument>> select)
        where TDocument : notnull
    {
        async Task<string> Documents()
        {
            await using var session = fixture.Store.QuerySession();
            return JsonSerializer.Serialize(await select(session.Query<TDocument>()).ToListAsync());
        }

        var before = await Documents();
        await fixture.Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(TDocument));
        Assert.Equal("[]", await Documents());

        using var daemon = await fixture.Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<TProjection>(CancellationToken.None);

        Assert.Equal(before, await Documents());
    }
}

using CsCheck;
using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.StrategicTasks;

namespace Hyeopchi.Domain.Tests.Properties;

/// <summary>
/// Random command sequences against the deciders: whatever is asked, in whatever order, the
/// recorded history never breaks an invariant, only grows, and folds to the same state as the
/// state kept step by step. Iterations are bounded so the suite stays quick; a failure prints
/// the seed that reproduces it.
/// </summary>
public class DeciderPropertyTests
{
    private const long Iterations = 400;
    private static readonly DateOnly Start = new(2027, 1, 10);

    /// <summary>Runs the commands, keeping only accepted events; checks that history is only ever appended to.</summary>
    private static (List<object> History, TState? State) Run<TState>(TState? initial, IEnumerable<Func<TState?, Decision>> commands, Func<TState?, object, TState?> evolve,
        Action<TState?, IReadOnlyList<object>>? afterEach = null)
    {
        var history = new List<object>();
        var state = initial;
        foreach (var command in commands)
        {
            var before = history.ToArray();
            var decision = command(state);
            Assert.True(decision.IsRefused ^ decision.Events.Count > 0, "A decision either refuses or records events, never neither nor both.");
            foreach (var e in decision.Events)
            {
                history.Add(e);
                state = evolve(state, e);
            }

            Assert.Equal(before, history.Take(before.Length)); // nothing earlier changed or vanished
            afterEach?.Invoke(state, history);
        }

        return (history, state);
    }

    private static TState? Fold<TState>(TState? initial, IEnumerable<object> history, Func<TState?, object, TState?> evolve) =>
        history.Aggregate(initial, evolve);

    // --- Divisions (R1–R3) -------------------------------------------------------------------

    private static readonly Gen<Func<Division?, Decision>> DivisionCommand =
        Gen.Int[0, 4].Select(Gen.Int[1, 3], Gen.Int[0, 30], Gen.Bool, Gen.Int[0, 6], (kind, stage, days, flag, count) => (Func<Division?, Decision>)(d =>
        {
            var on = Start.AddDays(days * 10);
            var facts = new GateFacts(flag, count, flag, !flag || count > 3);
            return kind switch
            {
                0 => DivisionDecisions.AppointChair(d!, Guid.CreateVersion7(), "분과장", on),
                1 => DivisionDecisions.AddMember(d!, $"단체 {count}", Sector.Civil, on),
                2 => DivisionDecisions.Advance(d!, (Stage)stage, "진전", facts, GateThresholds.Plan, on),
                3 => DivisionDecisions.Revert(d!, (Stage)stage, flag ? "후퇴 사유" : "", on),
                _ => DivisionDecisions.Advance(d!, (Stage)((int)d!.Stage + 1), "다음 단계", new GateFacts(true, 9, true, true), GateThresholds.Plan, on),
            };
        }));

    [Fact]
    public void Divisions_never_skip_a_stage_and_every_change_starts_from_the_stage_it_names()
    {
        DivisionCommand.Array[0, 40].Sample(commands =>
        {
            var id = Guid.CreateVersion7();
            var registered = DivisionDecisions.Register(id, "주거분과", "주거", Start).Events.Single();
            var initial = Division.Evolve(null, registered);
            var (history, kept) = Run(initial, commands, Division.Evolve, (state, _) =>
                Assert.InRange((int)state!.Stage, (int)Stage.InternalOrganisation, (int)Stage.TripartiteGovernance));

            var stage = Stage.InternalOrganisation;
            var since = Start;
            foreach (var e in history)
            {
                switch (e)
                {
                    case DivisionStageAdvanced a:
                        Assert.Equal(stage, a.From);
                        Assert.Equal((int)a.From + 1, (int)a.To);
                        Assert.True(a.On >= since);
                        (stage, since) = (a.To, a.On);
                        break;
                    case DivisionStageReverted r:
                        Assert.Equal(stage, r.From);
                        Assert.Equal((int)r.From - 1, (int)r.To);
                        Assert.False(string.IsNullOrWhiteSpace(r.Reason));
                        (stage, since) = (r.To, r.On);
                        break;
                }
            }

            var folded = Fold(initial, history, Division.Evolve)!;
            Assert.Equal(kept! with { Members = [] }, folded with { Members = [] });
            Assert.Equal(kept!.Members, folded.Members);
            Assert.Equal(stage, folded.Stage);
        }, iter: Iterations);
    }

    // --- Strategic tasks (R8, R10) -------------------------------------------------------------

    private static readonly Gen<Func<StrategicTask?, Decision>> TaskCommand =
        Gen.Int[0, 6].Select(Gen.Int[-50, 150], Gen.Int[0, 4], Gen.Int[0, 30], (kind, percent, status, days) => (Func<StrategicTask?, Decision>)(t =>
        {
            var on = Start.AddDays(days * 10);
            return kind switch
            {
                0 or 1 => StrategicTaskDecisions.ReportProgress(t!, percent, "보고", null, on),
                2 => StrategicTaskDecisions.ChangeStatus(t!, (StrategicTaskStatus)status, "사유", on),
                3 => StrategicTaskDecisions.CorrectProgress(t!, t!.Progress.Count == 0 ? 1 : t.Progress[Math.Abs(percent) % t.Progress.Count].Version, percent, null, "정정", on),
                4 => StrategicTaskDecisions.CarryOver(t!, Guid.CreateVersion7(), 2028 + status % 2, null, "이월", on),
                5 => StrategicTaskDecisions.AddMilestone(t!, Guid.CreateVersion7(), "단계", new DateOnly(2027, 12, 1), Math.Abs(percent) % 60, on),
                _ => StrategicTaskDecisions.ChangeOwner(t!, StrategicTaskOwner.Division(Guid.CreateVersion7()), "이관", on),
            };
        }));

    [Fact]
    public void A_task_keeps_its_percent_within_0_to_100_and_takes_no_progress_once_dropped_or_carried_over()
    {
        TaskCommand.Array[0, 40].Sample(commands =>
        {
            var id = Guid.CreateVersion7();
            var adopted = new StrategicTaskAdopted(id, "고립 예방", 2027, StrategicTaskOwner.JointOf(), Guid.CreateVersion7(), null, null, Start);
            var initial = StrategicTask.Evolve(null, adopted);
            var (history, kept) = Run(initial, commands, (s, e) => e is StrategicTaskContinued ? s : StrategicTask.Evolve(s, e), (state, _) =>
            {
                Assert.InRange(state!.Percent, 0, 100);
                Assert.All(state.Progress, p => Assert.InRange(p.Percent, 0, 100));
                Assert.InRange(state.Milestones.Sum(m => m.Weight), 0, 100);
            });

            var closed = false;
            foreach (var e in history.Where(e => e is not StrategicTaskContinued))
            {
                if (closed)
                    Assert.False(e is StrategicTaskProgressReported or StrategicTaskMilestoneAdded or StrategicTaskMilestoneReached or StrategicTaskOwnerChanged
                        or StrategicTaskCarriedOver, $"{e.GetType().Name} after the task was closed");
                if (e is StrategicTaskCarriedOver) closed = true;
                if (e is StrategicTaskStatusChanged s) closed = s.To == StrategicTaskStatus.Dropped;
                Assert.False(e is StrategicTaskStatusChanged { To: StrategicTaskStatus.CarriedOver });
            }

            var folded = history.Where(e => e is not StrategicTaskContinued).Aggregate(initial, StrategicTask.Evolve);
            Assert.Equal(1 + history.Count(e => e is not StrategicTaskContinued), folded!.Version);
            Assert.Equal((kept!.Status, kept.Percent, kept.Version, kept.SuccessorId), (folded.Status, folded.Percent, folded.Version, folded.SuccessorId));
            Assert.Equal(kept.Progress, folded.Progress);
            Assert.Equal(kept.Milestones, folded.Milestones);
        }, iter: Iterations);
    }

    // --- Monitoring (R7) ------------------------------------------------------------------------

    private static readonly Guid[] People = Enumerable.Range(1, 4).Select(i => Guid.Parse($"0196a1b2-0000-7000-8000-00000000000{i}")).ToArray();

    private static readonly IReadOnlyDictionary<string, IndicatorDefinition> Catalogue = new Dictionary<string, IndicatorDefinition>
    {
        ["Q1"] = new(Guid.Empty, "Q1", "참여도", IndicatorKind.Quantitative, 2, 4, 1, 5, "점"),
    };

    private static readonly Gen<Func<MonitoringYear?, Decision>> MonitoringCommand =
        Gen.Int[0, 3].Select(Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 7], (kind, person, trained, score) => (Func<MonitoringYear?, Decision>)(y =>
        {
            var on = Start.AddDays(score * 20);
            return kind switch
            {
                0 => MonitoringDecisions.Appoint(y!, People[person], $"위원 {person}", null, trained, on),
                1 or 2 => MonitoringDecisions.Evaluate(y!, Guid.CreateVersion7(), People[person], Guid.CreateVersion7(), null, null,
                    [new IndicatorScore("Q1", IndicatorKind.Quantitative, score, null)], Catalogue, on),
                _ => MonitoringDecisions.Publish(y!, "요약", on),
            };
        }));

    [Fact]
    public void No_evaluation_is_recorded_by_anyone_not_appointed_nor_after_the_report()
    {
        MonitoringCommand.Array[0, 40].Sample(commands =>
        {
            var initial = MonitoringYear.Empty(2027);
            var (history, kept) = Run(initial, commands, MonitoringYear.Evolve);

            var appointed = new HashSet<Guid>();
            var published = false;
            foreach (var e in history)
            {
                switch (e)
                {
                    case MonitorAppointed a:
                        Assert.True(appointed.Add(a.PersonId), "a monitor appointed twice");
                        break;
                    case EvaluationRecorded r:
                        Assert.Contains(r.MonitorId, appointed);
                        Assert.False(published, "an evaluation after the report");
                        Assert.All(r.Indicators, i => Assert.InRange(i.Score!.Value, 1m, 5m));
                        break;
                    case MonitoringReportPublished p:
                        Assert.False(published, "a second report");
                        Assert.True(p.Evaluations > 0);
                        published = true;
                        break;
                }
            }

            var folded = Fold(initial, history, MonitoringYear.Evolve)!;
            Assert.Equal(history.OfType<EvaluationRecorded>().Select(r => r.EvaluationId).Order(), folded.Evaluations.Order());
            Assert.Equal(appointed.Order(), folded.Monitors.Keys.Order());
            Assert.Equal(kept!.ReportPublishedOn, folded.ReportPublishedOn);
            Assert.Equal(kept.Evaluations.Order(), folded.Evaluations.Order());
        }, iter: Iterations);
    }
}

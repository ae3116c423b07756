using Hyeopchi.Domain.StrategicTasks;
using System.Text;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Expos;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Monitoring;
using Hyeopchi.Projections.Monitoring;
using Hyeopchi.Testing;
using JasperFx.Events.Daemon;
using Marten;
using Snapshooter;
using Snapshooter.Xunit;

namespace Hyeopchi.Projections.Tests.Monitoring;

/// <summary>
/// Three years (2027–2029) of evaluations of three divisions on three indicators, appended once per test class.
/// Some of them also evaluate a governance policy (L48): an exhibit of the 2027 expo (care, second monitor) and
/// the enacted ordinance (environment).
/// </summary>
public class ComparisonDataset : StoreFixture, IAsyncLifetime
{
    public static readonly Guid Exhibit = Guid.Parse("0196a1b2-0000-7000-8000-0000000000c1");
    public static readonly Guid TaskForce = Guid.Parse("0196a1b2-0000-7000-8000-0000000000c2");
    public static readonly EvaluatedPolicy ExhibitPolicy = EvaluatedPolicy.OfExhibit(2027, Exhibit);
    public static readonly EvaluatedPolicy OrdinancePolicy = EvaluatedPolicy.OfOrdinance(TaskForce);

    public static readonly Guid Care = Guid.Parse("0196a1b2-0000-7000-8000-0000000000d1");
    public static readonly Guid Environment = Guid.Parse("0196a1b2-0000-7000-8000-0000000000d2");
    public static readonly Guid Education = Guid.Parse("0196a1b2-0000-7000-8000-0000000000d3");
    private static readonly Guid MonitorA = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a1");
    private static readonly Guid MonitorB = Guid.Parse("0196a1b2-0000-7000-8000-0000000000a2");

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var on = new DateOnly(2027, 3, 20);
        await Append(Care, "kim.coordinator", new DivisionRegistered(Care, "돌봄분과", "돌봄", on));
        await Append(Environment, "kim.coordinator", new DivisionRegistered(Environment, "환경분과, \"기후\"", "환경", on));
        await Append(Education, "kim.coordinator", new DivisionRegistered(Education, "교육<분과>", "교육", on));
        await Append(MonitoringStreams.Indicator("P1"), "kim.coordinator", new IndicatorDefined("P1", "참여율", IndicatorKind.Quantitative, 40, 60, 0, 100, "%", on));
        await Append(MonitoringStreams.Indicator("P2"), "kim.coordinator", new IndicatorDefined("P2", "정책 반영 건수", IndicatorKind.Quantitative, 2, 6, 0, 50, "건", on));
        await Append(MonitoringStreams.Indicator("T1"), "kim.coordinator", new IndicatorDefined("T1", "민관 신뢰도", IndicatorKind.Quantitative, 2.8m, 3.5m, 1, 5, null, on));

        var expo = Expo.StreamIdFor(2027);
        await Append(expo, "kim.coordinator",
            new ExpoPlanned(expo, 2027, Expo.DefaultVenue, new DateOnly(2027, 3, 2), new DateOnly(2027, 3, 31), new DateOnly(2027, 5, 7), new DateOnly(2027, 5, 8), on),
            new ExhibitSubmitted(expo, 2027, Exhibit, "성북돌봄네트워크", OrganisationType.Civil, "돌봄 정보 지도", "요약", new DateOnly(2027, 3, 22)),
            new ExhibitAccepted(expo, 2027, Exhibit, new DateOnly(2027, 4, 5)));
        await Append(TaskForce, "kim.coordinator",
            new TaskForceCreated(TaskForce, "협치 조례 합동 TF", on),
            new OrdinanceDraftRecorded(TaskForce, 1, "제1조(목적)", null, on),
            new OrdinanceDraftSubmitted(TaskForce, 1, new DateOnly(2027, 4, 1)),
            new OrdinanceEnacted(TaskForce, 1, "제1712호", new DateOnly(2027, 6, 30)));

        var workshop = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e1");
        for (var n = 1; n <= 3; n++)
        {
            var task = Guid.Parse($"0196a1b2-0000-7000-8000-0000000000f{n}");
            var adopted = new StrategicTaskAdopted(task, $"돌봄 과제 {n}", 2028, StrategicTaskOwner.Division(Care), workshop, null, null, new DateOnly(2027, 11, 1));
            object[] history = n == 1
                ? [adopted, new StrategicTaskStatusChanged(task, StrategicTaskStatus.Planned, StrategicTaskStatus.Done, "완료 보고", new DateOnly(2028, 11, 30))]
                : [adopted];
            await Append(task, "kim.coordinator", history);
        }

        decimal[][] p1 = [[42, 48], [50, 55], [61, 63]]; // care, per year: two evaluations
        for (var y = 0; y < 3; y++)
        {
            var year = 2027 + y;
            var date = new DateOnly(year, 10, 15);
            var events = new List<object> { new MonitorAppointed(year, MonitorA, "한지호", null, date), new MonitorAppointed(year, MonitorB, "서유나", null, date) };
            events.Add(Evaluation(y * 10 + 1, year, MonitorA, Care, date, ("P1", p1[y][0]), ("T1", 2.9m + y * 0.3m)));
            events.Add(Evaluation(y * 10 + 2, year, MonitorB, Care, date, ("P1", p1[y][1]), ("P2", 2 + y * 2)) with { Policy = ExhibitPolicy });
            if (year != 2028) events.Add(Evaluation(y * 10 + 3, year, MonitorA, Environment, date, ("P1", 35 + y * 5), ("T1", 3.1m)) with { Policy = OrdinancePolicy });
            events.Add(Evaluation(y * 10 + 4, year, MonitorB, Education, date, ("P2", 1 + y), ("Q1", null)));
            events.Add(new MonitoringReportPublished(year, $"{year}년 모니터링 보고서", 4, new DateOnly(year, 12, 20)));
            await Append(MonitoringStreams.Year(year), "park.monitor", [.. events]);
        }
    }

    private static EvaluationRecorded Evaluation(int n, int year, Guid monitor, Guid division, DateOnly on, params (string Code, decimal? Score)[] scores) =>
        new(Guid.Parse($"0196a1b2-0000-7000-8000-0000000{n:D5}"), year, monitor, division, null, null,
            scores.Select(s => s.Score is null
                ? new IndicatorResult(s.Code, IndicatorKind.Qualitative, null, "교사·학부모 참여가 넓어짐")
                : new IndicatorResult(s.Code, IndicatorKind.Quantitative, s.Score, null)).ToList(), on);
}

public class MonitoringComparisonTests(ComparisonDataset fixture) : IClassFixture<ComparisonDataset>
{
    private async Task<string> Render(Func<IQuerySession, Stream, Task> write, bool keepBom = false)
    {
        await using var session = fixture.Store.QuerySession();
        using var output = new MemoryStream();
        await write(session, output);
        var bytes = output.ToArray();
        return keepBom ? Convert.ToHexString(bytes[..3]) + Encoding.UTF8.GetString(bytes[3..]) : Encoding.UTF8.GetString(bytes);
    }

    private async Task<List<ComparisonRow>> Rows(int from, int to)
    {
        await using var session = fixture.Store.QuerySession();
        var rows = new List<ComparisonRow>();
        await foreach (var row in MonitoringComparison.RowsAsync(session, from, to, ComparisonOrder.ByDivision)) rows.Add(row);
        return rows;
    }

    [Fact]
    public async Task Each_row_is_the_mean_of_the_years_quantitative_scores_and_its_change_from_the_previous_year()
    {
        var rows = await Rows(2027, 2029);

        Assert.Equal(16, rows.Count);
        var careP1 = rows.Where(r => r.DivisionId == ComparisonDataset.Care && r.Indicator == "P1").ToList();
        Assert.Equal([45m, 52.5m, 62m], careP1.Select(r => r.Score));
        Assert.Equal([null, 7.5m, 9.5m], careP1.Select(r => r.Change));
        var environmentP1 = rows.Where(r => r.DivisionId == ComparisonDataset.Environment && r.Indicator == "P1").ToList();
        Assert.Equal([2027, 2029], environmentP1.Select(r => r.Year));
        Assert.All(environmentP1, r => Assert.Null(r.Change)); // 2028 has no score
        Assert.DoesNotContain(rows, r => r.Indicator == "Q1");
        Assert.Null((await Rows(2028, 2029)).First(r => r.DivisionId == ComparisonDataset.Care && r.Indicator == "P1").Change);
    }

    [Fact]
    public async Task A_districts_year_means_take_every_quantitative_score_of_the_year_and_change_from_the_year_before()
    {
        await using var session = fixture.Store.QuerySession();
        var means = await MonitoringComparison.YearMeansAsync(session, 2027, 2029, CancellationToken.None);

        Assert.Equal([2027, 2028, 2029], means.Select(m => m.Year));
        Assert.Null(means[0].Change);
        Assert.Equal(means[1].Mean - means[0].Mean, means[1].Change);
        Assert.Equal(means[2].Mean - means[1].Mean, means[2].Change);
        Assert.Null((await MonitoringComparison.YearMeansAsync(session, 2028, 2029, CancellationToken.None))[0].Change);
        Snapshot.Match(means);
    }

    private async Task<List<PolicyComparisonRow>> PolicyRows(int from, int to)
    {
        await using var session = fixture.Store.QuerySession();
        var rows = new List<PolicyComparisonRow>();
        await foreach (var row in MonitoringComparison.PolicyRowsAsync(session, from, to)) rows.Add(row);
        return rows;
    }

    [Fact]
    public async Task Each_evaluated_policy_is_compared_year_over_year_like_a_division()
    {
        var rows = await PolicyRows(2027, 2029);

        var exhibitP1 = rows.Where(r => r.Kind == PolicyKind.Exhibit && r.Indicator == "P1").ToList();
        Assert.Equal([48m, 55m, 63m], exhibitP1.Select(r => r.Score));
        Assert.Equal([null, 7m, 8m], exhibitP1.Select(r => r.Change));
        Assert.All(exhibitP1, r => Assert.Equal(("돌봄 정보 지도", 2027, ComparisonDataset.Exhibit), (r.Policy, r.ExpoYear!.Value, r.ExhibitId!.Value)));
        var ordinanceP1 = rows.Where(r => r.Kind == PolicyKind.Ordinance && r.Indicator == "P1").ToList();
        Assert.Equal([2027, 2029], ordinanceP1.Select(r => r.Year));
        Assert.All(ordinanceP1, r => Assert.Equal(("협치 조례 합동 TF 제1712호", ComparisonDataset.TaskForce), (r.Policy, r.TaskForceId!.Value)));
        Assert.All(ordinanceP1, r => Assert.Null(r.Change)); // 2028 has no score
        Assert.Equal(3 * 2 + 2 * 2, rows.Count); // the exhibit: P1 and P2 in three years; the ordinance: P1 and T1 in two
    }

    [Fact]
    public async Task A_corrected_or_withdrawn_policy_evaluation_moves_its_scores_between_policies()
    {
        var year = 2035;
        var monitor = Guid.Parse("0196a1b2-0000-7000-8000-0000000035a1");
        var first = Guid.Parse("0196a1b2-0000-7000-8000-000000003501");
        var second = Guid.Parse("0196a1b2-0000-7000-8000-000000003502");
        var on = new DateOnly(year, 10, 1);
        IndicatorResult[] fifty = [new("P1", IndicatorKind.Quantitative, 50, null)];
        IndicatorResult[] seventy = [new("P1", IndicatorKind.Quantitative, 70, null)];
        await fixture.Append(MonitoringStreams.Year(year), "park.monitor",
            new MonitorAppointed(year, monitor, "한지호", null, on),
            new EvaluationRecorded(first, year, monitor, ComparisonDataset.Care, null, null, fifty, on, ComparisonDataset.ExhibitPolicy),
            new EvaluationRecorded(second, year, monitor, ComparisonDataset.Care, null, null, seventy, on, ComparisonDataset.ExhibitPolicy));
        Assert.Equal([(PolicyKind.Exhibit, 60m)], (await PolicyRows(year, year)).Select(r => (r.Kind, r.Score)));

        await fixture.Append(MonitoringStreams.Year(year), "park.monitor",
            new EvaluationCorrected(year, second, ComparisonDataset.Care, seventy, seventy, "조례 평가였음", on, ComparisonDataset.ExhibitPolicy, ComparisonDataset.OrdinancePolicy));
        Assert.Equal([(PolicyKind.Exhibit, 50m), (PolicyKind.Ordinance, 70m)], (await PolicyRows(year, year)).Select(r => (r.Kind, r.Score)));

        await fixture.Append(MonitoringStreams.Year(year), "park.monitor",
            new EvaluationWithdrawn(year, first, ComparisonDataset.Care, fifty, "잘못 입력", on, ComparisonDataset.ExhibitPolicy));
        Assert.Equal([(PolicyKind.Ordinance, 70m)], (await PolicyRows(year, year)).Select(r => (r.Kind, r.Score)));

        await using var session = fixture.Store.QuerySession();
        var view = await session.LoadAsync<MonitoringYearView>(MonitoringStreams.Year(year));
        Assert.Equal(ComparisonDataset.OrdinancePolicy, Assert.Single(view!.Evaluations).Policy);
        Snapshot.Match(view);
    }

    [Fact]
    public async Task The_policies_csv_answer_matches_its_snapshot()
    {
        var csv = await Render((s, o) => ComparisonWriters.WritePolicyCsvAsync(s, 2027, 2029, o, CancellationToken.None), keepBom: true);

        Assert.StartsWith("EFBBBFkind,expoYear,exhibitId,taskForceId,policy,indicator,year,score,change\r\n", csv);
        Snapshot.Match(csv.Split("\r\n"), SnapshotNameExtension.Create("csv"));
    }

    [Fact]
    public async Task The_json_answer_matches_its_snapshot() =>
        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(await Render((s, o) => ComparisonWriters.WriteJsonAsync(s, 2027, 2029, o, CancellationToken.None))));

    [Fact]
    public async Task The_csv_answer_has_a_bom_rfc_4180_quoting_and_matches_its_snapshot()
    {
        var csv = await Render((s, o) => ComparisonWriters.WriteCsvAsync(s, 2027, 2029, o, CancellationToken.None), keepBom: true);

        Assert.StartsWith("EFBBBF", csv);
        Assert.Contains("\"환경분과, \"\"기후\"\"\"", csv);
        Snapshot.Match(csv.Split("\r\n"), SnapshotNameExtension.Create("csv"));
    }

    [Fact]
    public async Task Each_indicator_gets_an_encoded_svg_chart_with_a_point_per_row_and_scores_to_one_decimal()
    {
        var indicators = (await Rows(2027, 2029)).GroupBy(r => r.Indicator).ToList();
        var charts = indicators
            .Select(g => Hyeopchi.Host.Monitoring.ComparisonChart.Render(new Hyeopchi.Host.Monitoring.IndicatorSeries(g.Key, null, g.ToList()), 2027, 2029).ToString()!)
            .ToList();

        Assert.Equal(3, charts.Count);
        Assert.All(charts.Zip(indicators), c => Assert.Equal(c.Second.Count(), c.First.Split("<circle ").Length - 1));
        var all = string.Concat(charts);
        Assert.Contains("교육&lt;분과&gt;", all);
        Assert.DoesNotContain("교육<분과>", all);
        Assert.Matches(@"<title>[^<]* 2028년: \d+\.\d</title>", all);
    }

    [Fact]
    public async Task Rebuilding_the_projection_from_the_events_gives_the_same_rows()
    {
        var before = await Rows(2027, 2029);
        await using (var session = fixture.Store.LightweightSession())
        {
            session.DeleteWhere<IndicatorYearScore>(_ => true);
            await session.SaveChangesAsync();
        }

        Assert.Empty(await Rows(2027, 2029));
        using var daemon = await fixture.Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync<IndicatorYearScoreProjection>(CancellationToken.None);

        Assert.Equal(before, await Rows(2027, 2029));

        var policies = await PolicyRows(2027, 2029);
        await using (var session = fixture.Store.LightweightSession())
        {
            session.DeleteWhere<PolicyIndicatorYearScore>(_ => true);
            await session.SaveChangesAsync();
        }

        await daemon.RebuildProjectionAsync<PolicyIndicatorYearScoreProjection>(CancellationToken.None);
        Assert.Equal(policies, await PolicyRows(2027, 2029));
    }
}

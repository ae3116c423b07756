using Hyeopchi.Domain.StrategicTasks;
using System.Text;
using Hyeopchi.Domain.Divisions;
using Hyeopchi.Domain.Monitoring;
using Hyeopchi.Host.Monitoring;
using Hyeopchi.Projections.Monitoring;
using Hyeopchi.Testing;
using JasperFx.Events.Daemon;
using Marten;
using Snapshooter;
using Snapshooter.Xunit;

namespace Hyeopchi.Projections.Tests.Monitoring;

/// <summary>Three years (2027–2029) of evaluations of three divisions on three indicators, appended once per test class.</summary>
public class ComparisonDataset : StoreFixture, IAsyncLifetime
{
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
            events.Add(Evaluation(y * 10 + 2, year, MonitorB, Care, date, ("P1", p1[y][1]), ("P2", 2 + y * 2)));
            if (year != 2028) events.Add(Evaluation(y * 10 + 3, year, MonitorA, Environment, date, ("P1", 35 + y * 5), ("T1", 3.1m)));
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
    }
}

using Hyeopchi.Domain.People;
using Hyeopchi.Domain.StrategicTasks;
using Hyeopchi.Domain.Workshops;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Expos;
using Hyeopchi.Host.Pages;
using Hyeopchi.Projections.Divisions;
using Hyeopchi.Projections.Monitoring;
using Hyeopchi.Projections.StrategicTasks;
using Hyeopchi.Projections.Workshops;
using Marten;

namespace Hyeopchi.Host.Exports;

/// <summary>
/// The tables a coordinator hands on, read from the read models and worded like the pages:
/// each answers null when there is nothing to export for that year (no network yet, no expo planned).
/// </summary>
public static class ExportTables
{
    public static async Task<Table> MonitoringAsync(IQuerySession session, int from, int to, CancellationToken ct)
    {
        var rows = new List<object?[]>();
        await foreach (var row in MonitoringComparison.RowsAsync(session, from, to, ComparisonOrder.ByDivision, ct))
            rows.Add([row.Division, row.Indicator, row.Year, row.Score, row.Change]);
        return new Table($"monitoring-{from}-{to}", "연도별 비교",
            [new("분과", CellKind.Text, 20), new("지표", CellKind.Text, 24), new("연도", CellKind.Count, 8), new("평균 점수", CellKind.Score, 10), new("전년 대비", CellKind.Score, 10)],
            rows);
    }

    public static async Task<Table?> ComplianceAsync(IQuerySession session, int year, CancellationToken ct)
    {
        if (await WorkshopReadings.ObligationsAsync(session, year, ct) is not { } obligations) return null;
        var rows = obligations.Network.Select(o => Row("네트워크 전체", o))
            .Concat(obligations.Divisions.SelectMany(d => d.Obligations.Select(o => Row(d.Name, o))))
            .ToList();
        return new Table($"compliance-{year}", $"{year}년 의무 이행",
            [new("연도", CellKind.Count, 8), new("대상", CellKind.Text, 20), new("의무", CellKind.Text, 36), new("상태", CellKind.Text, 10), new("설명", CellKind.Text, 60)],
            rows);

        object?[] Row(string who, Obligation o) => [year, who, Korean.Obligation(o.Rule), Korean.Label(o.Status), Korean.Condition(o.Detail)];
    }

    public static async Task<Table> StrategicTasksAsync(IQuerySession session, int year, CancellationToken ct)
    {
        var tasks = await session.Query<StrategicTaskView>().Where(t => t.Year == year && t.WithdrawnOn == null).ToListAsync(ct);
        var divisions = (await session.Query<DivisionProgress>().Select(d => new { d.Id, d.Name }).ToListAsync(ct)).ToDictionary(d => d.Id, d => d.Name);
        var rows = tasks
            .OrderBy(t => t.Title, StringComparer.Ordinal)
            .Select(t => new object?[]
            {
                t.Title, t.Year, Korean.Owner(t.Owner, divisions), Korean.Label(t.Status), t.Percent, t.AdoptedOn,
                t.LastProgress?.On, t.LastProgress?.Note,
            })
            .ToList();
        return new Table($"strategic-tasks-{year}", $"{year}년 전략 과제",
            [new("과제", CellKind.Text, 36), new("연도", CellKind.Count, 8), new("주체", CellKind.Text, 20), new("상태", CellKind.Text, 10), new("진행률(%)", CellKind.Count, 10),
             new("채택일", CellKind.Date, 12), new("최근 보고일", CellKind.Date, 12), new("최근 보고", CellKind.Text, 40)],
            rows);
    }

    public static async Task<Table?> ExpoAsync(IQuerySession session, int year, CancellationToken ct)
    {
        if (await ExpoQueries.LoadAsync(session, year, ct) is not { } expo) return null;
        var rows = expo.Exhibits
            .OrderBy(x => x.Organisation, StringComparer.Ordinal).ThenBy(x => x.Title, StringComparer.Ordinal)
            .Select(x => new object?[]
            {
                x.Organisation, Korean.Label(x.OrganisationType), x.Title, x.Summary, Korean.Label(x.Status),
                x.SubmittedOn, x.Placement is { } p ? $"{Korean.Label(p.Kind)} {p.Location}" : null, x.Linkages, Korean.Label(x.Realisation),
            })
            .ToList();
        return new Table($"expo-{year}", $"{year}년 박람회 전시",
            [new("단체", CellKind.Text, 24), new("단체 유형", CellKind.Text, 12), new("전시 제목", CellKind.Text, 36), new("요약", CellKind.Text, 48), new("상태", CellKind.Text, 10),
             new("접수일", CellKind.Date, 12), new("배치", CellKind.Text, 16), new("연계 사업", CellKind.Count, 10), new("정책 구분", CellKind.Text, 16)],
            rows);
    }

    public static async Task<Table> PeopleAsync(IQuerySession session, CancellationToken ct)
    {
        var people = await session.Query<Person>().OrderBy(p => p.Name).ToListAsync(ct);
        var rows = people.Select(p => new object?[] { p.Name, Korean.Label(p.Sector), p.Organisation, Korean.Label(p.Rank), p.ErasedOn }).ToList();
        return new Table("people", "사람",
            [new("이름", CellKind.Text, 16), new("부문", CellKind.Text, 8), new("소속", CellKind.Text, 28), new("직급", CellKind.Text, 12), new("삭제일", CellKind.Date, 12)],
            rows);
    }
}

using System.Linq.Expressions;
using Hyeopchi.Domain.Common;
using Hyeopchi.Projections.Meetings;
using Hyeopchi.Projections.StrategicTasks;
using Hyeopchi.Projections.Workshops;
using Marten;

namespace Hyeopchi.Host.Admin;

/// <summary>The years a list has records for, and the year it opens on (<see cref="ShownYear.Choose"/>).</summary>
public static class YearsOnRecord
{
    public static Task<ShownYear> WorkshopsAsync(IQuerySession session, DateOnly today, CancellationToken ct) =>
        ShownAsync<WorkshopView>(session, w => w.Year, today, ct);

    public static Task<ShownYear> MeetingsAsync(IQuerySession session, DateOnly today, CancellationToken ct) =>
        ShownAsync<MeetingView>(session, m => m.Year, today, ct);

    public static Task<ShownYear> StrategicTasksAsync(IQuerySession session, DateOnly today, CancellationToken ct) =>
        ShownAsync<StrategicTaskView>(session, t => t.Year, today, ct);

    /// <summary>The network's active years, as the dashboard and the obligations read them: a year with workshops or tasks.</summary>
    public static async Task<ShownYear> ActiveAsync(IQuerySession session, DateOnly today, CancellationToken ct)
    {
        var workshops = await YearsAsync<WorkshopView>(session, w => w.Year, ct);
        var tasks = await YearsAsync<StrategicTaskView>(session, t => t.Year, ct);
        return ShownYear.Choose(today.Year, workshops.Concat(tasks));
    }

    private static async Task<ShownYear> ShownAsync<T>(IQuerySession session, Expression<Func<T, int>> year, DateOnly today, CancellationToken ct) where T : notnull =>
        ShownYear.Choose(today.Year, await YearsAsync(session, year, ct));

    private static async Task<IReadOnlyList<int>> YearsAsync<T>(IQuerySession session, Expression<Func<T, int>> year, CancellationToken ct) where T : notnull =>
        await session.Query<T>().Select(year).Distinct().ToListAsync(ct);
}

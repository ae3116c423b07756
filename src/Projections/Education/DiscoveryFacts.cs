using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.People;
using Marten;

namespace Hyeopchi.Projections.Education;

/// <summary>A resident-leader course the discovered person enrolled in, and whether they completed it.</summary>
public sealed record LeaderCourseEntry(Guid CourseId, int Year, string Title, DateOnly EnrolledOn, DateOnly? CompletedOn, DiscoveryStanding Standing);

/// <summary>주민 리더 후보: a discovered person, their discovery, and what came of it in resident-leader education.</summary>
public sealed record LeaderProspect(
    Guid PersonId,
    string Name,
    string? Organisation,
    DateOnly DiscoveredOn,
    Guid? DivisionId,
    string? Division,
    string? DiscoveredBy,
    string? Note,
    DateOnly? WithdrawnOn,
    string? WithdrawalReason,
    IReadOnlyList<LeaderCourseEntry> Courses)
{
    public bool Enrolled => Courses.Count > 0;

    public bool Completed => Courses.Any(c => c.CompletedOn is not null);
}

/// <summary>An enrolled person's discovery as a course reads it: the standing is decided by <see cref="LeaderDiscoveryDecisions.StandingOf"/>.</summary>
public sealed record ParticipantDiscovery(Guid PersonId, DateOnly? DiscoveredOn, string? DiscoveredBy, DiscoveryStanding? Standing)
{
    public bool Flagged => LeaderDiscoveryDecisions.IsFlagged(Standing);
}

/// <summary>
/// Discoveries are folded into the person's own document (<see cref="Person.Discovery"/>), so an
/// erasure that masks the person's name masks it here too; the enrolments come from
/// <see cref="PersonCourse"/>. Nothing is refused from these facts: they say what to look at.
/// </summary>
public static class DiscoveryFacts
{
    /// <summary>Every discovered person (withdrawn discoveries included, marked), by discovery date; <paramref name="year"/> keeps the discoveries of that year.</summary>
    public static async Task<IReadOnlyList<LeaderProspect>> ProspectsAsync(IQuerySession session, int? year, CancellationToken ct)
    {
        var people = (await session.Query<Person>().Where(p => p.Discovery != null).ToListAsync(ct))
            .Where(p => year is null || p.Discovery!.On.Year == year)
            .ToList();
        var ids = people.Select(p => p.Id).ToArray();
        var courses = ids.Length == 0
            ? []
            : await session.Query<PersonCourse>().Where(c => c.PersonId.IsOneOf(ids) && c.Kind == CourseKind.LeaderEducation).ToListAsync(ct);
        return people
            .Select(p => Prospect(p, courses.Where(c => c.PersonId == p.Id)))
            .OrderBy(p => p.DiscoveredOn).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One person's discovery, or null when they were never discovered.</summary>
    public static async Task<LeaderProspect?> ProspectAsync(IQuerySession session, Guid personId, CancellationToken ct)
    {
        if (await session.LoadAsync<Person>(personId, ct) is not { Discovery: not null } person) return null;
        var courses = await session.Query<PersonCourse>().Where(c => c.PersonId == personId && c.Kind == CourseKind.LeaderEducation).ToListAsync(ct);
        return Prospect(person, courses);
    }

    /// <summary>Each participant's discovery and standing in <paramref name="course"/> (standing null for monitoring-group training).</summary>
    public static async Task<IReadOnlyList<ParticipantDiscovery>> ParticipantsAsync(IQuerySession session, CourseView course, CancellationToken ct)
    {
        var ids = course.Participants.Select(p => p.PersonId).Distinct().ToArray();
        var people = ids.Length == 0 ? [] : (await session.LoadManyAsync<Person>(ct, ids)).ToDictionary(p => p.Id);
        return course.Participants.Select(p =>
        {
            var discovery = people.GetValueOrDefault(p.PersonId)?.Discovery;
            var live = discovery is { IsWithdrawn: false } ? discovery : null;
            return new ParticipantDiscovery(p.PersonId, live?.On, live?.DivisionName ?? live?.DiscoveredBy,
                LeaderDiscoveryDecisions.StandingOf(course.Kind, discovery, p.EnrolledOn));
        }).ToList();
    }

    private static LeaderProspect Prospect(Person person, IEnumerable<PersonCourse> courses)
    {
        var d = person.Discovery!;
        return new LeaderProspect(
            person.Id, person.Name, person.Organisation, d.On, d.DivisionId, d.DivisionName, d.DiscoveredBy, d.Note, d.WithdrawnOn, d.WithdrawalReason,
            courses.OrderBy(c => c.EnrolledOn).ThenBy(c => c.CourseId)
                .Select(c => new LeaderCourseEntry(c.CourseId, c.Year, c.Title, c.EnrolledOn, c.CompletedOn,
                    LeaderDiscoveryDecisions.StandingOf(CourseKind.LeaderEducation, d, c.EnrolledOn)!.Value))
                .ToList());
    }
}

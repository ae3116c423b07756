using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Meetings;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Host.Workshops;
using Hyeopchi.Projections.Meetings;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Meetings;

/// <summary>정기 회의: a regular meeting of a division (or of the network), its participants as they were that day, and its minutes.</summary>
[Command("/api/meetings", "holdMeeting", Roles.Commanders)]
public sealed record HoldMeeting(Guid? DivisionId, MeetingKind? Kind, IReadOnlyList<Guid>? Participants, string? Minutes, DateOnly? On) : ICommand
{
    public void Check(Checks checks) => checks
        .Defined("kind", Kind)
        .That(DivisionId != Guid.Empty, "divisionId", "빈 id입니다. (empty id)")
        .Participants(Participants)
        .Text("minutes", Minutes, Checks.MaxLongTextLength, required: false);
}

public sealed record MeetingContext(IReadOnlyList<Participant> Participants, string? DivisionName);

public static class HoldMeetingHandler
{
    public static async Task<MeetingContext> LoadAsync(HoldMeeting command, IQuerySession session, BusinessCalendar calendar, CancellationToken ct)
    {
        var division = await Attendance.DivisionAsync(session, command.DivisionId, ct);
        var participants = await Attendance.ParticipantsAsync(session, command.Participants!, calendar.DateOf(command.On), ct);
        return new MeetingContext(participants, division?.Name);
    }

    public static (StreamCreated, IStartStream) Handle(HoldMeeting command, MeetingContext context, BusinessCalendar calendar)
    {
        var id = Guid.CreateVersion7();
        var events = MeetingDecisions.Hold(id, command.DivisionId, context.DivisionName, context.Participants, command.Minutes?.Trim(), calendar.DateOf(command.On)).EventsOrThrow();
        return (StreamCreated.At("/api/meetings", id), MartenOps.StartStream<MeetingView>(id, events.ToArray()));
    }
}

public static class MeetingQueries
{
    [Authorize]
    [ProducesResponseType<MeetingView>(StatusCodes.Status200OK)]
    [WolverineGet("/api/meetings/{id}", OperationId = "getMeeting")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<MeetingView>(id, ct) is { } meeting
            ? Results.Ok(meeting)
            : Results.Problem(Problems.NotFound($"No meeting has the id {id}."));

    /// <summary>Regular meetings, oldest first, of one division and/or one calendar year when given.</summary>
    [Authorize]
    [WolverineGet("/api/meetings", OperationId = "listMeetings")]
    public static async Task<IReadOnlyList<MeetingView>> List(Guid? divisionId, int? year, IQuerySession session, CancellationToken ct)
    {
        IQueryable<MeetingView> query = session.Query<MeetingView>();
        if (divisionId is { } division) query = query.Where(m => m.DivisionId == division);
        if (year is { } y) query = query.Where(m => m.Year == y);
        var meetings = await query.ToListAsync(ct);
        return meetings.OrderBy(m => m.On).ThenBy(m => m.Id).ToList();
    }
}

using Hyeopchi.Domain.Common;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Admin;

/// <summary>What a form post came to: done, field errors (400), a refused rule (409), a conflict, or not found.</summary>
public sealed record Outcome(
    bool Succeeded,
    IReadOnlyDictionary<string, string[]> FieldErrors,
    Refusal? Refusal = null,
    string? Problem = null,
    string? CreatedId = null,
    int Status = StatusCodes.Status409Conflict)
{
    public static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static Outcome Done(string? createdId = null) => new(true, NoErrors, CreatedId: createdId);

    public static Outcome Invalid(IReadOnlyDictionary<string, string[]> errors) => new(false, errors, Status: StatusCodes.Status400BadRequest);

    public static Outcome Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static Outcome Refused(Refusal refusal) => new(false, NoErrors, refusal);

    public static Outcome Failed(string problem) => new(false, NoErrors, Problem: problem);

    /// <summary>Turns a problem (a query's, or what a command's failure stands for) into an outcome; null means go on.</summary>
    public static Outcome? From(ProblemDetails problem) => problem switch
    {
        _ when ReferenceEquals(problem, WolverineContinue.NoProblems) => null,
        HttpValidationProblemDetails invalid => Invalid(invalid.Errors.ToDictionary()),
        _ => Failed(problem.Detail ?? problem.Title ?? "요청을 처리할 수 없습니다.") with { Status = problem.Status ?? StatusCodes.Status409Conflict },
    };

    public string? ErrorFor(string field) =>
        FieldErrors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}

/// <summary>
/// The web admin's entrance to <see cref="CommandDoor"/>: a form post sends the same command record
/// the API binds, through the same door (roles, field checks, expected version, the one handler),
/// and gets back what the page shows: done (with the id of a record it started), the fields that
/// failed, the rule that refused, or a conflict. What the door warns about once the command is
/// recorded (a business date on a public holiday) is shown by the next page (<see cref="WarningKey"/>).
/// </summary>
public sealed class AdminCommands(CommandDoor door, ILogger<AdminCommands> logger)
{
    /// <param name="expectedVersion">The version of the record the form was shown with (its hidden field), when the form carries one.</param>
    public async Task<Outcome> SendAsync(HttpContext http, ICommand command, long? expectedVersion = null)
    {
        try
        {
            using var warnings = CommandWarnings.Listen();
            var answer = await door.SendAsync(Caller.Of(http), command, expectedVersion, http.RequestAborted);
            Warn(http, warnings.Warnings);
            return Outcome.Done((answer as StreamCreated)?.Id);
        }
        catch (RuleRefusedException refused)
        {
            return Outcome.Refused(refused.Refusal);
        }
        catch (Exception e) when (Problems.For(e) is { Status: not StatusCodes.Status503ServiceUnavailable } problem)
        {
            logger.LogDebug(e, "A form post was not recorded: {Status}", problem.Status);
            return Outcome.From(problem) ?? Outcome.Failed("요청을 처리할 수 없습니다.");
        }
    }

    /// <summary>The key under which the next page shown (after the form's redirect) finds what the door warned about.</summary>
    public const string WarningKey = "hyeopchi.warning";

    /// <summary>Keeps the door's warnings for the page the form goes back to, which the layout shows once.</summary>
    private static void Warn(HttpContext http, IReadOnlyList<CommandWarning> warnings)
    {
        if (warnings.Count == 0) return;
        var next = http.RequestServices.GetRequiredService<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionaryFactory>().GetTempData(http);
        next[WarningKey] = string.Join(" ", warnings.Select(w => w.Text));
    }
}

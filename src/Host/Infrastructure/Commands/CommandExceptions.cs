namespace Hyeopchi.Host.Infrastructure.Commands;

/// <summary>The command's fields failed their checks: 400 with each field's messages.</summary>
public sealed class InvalidCommandException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The command is invalid: " + string.Join(", ", errors.Keys))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static InvalidCommandException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>A record the command names does not exist: 404.</summary>
public sealed class UnknownRecordException(string what) : Exception(what);

/// <summary>The caller's roles may not run this command: 403.</summary>
public sealed class CommandForbiddenException(string command) : Exception($"The caller's roles may not run {command}.");

/// <summary>
/// A rule of the plan forbids this caller the command (403 naming the rule): e.g. a monitor acts
/// only for the years they are appointed to, and only as themselves (R7).
/// </summary>
public sealed class RuleForbiddenException(string rule, string detail) : Exception(detail)
{
    public string Rule { get; } = rule;
}

/// <summary>A command's outcome already stated as a problem by a function that other callers (the command-line verbs) share.</summary>
public sealed class ProblemException(Microsoft.AspNetCore.Mvc.ProblemDetails problem) : Exception(problem.Title)
{
    public Microsoft.AspNetCore.Mvc.ProblemDetails Problem { get; } = problem;
}

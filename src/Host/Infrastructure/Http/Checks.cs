using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Infrastructure.Http;

/// <summary>Collects field errors of a command; none means the command may go on.</summary>
public sealed class Checks
{
    public const int MaxTextLength = 200;
    public const int MaxLongTextLength = 20_000;

    /// <summary>A whole document (the bylaws): it still fits the request body limit in Korean's three bytes a character.</summary>
    public const int MaxDocumentLength = 200_000;

    private readonly Dictionary<string, List<string>> _errors = new();

    public Checks Text(string field, string? value, int maxLength = MaxTextLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, "값을 입력하세요. (required)");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"{maxLength}자 이하로 입력하세요. (at most {maxLength} characters)");
        }
        else if (!IsStorableText(value))
        {
            Add(field, "제어 문자나 깨진 문자는 쓸 수 없습니다. (no control characters or broken Unicode)");
        }

        return this;
    }

    /// <summary>Text PostgreSQL can store and people can read: no NUL or other control characters but tab and newlines, no lone surrogates.</summary>
    public static bool IsStorableText(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) return false;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    public Checks Required<T>(string field, T? value) where T : struct
    {
        if (value is null) Add(field, "값을 입력하세요. (required)");
        return this;
    }

    public Checks NotEmpty(string field, Guid? value)
    {
        if (value is null || value == Guid.Empty) Add(field, "값을 입력하세요. (required)");
        return this;
    }

    public Checks Defined<TEnum>(string field, TEnum? value, bool required = true) where TEnum : struct, Enum
    {
        if (value is null)
        {
            if (required) Add(field, $"값을 입력하세요: {string.Join(", ", Names<TEnum>())}. (required)");
        }
        else if (!Enum.IsDefined(value.Value))
        {
            Add(field, $"허용되지 않는 값입니다: {string.Join(", ", Names<TEnum>())}.");
        }

        return this;
    }

    public Checks Range(string field, int? value, int min, int max, bool required = true)
    {
        if (value is null)
        {
            if (required) Add(field, "값을 입력하세요. (required)");
        }
        else if (value < min || value > max)
        {
            Add(field, $"{min}에서 {max} 사이여야 합니다. (between {min} and {max})");
        }

        return this;
    }

    public Checks That(bool condition, string field, string message)
    {
        if (!condition) Add(field, message);
        return this;
    }

    /// <summary>For a command: throws <see cref="Commands.InvalidCommandException"/> (400) when any field failed.</summary>
    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0) throw new Commands.InvalidCommandException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    public ProblemDetails Result() => _errors.Count == 0
        ? WolverineContinue.NoProblems
        : Problems.Invalid(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

    private void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
    }

    private static IEnumerable<string> Names<TEnum>() where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]);
}

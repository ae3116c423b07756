using System.Globalization;

namespace Hyeopchi.Host.Admin;

/// <summary>How the pages read and write form values: enum values as the API names them, dates, ids, numbers.</summary>
public static class FormValues
{
    /// <summary>The name an enum value has in the API's JSON (camelCase), used as form values.</summary>
    public static string Wire<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static bool TryParse<TEnum>(string? text, out TEnum? value) where TEnum : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (int.TryParse(text, out _) || !Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed)) return false;
        value = parsed;
        return true;
    }

    public static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        date = parsed;
        return true;
    }

    /// <summary>Ids from a multi-select or checkboxes; false when one is not an id.</summary>
    public static bool TryParseIds(IEnumerable<string>? texts, out List<Guid> ids)
    {
        ids = [];
        foreach (var text in texts ?? [])
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (!Guid.TryParse(text, out var id)) return false;
            ids.Add(id);
        }

        return true;
    }

    public static bool TryParseInt(string? text, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!int.TryParse(text.Trim(), out var parsed)) return false;
        value = parsed;
        return true;
    }
}

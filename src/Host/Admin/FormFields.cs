namespace Hyeopchi.Host.Admin;

// The fields the admin forms share, each shown by its partial under Pages/Shared: a label, the input,
// and the message of its field when the form failed (with the aria attributes that point to it).

/// <summary>A date field: by default the "date (blank for today)" field every form has; shown by the partial <c>_DateField</c>.</summary>
public sealed record DateField(AdminPage Page, string Form, string Name, string Id, string? Value, string Label = "날짜 (비우면 오늘)", string Field = "on");

/// <summary>The "choose a registered person" field of a form, shown by the partial <c>_PersonField</c>.</summary>
public sealed record PersonField(AdminPage Page, string Form, string Name, string Id, string? Value, IReadOnlyList<Domain.People.Person> People, string Label = "참여자");

/// <summary>A field that chooses one of <paramref name="Choices"/> (value and Korean text), shown by the partial <c>_ChoiceField</c>.</summary>
public sealed record ChoiceField(AdminPage Page, string Form, string Name, string Id, string Field, string? Value, string Label,
    IEnumerable<(string Value, string Text)> Choices, string? Blank = "고르세요")
{
    /// <summary>Every value of <typeparamref name="TEnum"/>, as the wire names it, with its Korean label.</summary>
    public static IEnumerable<(string Value, string Text)> Of<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(e => (FormValues.Wire(e), Korean.Label(e)));
}

/// <summary>A text field (a textarea of <paramref name="Rows"/> rows when given; a number or address by <paramref name="Type"/>), shown by the partial <c>_TextField</c>.</summary>
public sealed record TextField(AdminPage Page, string Form, string Name, string Id, string Field, string? Value, string Label,
    int? Rows = null, int? MaxLength = null, string? InputMode = null, string? Type = null, int? Min = null, int? Max = null);

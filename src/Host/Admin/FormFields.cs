namespace Hyeopchi.Host.Admin;

// The fields the admin forms share, each shown by its partial under Pages/Shared: a label, the input,
// and the message of its field when the form failed (with the aria attributes that point to it).

/// <summary>
/// A date field: by default the "date (blank for today)" field every form has, optionally bounded by
/// <paramref name="Min"/> and <paramref name="Max"/>; shown by the partial <c>_DateField</c>.
/// </summary>
public sealed record DateField(AdminPage Page, string Form, string Name, string Id, string? Value, string Label = "날짜 (비우면 오늘)", string Field = "on",
    DateOnly? Min = null, DateOnly? Max = null)
{
    /// <summary>A bound as the date input takes it (yyyy-MM-dd).</summary>
    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The "choose a registered person" field of a form, shown by the partial <c>_PersonField</c>.</summary>
public sealed record PersonField(AdminPage Page, string Form, string Name, string Id, string? Value, IReadOnlyList<Domain.People.Person> People, string Label = "참여자");

/// <summary>
/// A field that chooses one of <paramref name="Choices"/> (value and Korean text), shown by the partial <c>_ChoiceField</c>;
/// or, given <paramref name="Chosen"/>, any number of them (a list of <paramref name="Size"/> rows).
/// </summary>
public sealed record ChoiceField(AdminPage Page, string Form, string Name, string Id, string Field, string? Value, string Label,
    IEnumerable<(string Value, string Text)> Choices, string? Blank = "고르세요", IReadOnlyCollection<string>? Chosen = null, int Size = 5)
{
    /// <summary>Whether <paramref name="value"/> is chosen (the one value, or one of those chosen).</summary>
    public bool Selected(string value) => Chosen?.Contains(value) ?? Value == value;

    /// <summary>Every registered person, as a form chooses them.</summary>
    public static IEnumerable<(string Value, string Text)> Of(IEnumerable<Domain.People.Person> people) =>
        people.Select(p => (p.Id.ToString(), Korean.Person(p)));

    /// <summary>Every value of <typeparamref name="TEnum"/>, as the wire names it, with its Korean label.</summary>
    public static IEnumerable<(string Value, string Text)> Of<TEnum>() where TEnum : struct, Enum =>
        Of(Enum.GetValues<TEnum>());

    /// <summary>The values <paramref name="values"/> of <typeparamref name="TEnum"/>, as the wire names them, with their Korean labels.</summary>
    public static IEnumerable<(string Value, string Text)> Of<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, Enum =>
        values.Select(e => (FormValues.Wire(e), Korean.Label(e)));
}

/// <summary>
/// A text field (a textarea of <paramref name="Rows"/> rows when given; a number, address or password by <paramref name="Type"/>),
/// shown by the partial <c>_TextField</c>; the other options are the input's attributes of the same names.
/// </summary>
public sealed record TextField(AdminPage Page, string Form, string Name, string Id, string Field, string? Value, string Label,
    int? Rows = null, int? MaxLength = null, string? InputMode = null, string? Type = null, int? Min = null, int? Max = null,
    string? Placeholder = null, string? AutoComplete = null);

/// <summary>
/// Checkboxes choosing any of <paramref name="Choices"/> (value and text), those in <paramref name="Chosen"/> ticked, under
/// <paramref name="Legend"/>; shown by the partial <c>_CheckField</c> (the field's message points to <paramref name="Id"/>, given one).
/// </summary>
public sealed record CheckField(AdminPage Page, string Form, string Name, string Field, string Legend,
    IEnumerable<(string Value, string Text)> Choices, IReadOnlyCollection<string> Chosen, string? Id = null);

/// <summary>
/// The participants of a meeting or workshop: a checkbox for each registered person (<c>participant-{id}</c>), those in
/// <paramref name="Chosen"/> ticked; shown by the partial <c>_ParticipantsField</c>.
/// </summary>
public sealed record ParticipantsField(AdminPage Page, string Form, string Name, IReadOnlyList<Domain.People.Person> People, IReadOnlyCollection<string> Chosen);

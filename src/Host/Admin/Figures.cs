using System.Globalization;

namespace Hyeopchi.Host.Admin;

/// <summary>
/// How a score, a mean, a scale bound or a change is shown on every page: always one decimal
/// ("42.8", "+8.0", "-3.5"), so that figures in one table line up and read alike. Exports keep the
/// exact numbers as typed cells; only what is read on a page or on paper goes through here.
/// </summary>
public static class Figures
{
    private const string OneDecimal = "0.0";

    public const string None = "—";

    public static string Score(decimal value) => Rounded(value).ToString(OneDecimal, CultureInfo.InvariantCulture);

    public static string Score(decimal? value) => value is { } v ? Score(v) : None;

    /// <summary>A difference from the year before, signed so that a rise and a fall read apart; none for a first year.</summary>
    public static string Change(decimal? change) => change is not { } c ? None
        : Rounded(c) switch
        {
            > 0 => "+" + Score(c),
            0 => Score(0m),
            _ => Score(c),
        };

    /// <summary>Half away from zero, as people round by hand (42.75 is 42.8); a change too small to show is 0.0, never "-0.0".</summary>
    private static decimal Rounded(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero) is var r && r == 0 ? 0m : r;
}

using Hyeopchi.Host.Admin;

namespace Hyeopchi.Host.Tests.Admin;

public class FiguresTests
{
    [Theory]
    [InlineData("42.75", "42.8")]
    [InlineData("42", "42.0")]
    [InlineData("3.25", "3.3")]
    [InlineData("-3.25", "-3.3")]
    [InlineData("0", "0.0")]
    public void A_score_shows_one_decimal_rounded_half_away_from_zero(string value, string shown) =>
        Assert.Equal(shown, Figures.Score(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("8", "+8.0")]
    [InlineData("3.5", "+3.5")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("0.04", "0.0")]
    [InlineData("-0.04", "0.0")]
    public void A_change_is_signed_with_one_decimal(string value, string shown) =>
        Assert.Equal(shown, Figures.Change(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_first_year_has_no_change() => Assert.Equal(Figures.None, Figures.Change(null));
}

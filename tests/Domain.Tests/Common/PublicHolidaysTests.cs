using System.Globalization;
using Hyeopchi.Domain.Common;

namespace Hyeopchi.Domain.Tests.Common;

/// <summary>The Korean public holidays are public facts: these are the published dates.</summary>
public class PublicHolidaysTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every substitute holiday (대체공휴일) from 2018 to 2035, as published and as the rules give them.</summary>
    private static readonly string[] Substitutes =
    [
        "2018-05-07", "2018-09-26", "2019-05-06", "2020-01-27", "2021-08-16", "2021-10-04", "2021-10-11", "2022-09-12",
        "2022-10-10", "2023-01-24", "2023-05-29", "2024-02-12", "2024-05-06", "2025-03-03", "2025-05-06", "2025-10-08",
        "2026-03-02", "2026-05-25", "2026-08-17", "2026-10-05", "2027-02-09", "2027-07-19", "2027-08-16", "2027-10-04",
        "2027-10-11", "2027-12-27", "2028-10-05", "2029-05-07", "2029-05-21", "2029-09-24", "2030-02-05", "2030-05-06",
        "2031-03-03", "2032-05-17", "2032-07-19", "2032-08-16", "2032-09-21", "2032-10-04", "2032-10-11", "2032-12-27",
        "2033-02-02", "2033-07-18", "2033-10-10", "2033-12-26", "2034-02-21", "2035-05-07", "2035-09-18",
    ];

    [Fact]
    public void The_substitute_holidays_are_exactly_the_published_ones()
    {
        var computed = Enumerable.Range(PublicHolidays.FirstYear, PublicHolidays.LastYear - PublicHolidays.FirstYear + 1)
            .SelectMany(PublicHolidays.In)
            .Where(h => h.Name.Contains("대체공휴일"))
            .Select(h => h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ToList();

        Assert.Equal(Substitutes, computed);
    }

    [Theory]
    // 설날: the day before, the day, the day after.
    [InlineData("2024-02-09", "설날 연휴")]
    [InlineData("2024-02-10", "설날")]
    [InlineData("2024-02-11", "설날 연휴")]
    [InlineData("2024-02-12", "설날 대체공휴일")]
    [InlineData("2025-01-28", "설날 연휴")]
    [InlineData("2025-01-29", "설날")]
    [InlineData("2025-01-30", "설날 연휴")]
    [InlineData("2026-02-16", "설날 연휴")]
    [InlineData("2026-02-17", "설날")]
    [InlineData("2026-02-18", "설날 연휴")]
    [InlineData("2027-02-07", "설날")]
    // 추석
    [InlineData("2024-09-16", "추석 연휴")]
    [InlineData("2024-09-17", "추석")]
    [InlineData("2024-09-18", "추석 연휴")]
    [InlineData("2025-10-06", "추석")]
    [InlineData("2025-10-08", "추석 대체공휴일")]
    [InlineData("2026-09-24", "추석 연휴")]
    [InlineData("2026-09-25", "추석")]
    [InlineData("2026-09-26", "추석 연휴")]
    [InlineData("2028-10-03", "개천절 · 추석")]
    [InlineData("2028-10-05", "개천절 대체공휴일")]
    // 부처님오신날
    [InlineData("2018-05-22", "부처님오신날")]
    [InlineData("2024-05-15", "부처님오신날")]
    [InlineData("2025-05-05", "어린이날 · 부처님오신날")]
    [InlineData("2025-05-06", "어린이날 대체공휴일")]
    [InlineData("2026-05-24", "부처님오신날")]
    [InlineData("2026-05-25", "부처님오신날 대체공휴일")]
    // Solar holidays
    [InlineData("2024-01-01", "신정")]
    [InlineData("2025-03-01", "3·1절")]
    [InlineData("2024-06-06", "현충일")]
    [InlineData("2025-06-06", "현충일")]
    [InlineData("2026-07-17", "제헌절")]
    [InlineData("2024-08-15", "광복절")]
    [InlineData("2025-10-03", "개천절")]
    [InlineData("2025-10-09", "한글날")]
    [InlineData("2024-12-25", "기독탄신일")]
    // Election days and temporary holidays
    [InlineData("2024-04-10", "제22대 국회의원선거")]
    [InlineData("2025-06-03", "제21대 대통령선거")]
    [InlineData("2026-06-03", "제9회 전국동시지방선거")]
    [InlineData("2024-10-01", "임시공휴일(국군의 날)")]
    [InlineData("2025-01-27", "임시공휴일")]
    [InlineData("2023-10-02", "임시공휴일")]
    public void A_public_holiday_is_named(string date, string name)
    {
        var holiday = PublicHolidays.On(D(date));

        Assert.NotNull(holiday);
        Assert.Equal(name, holiday!.Name);
        Assert.True(PublicHolidays.IsHoliday(D(date)));
        Assert.False(PublicHolidays.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2024-03-15")] // a Friday
    [InlineData("2025-07-17")] // 제헌절 was no public holiday from 2008 to 2025
    [InlineData("2019-05-13")] // 부처님오신날 on a Sunday before 2023 had no substitute
    [InlineData("2022-05-09")]
    [InlineData("2024-06-07")]
    [InlineData("2026-06-08")] // 현충일 on a Saturday has no substitute
    [InlineData("2021-02-15")] // 설날 on a Saturday has no substitute
    [InlineData("2026-09-28")] // nor 추석's day after on a Saturday
    public void An_ordinary_weekday_is_a_working_day(string date)
    {
        Assert.Null(PublicHolidays.On(D(date)));
        Assert.True(PublicHolidays.IsWorkingDay(D(date)));
    }

    [Fact]
    public void Weekends_are_no_working_days_but_no_public_holidays_either()
    {
        var saturday = D("2025-03-15");

        Assert.Null(PublicHolidays.On(saturday));
        Assert.False(PublicHolidays.IsWorkingDay(saturday));
        Assert.False(PublicHolidays.IsWorkingDay(saturday.AddDays(1)));
    }

    [Fact]
    public void Every_covered_year_has_its_fixed_and_lunar_holidays()
    {
        for (var year = PublicHolidays.FirstYear; year <= PublicHolidays.LastYear; year++)
        {
            var names = PublicHolidays.In(year).Select(h => h.Name).ToList();
            foreach (var name in new[] { "신정", "설날", "3·1절", "어린이날", "부처님오신날", "현충일", "광복절", "추석", "개천절", "한글날", "기독탄신일" })
                Assert.Contains(name, names);
            Assert.Equal(2, names.Count(n => n == "설날 연휴"));
            Assert.Equal(2, names.Count(n => n == "추석 연휴"));
            Assert.Equal(PublicHolidays.In(year).Select(h => h.Date).Order(), PublicHolidays.In(year).Select(h => h.Date));
        }
    }

    [Fact]
    public void Outside_the_table_only_the_fixed_solar_holidays_are_known()
    {
        Assert.False(PublicHolidays.Covers(2040));
        Assert.Equal("광복절", PublicHolidays.On(D("2040-08-15"))!.Name);
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicHolidays.In(2040));
    }
}

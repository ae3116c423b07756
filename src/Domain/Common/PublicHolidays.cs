namespace Hyeopchi.Domain.Common;

/// <summary>A public holiday of the Republic of Korea (관공서의 공휴일): its date and Korean name.</summary>
public sealed record PublicHoliday(DateOnly Date, string Name);

/// <summary>
/// Korean public holidays (「관공서의 공휴일에 관한 규정」, 「공휴일에 관한 법률」) from 2018 to 2035:
/// the solar ones (신정, 3·1절, 어린이날, 현충일, 제헌절 from 2026, 광복절, 개천절, 한글날, 기독탄신일),
/// the lunar ones from a table of their solar dates (설날 and 추석 with the days before and after,
/// 부처님오신날), the substitute holidays (대체공휴일) by the rules in force each year, and the
/// one-off days (election days, temporary holidays) that were declared. Sundays are days off, not
/// listed here. A business date on one of these days is suspicious, not wrong: the engine warns,
/// never refuses. Pure: no clock, no configuration.
/// </summary>
public static class PublicHolidays
{
    public const int FirstYear = 2018;
    public const int LastYear = 2035;

    /// <summary>The solar dates of 설날 (lunar 1/1), 부처님오신날 (lunar 4/8) and 추석 (lunar 8/15), by the Korean lunar calendar.</summary>
    private static readonly (int Year, (int M, int D) Seollal, (int M, int D) Buddha, (int M, int D) Chuseok)[] Lunar =
    [
        (2018, (2, 16), (5, 22), (9, 24)),
        (2019, (2, 5), (5, 12), (9, 13)),
        (2020, (1, 25), (4, 30), (10, 1)),
        (2021, (2, 12), (5, 19), (9, 21)),
        (2022, (2, 1), (5, 8), (9, 10)),
        (2023, (1, 22), (5, 27), (9, 29)),
        (2024, (2, 10), (5, 15), (9, 17)),
        (2025, (1, 29), (5, 5), (10, 6)),
        (2026, (2, 17), (5, 24), (9, 25)),
        (2027, (2, 7), (5, 13), (9, 15)),
        (2028, (1, 27), (5, 2), (10, 3)),
        (2029, (2, 13), (5, 20), (9, 22)),
        (2030, (2, 3), (5, 9), (9, 12)),
        (2031, (1, 23), (5, 28), (10, 1)),
        (2032, (2, 11), (5, 16), (9, 19)),
        (2033, (1, 31), (5, 6), (9, 8)),
        (2034, (2, 19), (5, 25), (9, 27)),
        (2035, (2, 8), (5, 15), (9, 16)),
    ];

    /// <summary>Election days (공직선거법 제34조) and temporary holidays (임시공휴일) declared for a single day.</summary>
    private static readonly (DateOnly Date, string Name)[] OneOff =
    [
        (new(2018, 6, 13), "제7회 전국동시지방선거"),
        (new(2020, 4, 15), "제21대 국회의원선거"),
        (new(2020, 8, 17), "임시공휴일"),
        (new(2022, 3, 9), "제20대 대통령선거"),
        (new(2022, 6, 1), "제8회 전국동시지방선거"),
        (new(2023, 10, 2), "임시공휴일"),
        (new(2024, 4, 10), "제22대 국회의원선거"),
        (new(2024, 10, 1), "임시공휴일(국군의 날)"),
        (new(2025, 1, 27), "임시공휴일"),
        (new(2025, 6, 3), "제21대 대통령선거"),
        (new(2026, 6, 3), "제9회 전국동시지방선거"),
        (new(2028, 4, 12), "제23대 국회의원선거"),
    ];

    private enum Substitute
    {
        None,
        SundayOrOverlap, // 설날, 추석 (since 2014)
        WeekendOrOverlap, // 어린이날 (since 2014); 3·1절, 광복절, 개천절, 한글날 (since 2021-08); 부처님오신날, 기독탄신일 (since 2023-05); 제헌절 (2026)
    }

    private sealed record Day(DateOnly Date, string Name, Substitute Rule, DateOnly BlockEnd);

    private static readonly DateOnly NationalDaysSubstituted = new(2021, 8, 4);
    private static readonly DateOnly BuddhaAndChristmasSubstituted = new(2023, 5, 4);

    private static readonly Dictionary<int, IReadOnlyList<PublicHoliday>> ByYear =
        Enumerable.Range(FirstYear, LastYear - FirstYear + 1).ToDictionary(y => y, Compute);

    private static readonly Dictionary<DateOnly, string> Names = ByYear.Values.SelectMany(x => x)
        .GroupBy(h => h.Date)
        .ToDictionary(g => g.Key, g => string.Join(" · ", g.Select(h => h.Name)));

    /// <summary>Whether the table knows every holiday of <paramref name="year"/> (outside it, only the fixed solar ones are known).</summary>
    public static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>The public holiday on <paramref name="date"/>, or null; two on one day are named together ("어린이날 · 부처님오신날").</summary>
    public static PublicHoliday? On(DateOnly date)
    {
        if (Covers(date.Year)) return Names.TryGetValue(date, out var name) ? new PublicHoliday(date, name) : null;
        var fixedDays = Solar(date.Year).Where(d => d.Date == date).Select(d => d.Name).ToList();
        return fixedDays.Count == 0 ? null : new PublicHoliday(date, string.Join(" · ", fixedDays));
    }

    public static bool IsHoliday(DateOnly date) => On(date) is not null;

    /// <summary>A weekday that is no public holiday: the days the network's meetings and workshops are held on.</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>Every public holiday of a year the table covers, in date order.</summary>
    public static IReadOnlyList<PublicHoliday> In(int year) =>
        ByYear.TryGetValue(year, out var holidays)
            ? holidays
            : throw new ArgumentOutOfRangeException(nameof(year), year, $"The holiday table covers {FirstYear}–{LastYear}.");

    private static IEnumerable<Day> Solar(int year)
    {
        Day D(int m, int d, string name, Substitute rule = Substitute.None) => new(new DateOnly(year, m, d), name, rule, new DateOnly(year, m, d));
        var national = new DateOnly(year, 12, 31) >= NationalDaysSubstituted ? Substitute.WeekendOrOverlap : Substitute.None;
        var christmas = new DateOnly(year, 12, 25) >= BuddhaAndChristmasSubstituted ? Substitute.WeekendOrOverlap : Substitute.None;
        yield return D(1, 1, "신정");
        yield return D(3, 1, "3·1절", year >= 2022 ? Substitute.WeekendOrOverlap : Substitute.None);
        yield return D(5, 5, "어린이날", Substitute.WeekendOrOverlap);
        yield return D(6, 6, "현충일");
        if (year >= 2026) yield return D(7, 17, "제헌절", Substitute.WeekendOrOverlap);
        yield return D(8, 15, "광복절", national);
        yield return D(10, 3, "개천절", national);
        yield return D(10, 9, "한글날", national);
        yield return D(12, 25, "기독탄신일", christmas);
    }

    private static IReadOnlyList<PublicHoliday> Compute(int year)
    {
        var lunar = Lunar.Single(l => l.Year == year);
        var seollal = new DateOnly(year, lunar.Seollal.M, lunar.Seollal.D);
        var chuseok = new DateOnly(year, lunar.Chuseok.M, lunar.Chuseok.D);
        var buddha = new DateOnly(year, lunar.Buddha.M, lunar.Buddha.D);

        var days = Solar(year).ToList();
        days.Add(new Day(seollal.AddDays(-1), "설날 연휴", Substitute.SundayOrOverlap, seollal.AddDays(1)));
        days.Add(new Day(seollal, "설날", Substitute.SundayOrOverlap, seollal.AddDays(1)));
        days.Add(new Day(seollal.AddDays(1), "설날 연휴", Substitute.SundayOrOverlap, seollal.AddDays(1)));
        days.Add(new Day(buddha, "부처님오신날", buddha >= BuddhaAndChristmasSubstituted ? Substitute.WeekendOrOverlap : Substitute.None, buddha));
        days.Add(new Day(chuseok.AddDays(-1), "추석 연휴", Substitute.SundayOrOverlap, chuseok.AddDays(1)));
        days.Add(new Day(chuseok, "추석", Substitute.SundayOrOverlap, chuseok.AddDays(1)));
        days.Add(new Day(chuseok.AddDays(1), "추석 연휴", Substitute.SundayOrOverlap, chuseok.AddDays(1)));
        days.AddRange(OneOff.Where(o => o.Date.Year == year).Select(o => new Day(o.Date, o.Name, Substitute.None, o.Date)));

        // A day off lost to a Sunday (설날, 추석: Sundays only), a Saturday or another holiday comes
        // back on the first weekday after the holiday (after the three days of 설날 or 추석) that is no
        // holiday and no substitute already: one per day lost.
        var taken = days.Select(d => d.Date).ToHashSet();
        var substitutes = new List<Day>();
        foreach (var sameDay in days.GroupBy(d => d.Date).OrderBy(g => g.Key))
        {
            var date = sameDay.Key;
            var qualifying = sameDay.Where(d => d.Rule != Substitute.None).ToList();
            if (qualifying.Count == 0) continue;
            var lost = date.DayOfWeek switch
            {
                DayOfWeek.Sunday => qualifying.Count,
                DayOfWeek.Saturday => qualifying.Count(d => d.Rule == Substitute.WeekendOrOverlap),
                _ => sameDay.Count() - 1,
            };
            foreach (var holiday in qualifying.Take(lost))
            {
                var substitute = holiday.BlockEnd.AddDays(1);
                while (substitute.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || taken.Contains(substitute)) substitute = substitute.AddDays(1);
                taken.Add(substitute);
                var name = holiday.Name.Replace(" 연휴", "", StringComparison.Ordinal);
                substitutes.Add(new Day(substitute, $"{name} 대체공휴일", Substitute.None, substitute));
            }
        }

        return days.Concat(substitutes)
            .OrderBy(d => d.Date)
            .Select(d => new PublicHoliday(d.Date, d.Name))
            .ToList();
    }
}

using System.Reflection;
using System.Text.RegularExpressions;
using Hyeopchi.Domain.Common;
using Hyeopchi.Host.Admin;

namespace Hyeopchi.Host.Tests.Words;

/// <summary>Every value the engine shows and every refusal it gives has its Korean words in Admin/Korean.cs.</summary>
public partial class KoreanTests
{
    private static readonly Assembly[] Sources = [typeof(Decision).Assembly, typeof(Projections.Monitoring.ComparisonOrder).Assembly];

    public static TheoryData<string> Enums() =>
        [.. Sources.SelectMany(a => a.GetTypes()).Where(t => t.IsEnum && t.IsPublic).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_value_of_a_public_enum_of_the_Domain_and_the_projections_has_Korean_text(string type)
    {
        var values = Enum.GetValues(Sources.Select(a => a.GetType(type)).Single(t => t is not null)!).Cast<Enum>();

        var missing = values.Where(v => !Korean.HasLabel(v)).ToList();
        Assert.True(missing.Count == 0, $"No Korean text for {type}: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_refusal_code_has_a_Korean_sentence_and_an_English_one_that_name_the_same_facts()
    {
        foreach (var code in Enum.GetValues<RefusalCode>())
        {
            var (korean, english) = Korean.RefusalText(code) ?? throw new Xunit.Sdk.XunitException($"{code} has no Korean text");
            Assert.True(Hangul().IsMatch(korean), $"{code}: \"{korean}\" is not Korean");
            Assert.False(Hangul().IsMatch(english), $"{code}: \"{english}\" is not English");
            Assert.Equal(Facts(english), Facts(korean));
        }
    }

    [Fact]
    public void A_refusal_reads_in_Korean_on_a_page_and_Korean_then_English_in_the_API()
    {
        var refusal = new Refusal("R8", RefusalCode.TaskClosed, Domain.StrategicTasks.StrategicTaskStatus.Dropped, Act.ReportProgress);

        Assert.Equal("과제가 중단 상태여서 더 이상 진행 보고할 수 없습니다.", Korean.Refusal(refusal));
        Assert.Equal("과제가 중단 상태여서 더 이상 진행 보고할 수 없습니다. (The task is dropped: nobody can report progress any more.)", Korean.RefusalDetail(refusal));
        Assert.Equal("taskClosed", Korean.RefusalCodeName(refusal.Code));
    }

    [Fact]
    public void Dates_read_as_Korean_dates_in_Korean_and_as_ISO_dates_in_English()
    {
        var refusal = new Refusal("R10", RefusalCode.TaskAlreadyWithdrawn, new DateOnly(2028, 3, 2));

        Assert.Equal("과제는 2028년 3월 2일에 이미 철회되었습니다. (The task was already withdrawn on 2028-03-02.)", Korean.RefusalDetail(refusal));
    }

    private static SortedSet<string> Facts(string template) => [.. Placeholder().Matches(template).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\uAC00-\uD7A3]")]
    private static partial Regex Hangul();
}

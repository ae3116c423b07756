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

    [Fact]
    public void Every_condition_code_has_Korean_text_with_its_English()
    {
        var missing = Enum.GetValues<ConditionCode>().Where(code => !Korean.HasLabel(code)).ToList();
        Assert.True(missing.Count == 0, $"No Korean text for the conditions {string.Join(", ", missing)}");
    }

    [Fact]
    public void A_condition_reads_Korean_then_English_with_its_facts_and_its_listed_items()
    {
        Assert.Equal("주민자치회 확대 (성북구청 자치행정과): 상주 인력 없음 (no on-site staff)",
            Korean.Condition(Condition.Of(ConditionCode.ExhibitWithoutStaff, "주민자치회 확대", "성북구청 자치행정과")));
        Assert.Equal("민간 회원 단체 3곳 이상 (at least 3 civil member organisations; now 2)",
            Korean.Condition(Condition.Of(ConditionCode.GateCivilMemberOrganisations, 3, 2)));
        Assert.Equal("마을 축제 (마을넷): 2028-03-07, 2028-03-08 상주 인력 없음 (no on-site staff for the whole day)",
            Korean.Condition(Condition.Listing(ConditionCode.ExhibitUnstaffedDays, [new DateOnly(2028, 3, 7), new DateOnly(2028, 3, 8)], "마을 축제", "마을넷")));
        Assert.Equal("분과 민/관 워크숍 2027-09-03, 2027-10-01, 실무국 복지정책과, 행정 실무진 참여 (working-level administration of the counterpart department attended)",
            Korean.Condition(new Condition(ConditionCode.DivisionCivilGovernmentWithWorkingLevel, ["2", "2027-09-03", "2027-10-01", "복지정책과"])));
        Assert.Equal("의회 위원 (a council member)", Korean.Condition(Condition.Of(ConditionCode.TaskForceSectorMember, Domain.Common.Sector.Council)));
        Assert.Equal("평가 대상 분과의 전략 과제 (the task belongs to division 0196a1b2-0000-7000-8000-000000000001; it belongs to no division)",
            Korean.Condition(Condition.Of(ConditionCode.EvaluatedTaskOfDivision, Guid.Parse("0196a1b2-0000-7000-8000-000000000001"), null)));
    }

    [Fact]
    public void A_stage_advance_says_its_gate_conditions_and_one_recorded_before_they_were_codes_keeps_its_sentences()
    {
        var division = Guid.Parse("0196a1b2-0000-7000-8000-000000000001");
        var on = new DateOnly(2027, 3, 15);
        var now = new Domain.Divisions.DivisionStageAdvanced(division, Domain.Divisions.Stage.InternalOrganisation, Domain.Divisions.Stage.CivilGovernmentCooperation,
            null, [], on, [Condition.Of(ConditionCode.GateChairAppointed)]);
        var before = new Domain.Divisions.DivisionStageAdvanced(division, Domain.Divisions.Stage.InternalOrganisation, Domain.Divisions.Stage.CivilGovernmentCooperation,
            null, ["분과장이 선임됨"], on);

        Assert.Equal(["분과장이 선임됨 (a chair is appointed)"], Korean.GateMet(now));
        Assert.Equal(["분과장이 선임됨"], Korean.GateMet(before));
    }

    private static SortedSet<string> Facts(string template) => [.. Placeholder().Matches(template).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\uAC00-\uD7A3]")]
    private static partial Regex Hangul();
}

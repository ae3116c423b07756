using Hyeopchi.Domain.Common;
using Hyeopchi.Domain.Meetings;
using Hyeopchi.Domain.People;
using static Hyeopchi.Domain.Tests.Specification;

namespace Hyeopchi.Domain.Tests.People;

public class PersonErasureTests
{
    private static readonly Guid Id = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e1");
    private static readonly Guid Other = Guid.Parse("0196a1b2-0000-7000-8000-0000000000e2");
    private static readonly PersonRegistered Registered = new(Id, "한지우", Sector.Civil, "정릉마을 주민모임", Rank.WorkingLevel, new DateOnly(2027, 3, 15));

    [Fact]
    public void Given_a_person_when_erased_then_the_erasure_is_recorded_with_the_reason_and_no_personal_data() =>
        Person.Erase(Given<Person>(Person.Evolve, Registered), "본인 요청 (정보주체 삭제 요구)", new DateOnly(2027, 9, 1))
            .ThenEvents(new PersonErased(Id, "본인 요청 (정보주체 삭제 요구)", new DateOnly(2027, 9, 1)));

    [Fact]
    public void Given_an_erased_person_when_erased_again_then_it_is_refused()
    {
        var person = Given<Person>(Person.Evolve, Registered, new PersonErased(Id, "본인 요청", new DateOnly(2027, 9, 1)));

        Assert.Equal(Person.ErasedName, person.Name);
        Assert.Null(person.Organisation);
        Person.Erase(person, "본인 요청", new DateOnly(2027, 9, 2)).ThenRefused("person.erased");
    }

    [Fact]
    public void Masking_a_meeting_replaces_only_the_erased_participant()
    {
        var target = new ErasureTarget(Id, "한지우");
        var held = new RegularMeetingHeld(Guid.Empty, null, null,
            [new Participant(Id, "한지우", Sector.Civil, null, "정릉마을 주민모임"), new Participant(Other, "문서윤", Sector.Administration, Rank.WorkingLevel, "성북구청")],
            null, new DateOnly(2027, 4, 1));

        var masked = PersonalData.Mask(held, target);

        Assert.Equal(new Participant(Id, Person.ErasedName, Sector.Civil, null, null), masked.Participants[0]);
        Assert.Equal(held.Participants[1], masked.Participants[1]);
        Assert.Same(held, PersonalData.Mask(held, new ErasureTarget(Guid.NewGuid(), "누군가")));
    }
}

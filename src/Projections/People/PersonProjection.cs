using Hyeopchi.Domain.People;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Hyeopchi.Projections.People;

public partial class PersonProjection : SingleStreamProjection<Person, Guid>
{
    public override Person? Evolve(Person? snapshot, Guid id, IEvent e) =>
        e.Data is PersonRegistered registered ? Person.From(registered) : snapshot;
}

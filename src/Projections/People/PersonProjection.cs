using Hyeopchi.Domain.Education;
using Hyeopchi.Domain.People;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Hyeopchi.Projections.People;

/// <summary>A person with their rank history, so attendance can be recorded with the rank held on the day.</summary>
public partial class PersonProjection : SingleStreamProjection<Person, Guid>
{
    /// <summary>Only the events it folds: a rebuild then reads just these, and inline skips other streams.</summary>
    public PersonProjection()
    {
        IncludeType<PersonRegistered>();
        IncludeType<PersonRankChanged>();
        IncludeType<PersonErased>();
        IncludeType<ResidentLeaderDiscovered>();
        IncludeType<ResidentLeaderDiscoveryWithdrawn>();
    }

    public override Person? Evolve(Person? snapshot, Guid id, IEvent e) => Person.Evolve(snapshot, e.Data);
}

using Hyeopchi.Domain.Network;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Hyeopchi.Projections.Network;

/// <summary>The launched network as a document: one per store.</summary>
public partial class NetworkProjection : SingleStreamProjection<Domain.Network.Network, Guid>
{
    /// <summary>Only the events it folds: a rebuild then reads just these, and inline skips other streams.</summary>
    public NetworkProjection()
    {
        IncludeType<NetworkLaunched>();
    }

    public override Domain.Network.Network? Evolve(Domain.Network.Network? snapshot, Guid id, IEvent e) =>
        e.Data is NetworkLaunched launched ? Domain.Network.Network.From(launched) : snapshot;
}

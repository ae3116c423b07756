using Hyeopchi.Domain.Network;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Hyeopchi.Projections.Network;

/// <summary>The launched network and its bylaws as a document: one per store.</summary>
public partial class NetworkProjection : SingleStreamProjection<Domain.Network.Network, Guid>
{
    /// <summary>Only the events it folds: a rebuild then reads just these, and inline skips other streams.</summary>
    public NetworkProjection()
    {
        IncludeType<NetworkLaunched>();
        IncludeType<BylawsAdopted>();
    }

    public override Domain.Network.Network? Evolve(Domain.Network.Network? snapshot, Guid id, IEvent e) =>
        Domain.Network.Network.Evolve(snapshot, e.Data);
}

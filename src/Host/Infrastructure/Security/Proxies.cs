using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Hyeopchi.Host.Infrastructure.Security;

/// <summary>
/// Behind a TLS-terminating reverse proxy: ASP.NET Core's forwarded-headers middleware takes the
/// client address, scheme and host from <c>X-Forwarded-For</c>/<c>-Proto</c>/<c>-Host</c>, but only
/// from the proxies named in <c>HYEOPCHI_TRUSTED_PROXIES</c> (addresses or CIDR networks, comma-separated);
/// from anyone else those headers are ignored. So the sign-in throttle sees the real client, the
/// cookies get <c>Secure</c> (their policy is "same as request") and HSTS is sent when the original
/// request was HTTPS. Without the setting nothing is forwarded.
/// </summary>
public static class Proxies
{
    public const string Setting = "HYEOPCHI_TRUSTED_PROXIES";

    public static void AddTrustedProxies(IServiceCollection services, IConfiguration configuration)
    {
        var trusted = Parse(configuration[Setting]);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            o.ForwardLimit = null;
            foreach (var network in trusted) o.KnownIPNetworks.Add(network);
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
    }

    public static void UseTrustedProxies(IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        // HSTS only ever goes out on a request that was HTTPS (directly or at the trusted proxy).
        app.UseHsts();
    }

    /// <summary>"10.0.0.5, 192.168.0.0/24, ::1": each an address or a network; a malformed entry stops the host.</summary>
    public static IReadOnlyList<System.Net.IPNetwork> Parse(string? setting)
    {
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Contains('/') && System.Net.IPNetwork.TryParse(entry, out var network)) networks.Add(network);
            else if (IPAddress.TryParse(entry, out var address)) networks.Add(new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            else throw new InvalidOperationException($"{Setting}: '{entry}' is neither an address nor a network (such as 10.0.0.5 or 10.0.0.0/24).");
        }

        return networks;
    }
}

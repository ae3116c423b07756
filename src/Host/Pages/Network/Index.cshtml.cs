using Hyeopchi.Domain.Network;
using Hyeopchi.Domain.TaskForce;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Network;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NetworkState = Hyeopchi.Domain.Network.Network;

namespace Hyeopchi.Host.Pages.Network;

/// <summary>The fields of the page's forms; each form uses some of them.</summary>
public sealed class NetworkForm
{
    public string? Text { get; set; }
    public string? Reason { get; set; }
    public string? Name { get; set; }
    public string? District { get; set; }
    public string? On { get; set; }
}

/// <summary>
/// 추진단과 규약: GET /api/network's read — the launch and every version of the bylaws, the one in
/// force in full, each amendment with its changes — and forms that send POST /api/network/launch (while
/// the network has not been launched) and POST /api/network/bylaws.
/// </summary>
public class IndexModel(IQuerySession query, AdminCommands commands) : RecordPage(commands)
{
    public const string BylawsForm = "bylaws";
    public const string LaunchForm = "launch";

    public NetworkState? Network { get; private set; }

    /// <summary>Each amendment beside what it changed in the version before it, newest first.</summary>
    public IReadOnlyList<(BylawsVersion Version, IReadOnlyList<DiffLine>? Changes)> History { get; private set; } = [];

    [BindProperty] public NetworkForm Bylaws { get; set; } = new();
    [BindProperty] public NetworkForm Launch { get; set; } = new();

    protected override string Here => "/network";

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch
        {
            BylawsForm => "규약을 기록했습니다.",
            LaunchForm => "민간추진단의 발족을 기록했습니다. 이제 규약을 제정할 수 있습니다.",
            _ => null,
        };
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostBylawsAsync(CancellationToken ct) =>
        Run<AdoptBylaws>(BylawsForm, Bylaws.On, on => SendAsync(new AdoptBylaws(Bylaws.Text, Bylaws.Reason, on)), ct);

    public Task<IActionResult> OnPostLaunchAsync(CancellationToken ct) =>
        Run<LaunchNetwork>(LaunchForm, Launch.On, on => SendAsync(new LaunchNetwork(Launch.Name, Launch.District, on)), ct);

    protected override async Task<bool> LoadAsync(CancellationToken ct)
    {
        Network = await query.LoadAsync<NetworkState>(NetworkState.StreamId, ct);
        var versions = Network?.Bylaws ?? [];
        History = versions
            .Select((v, i) => (v, i == 0 ? null : LineDiff.Compute(versions[i - 1].Text, v.Text)))
            .Reverse()
            .ToList();
        // The form starts from the text in force, since an amendment usually changes a few articles.
        if (Bylaws.Text is null && versions is [.., var current]) Bylaws.Text = current.Text;
        return true;
    }
}

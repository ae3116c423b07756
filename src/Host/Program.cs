using Hyeopchi.Host.Infrastructure;
using Hyeopchi.Host.Infrastructure.Database;
using JasperFx;
using JasperFx.CommandLine;

// A verb about the machine's clusters, not the store: it runs before the host is built, which would start a database.
if (args is ["clusters", ..])
{
    return await CommandExecutor.ExecuteCommandAsync<ClustersVerb>(args[1..], null);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddHyeopchi();

var app = builder.Build();
var serving = args is [] or [['-', ..], ..];
if (serving)
{
    // The host's own PostgreSQL starts now, while the rest of the host is put together and started.
    app.Services.GetRequiredService<HyeopchiDatabase>().StartInBackground();
}

app.UseHyeopchi();

// Rebuilding the read models reports its progress line by line (any other option is the Critter Stack's own verb's).
if (RebuildVerb.Handles(args))
{
    var rebuilt = await RebuildVerb.RunAsync(app, args, Console.Out);
    await app.DisposeAsync();
    return rebuilt;
}

// Serving (no verb, only options such as --urls or --sample) runs the host directly; the command line
// would do the same after printing a line about ASP.NET Core's flags that an operator should not have to read.
if (serving)
{
    await app.RunAsync();
    return 0;
}

return await app.RunJasperFxCommands(args);

/// <summary>The entry point, visible to the tests' host.</summary>
public partial class Program;

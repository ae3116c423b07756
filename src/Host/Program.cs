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
app.UseHyeopchi();

return await app.RunJasperFxCommands(args);

/// <summary>The entry point, visible to the tests' host.</summary>
public partial class Program;

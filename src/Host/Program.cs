using Hyeopchi.Host.Infrastructure;
using JasperFx;

var builder = WebApplication.CreateBuilder(args);
builder.AddHyeopchi();

var app = builder.Build();
app.UseHyeopchi();

return await app.RunJasperFxCommands(args);

/// <summary>The entry point, visible to the tests' host.</summary>
public partial class Program;

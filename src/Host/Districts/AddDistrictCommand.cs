using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using JasperFx.CommandLine;
using Marten;

namespace Hyeopchi.Host.Districts;

public class AddDistrictInput : NetCoreInput
{
    [Description("The district's code: a lower-case letter, then lower-case letters, digits or '-' (2-40 characters), e.g. seongbuk")]
    public string Code { get; set; } = "";

    [Description("The district's name, e.g. 성북구")]
    public string Name { get; set; } = "";
}

/// <summary>
/// <c>add-district CODE NAME</c>: the installation serves one more district, as <c>POST /api/districts</c>
/// does (the same checks and the same handler); its first admin is added with <c>add-user --district CODE</c>.
/// </summary>
[Description("Adds a district (its own records and users) with a code and a name; then add its first admin with add-user NAME --roles admin --district CODE", Name = "add-district")]
public class AddDistrictCommand : JasperFxAsyncCommand<AddDistrictInput>
{
    public override async Task<bool> Execute(AddDistrictInput input)
    {
        var command = new CreateDistrict(input.Code, input.Name);
        var checks = new Checks();
        command.Check(checks);
        if (checks.Result() is Microsoft.AspNetCore.Http.HttpValidationProblemDetails invalid)
        {
            foreach (var (field, messages) in invalid.Errors) Console.Error.WriteLine($"{field}: {string.Join(" ", messages)}");
            return false;
        }

        using var host = input.BuildHost();
        string? problem = null;
        try
        {
            await using var session = host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
            await DistrictHandler.Handle(command, session, host.Services.GetRequiredService<DistrictDirectory>(), TimeProvider.System, CancellationToken.None);
        }
        catch (ProblemException e)
        {
            problem = $"{e.Problem.Title} {e.Problem.Detail}".Trim();
        }

        await host.StopAsync();
        if (problem is not null)
        {
            Console.Error.WriteLine(problem);
            return false;
        }

        Console.WriteLine($"District '{input.Code}' ({input.Name}) added. Add its first admin: add-user NAME --roles admin --district {input.Code}");
        return true;
    }
}

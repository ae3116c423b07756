using JasperFx.CommandLine;
using Marten;

namespace Hyeopchi.Host.Auth;

public class AddUserInput : NetCoreInput
{
    [Description("The user's sign-in name")]
    public string UserName { get; set; } = "";

    [Description("Comma-separated roles: admin, coordinator, auditor, monitor, operator")]
    public string RolesFlag { get; set; } = Auth.Roles.Coordinator;

    [Description("The code of the user's district (default: default)")]
    public string DistrictFlag { get; set; } = Districts.District.DefaultCode;

    [Description("The password; read from standard input when omitted (keeps it out of the process list)")]
    public string? PasswordFlag { get; set; }
}

[Description("Adds a user with roles to the store (or resets an existing user's password and roles)", Name = "add-user")]
public class AddUserCommand : JasperFxAsyncCommand<AddUserInput>
{
    public override async Task<bool> Execute(AddUserInput input)
    {
        var roles = input.RolesFlag.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = roles.Where(r => !Auth.Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0 || roles.Length == 0)
        {
            Console.Error.WriteLine($"Unknown roles: {string.Join(", ", unknown)}. Use {string.Join(", ", Auth.Roles.All)}.");
            return false;
        }

        var password = input.PasswordFlag ?? Console.ReadLine() ?? "";
        if (password.Length < UserCommands.MinimumPasswordLength)
        {
            Console.Error.WriteLine($"The password must have at least {UserCommands.MinimumPasswordLength} characters.");
            return false;
        }

        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        if (await host.Services.GetRequiredService<Districts.DistrictDirectory>().ByCodeAsync(input.DistrictFlag, default) is not { } district)
        {
            Console.Error.WriteLine($"No district has the code '{input.DistrictFlag}'.");
            return false;
        }

        await using (var session = store.LightweightSession())
        {
            session.Store(UserAccount.Create(input.UserName, password, roles, district.Id, TimeProvider.System.GetUtcNow()));
            await session.SaveChangesAsync();
        }

        await host.StopAsync();
        Console.WriteLine($"User '{input.UserName}' now has the roles {string.Join(", ", roles)}.");
        return true;
    }
}

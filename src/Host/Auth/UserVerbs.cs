using JasperFx.CommandLine;
using Marten;

namespace Hyeopchi.Host.Auth;

public class UserNameInput : NetCoreInput
{
    [Description("The user's sign-in name")]
    public string UserName { get; set; } = "";
}

[Description("Lists the users with their roles and whether they are disabled", Name = "list-users")]
public class ListUsersCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        await using (var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            foreach (var user in await UserAdministration.ListAsync(session, district: null, CancellationToken.None))
            {
                Console.WriteLine($"{user.UserName}\t{string.Join(',', user.Roles)}\t{(user.Disabled ? "disabled" : "active")}\tcreated {user.CreatedAt:yyyy-MM-dd}");
            }
        }

        await host.StopAsync();
        return true;
    }
}

[Description("Disables a user: their tokens and cookies stop working at once and they cannot sign in", Name = "disable-user")]
public class DisableUserCommand : UserChangeCommand
{
    protected override UserAdministration.Change Change => UserAdministration.Change.Disable;
}

[Description("Enables a disabled user again (they sign in anew)", Name = "enable-user")]
public class EnableUserCommand : UserChangeCommand
{
    protected override UserAdministration.Change Change => UserAdministration.Change.Enable;
}

[Description("Deletes a user: their tokens and cookies stop working at once (events they recorded keep their name as actor)", Name = "delete-user")]
public class DeleteUserCommand : UserChangeCommand
{
    protected override UserAdministration.Change Change => UserAdministration.Change.Delete;
}

public abstract class UserChangeCommand : JasperFxAsyncCommand<UserNameInput>
{
    protected abstract UserAdministration.Change Change { get; }

    public override async Task<bool> Execute(UserNameInput input)
    {
        using var host = input.BuildHost();
        Microsoft.AspNetCore.Mvc.ProblemDetails? problem;
        await using (var session = host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            // The command line acts as nobody in particular: it may disable or delete any account.
            problem = await UserAdministration.ApplyAsync(session, actor: null, district: null, input.UserName, Change, CancellationToken.None);
        }

        await host.StopAsync();
        if (problem is not null)
        {
            Console.Error.WriteLine($"{problem.Title} {problem.Detail}".Trim());
            return false;
        }

        Console.WriteLine($"User '{input.UserName}': {Change.ToString().ToLowerInvariant()}d.");
        return true;
    }
}

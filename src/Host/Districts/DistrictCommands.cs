using System.Text.Json.Serialization;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Infrastructure.Http;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Hyeopchi.Host.Districts;

/// <summary>자치구 만들기 (operator): a code (<c>^[a-z][a-z0-9-]{1,39}$</c>, unique in the installation) and a name.</summary>
[Command("/api/districts", "createDistrict", Roles.Operator)]
public sealed record CreateDistrict(string? Code, string? Name) : ICommand
{
    public static CreateDistrict Example => new("seongbuk", "성북구");

    public void Check(Checks checks) => checks
        .That(District.IsWellFormed(Code), "code", DistrictHandler.MalformedCode)
        .Text("name", Name, maxLength: 100);
}

public sealed record DistrictCreated(string Id, string Url) : CreationResponse(Url);

/// <summary>
/// 자치구 이름 바꾸기 (operator; an admin for their own district): a new code and name. The
/// district's records and users stay; so does its tenant, so tokens issued before still act in it.
/// The district <c>default</c> of a store created before districts existed is renamed this way.
/// </summary>
[Command("/api/districts/{district}/renaming", "renameDistrict", Roles.DistrictManagers)]
public sealed record RenameDistrict(string? Code, string? Name) : ICommand
{
    public static RenameDistrict Example => new("seongbuk", "성북구");

    [JsonIgnore] public string District { get; init; } = "";

    public void Check(Checks checks) => checks
        .That(Districts.District.IsWellFormed(Code), "code", DistrictHandler.MalformedCode)
        .Text("name", Name, maxLength: 100);
}

/// <summary>자치구 사용 중지 (operator): its users can no longer sign in and their sessions end; its records stay.</summary>
[Command("/api/districts/{district}/disable", "disableDistrict", Roles.Operator)]
public sealed record DisableDistrict : ICommand
{
    [JsonIgnore] public string District { get; init; } = "";
}

/// <summary>자치구 다시 사용 (operator).</summary>
[Command("/api/districts/{district}/enable", "enableDistrict", Roles.Operator)]
public sealed record EnableDistrict : ICommand
{
    [JsonIgnore] public string District { get; init; } = "";
}

public sealed record DistrictSummary(string Code, string Name, bool Disabled);

/// <summary>
/// The handlers of the district commands. A district is an installation record (a document outside
/// every tenant), not a district's own history, so it is kept as a document as user accounts are.
/// </summary>
public static class DistrictHandler
{
    public const string MalformedCode = "자치구 코드는 영문 소문자로 시작하고 영문 소문자, 숫자, '-'로 된 2–40자입니다. (^[a-z][a-z0-9-]{1,39}$)";

    private static ProblemException Taken(string code) =>
        new(Problems.Conflict("이미 쓰는 자치구 코드입니다. (The district code is taken.)", $"코드가 '{code}'인 자치구가 이미 있습니다. (A district with the code '{code}' exists.)"));

    /// <summary>
    /// The district named in the route, as the caller may see it (an admin sees only their own), read
    /// from the session to be changed: the directory's copy is shared and stays as it is until saved.
    /// </summary>
    private static async Task<District> NamedAsync(IDocumentSession session, DistrictDirectory districts, string code, CancellationToken ct)
    {
        var caller = Caller.Current!;
        var known = await districts.ByCodeAsync(code, ct);
        if (known is null || !caller.User.IsInRole(Roles.Operator) && known.Id != RequestDistrict.TenantOf(caller.User))
        {
            throw new ProblemException(Problems.NotFound($"district '{code}'"));
        }

        return await session.LoadAsync<District>(known.Id, ct) ?? District.Default;
    }

    public static async Task<DistrictCreated> Handle(CreateDistrict command, IDocumentSession session, DistrictDirectory districts, TimeProvider clock, CancellationToken ct)
    {
        // The code is the new tenant's id: one never used before, not even by a renamed district.
        if (await districts.ByCodeAsync(command.Code!, ct) is not null || await session.LoadAsync<District>(command.Code!, ct) is not null) throw Taken(command.Code!);
        session.Insert(new District { Id = command.Code!, Code = command.Code!, Name = command.Name!, CreatedAt = clock.GetUtcNow() });
        await session.SaveChangesAsync(ct);
        districts.Changed();
        return new DistrictCreated(command.Code!, $"/api/districts/{command.Code}");
    }

    public static async Task<DistrictSummary> Handle(RenameDistrict command, IDocumentSession session, DistrictDirectory districts, CancellationToken ct)
    {
        var district = await NamedAsync(session, districts, command.District, ct);
        if (command.Code != district.Code && await districts.ByCodeAsync(command.Code!, ct) is not null) throw Taken(command.Code!);
        district.Code = command.Code!;
        district.Name = command.Name!;
        return await SaveAsync(session, districts, district, ct);
    }

    private static async Task<DistrictSummary> SaveAsync(IDocumentSession session, DistrictDirectory districts, District district, CancellationToken ct)
    {
        session.Store(district);
        await session.SaveChangesAsync(ct);
        districts.Changed();
        return new DistrictSummary(district.Code, district.Name, district.Disabled);
    }

    public static async Task<DistrictSummary> Handle(DisableDistrict command, IDocumentSession session, DistrictDirectory districts, CancellationToken ct)
    {
        var district = await NamedAsync(session, districts, command.District, ct);
        if (district.Id == Caller.Current!.District.Id || district.Id == RequestDistrict.TenantOf(Caller.Current.User))
        {
            throw new ProblemException(Problems.Conflict("자기 자치구는 사용 중지할 수 없습니다. (You may not disable your own district.)",
                "지금 작업하는 자치구나 자기 자치구가 아닌 곳에서 하세요. 설치에는 늘 로그인할 수 있는 자치구가 하나 남아야 합니다. (Act from another district, or ask another operator, so that an installation always keeps one that can sign in.)"));
        }

        district.Disabled = true;
        // Its users' sessions end now, on every node: the same security stamp check as disabling one user.
        foreach (var user in await session.Query<UserAccount>().Where(u => u.District == district.Id).ToListAsync(ct))
        {
            user.EndSessions();
            session.Store(user);
        }

        return await SaveAsync(session, districts, district, ct);
    }

    public static async Task<DistrictSummary> Handle(EnableDistrict command, IDocumentSession session, DistrictDirectory districts, CancellationToken ct)
    {
        var district = await NamedAsync(session, districts, command.District, ct);
        district.Disabled = false;
        return await SaveAsync(session, districts, district, ct);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Hyeopchi.Host.Admin;
using Hyeopchi.Host.Auth;
using Hyeopchi.Host.Infrastructure.Clock;
using Hyeopchi.Host.Infrastructure.Commands;
using Hyeopchi.Host.Exports;
using Hyeopchi.Host.Infrastructure.Database;
using Hyeopchi.Host.Infrastructure.Http;
using Hyeopchi.Host.Infrastructure.Security;
using Hyeopchi.Projections.Store;
using JasperFx;
using JasperFx.CodeGeneration;
using Marten;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Hyeopchi.Host.Infrastructure;

/// <summary>How the host is put together: the store, Wolverine, auth, problem details and the HTTP pipeline.</summary>
public static class HyeopchiHost
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddHyeopchi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        QuietLogs(builder.Logging, builder.Environment);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<HyeopchiDatabase>();
        services.AddBusinessCalendar();
        services.AddSingleton<Tokens>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SessionAccounts>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionAccounts>());
        services.AddSingleton<CommandDoor>();
        services.AddSingularAgent<IdempotencyExpiry>();
        Proxies.AddTrustedProxies(services, builder.Configuration);
        Settings.HyeopchiSettings.Add(services);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<Settings.HyeopchiSettings>>().Value is var s
            ? new Domain.Divisions.GateThresholds(s.GateMinMembers, s.GateMinMeetings)
            : throw new InvalidOperationException());

        // The schema is brought up to date once, before the rest of start-up, whatever number of nodes start
        // together; a schema already current is not compared again (TenancyUpgrade). Nothing else sets up
        // the store's schema at start-up: Wolverine creates its own tables when they are missing.
        services.AddHostedService<Districts.StoreUpgrade>();

        // Every session is opened by Marten for Wolverine from this one configuration, for the district
        // the request acts in (Districts/RequestDistrict): handlers and pages never name a tenant.
        services.AddMarten(sp =>
            {
                var options = new StoreOptions();
                HyeopchiStore.Configure(options, sp.GetRequiredService<HyeopchiDatabase>().ConnectionString);
                // What belongs to the installation rather than to one district.
                options.Schema.For<UserAccount>().SingleTenanted();
                options.Schema.For<Districts.District>().SingleTenanted();
                options.Schema.For<IdempotentResponse>().SingleTenanted();
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                TenancyUpgrade.SkipWhenCurrent(options);
                options.Listeners.Add(new IdempotencyClaim.Listener());
                options.Listeners.Add(new SessionAccounts.ChangeListener(sp.GetRequiredService<SessionAccounts>()));
                return options;
            })
            .BuildSessionsWith<Districts.DistrictSessionFactory>()
            .IntegrateWithWolverine();
        services.AddHttpContextAccessor();
        services.AddSingleton<Districts.DistrictDirectory>();

        services.AddHostedService<BootstrapAdmin>();
        services.AddSingleton<Samples.SampleProgress>();
        services.AddHostedService<Samples.SampleLoading>();

        builder.Host.UseWolverine(opts =>
        {
            opts.ApplicationAssembly = typeof(HyeopchiHost).Assembly;
            opts.EnableRelayOfUserName = true;
            opts.Policies.AutoApplyTransactions();
            // A command naming a record that does not exist stops with RequiredDataMissingException: 404 at either door.
            opts.EntityDefaults.OnMissing = Wolverine.Persistence.OnMissing.ThrowException;
            // Nodes on one database find each other through it: a leader (elected by an advisory lock) runs the
            // installation's background work on exactly one node and moves it when a node dies.
            opts.Durability.Mode = DurabilityMode.Balanced;
            opts.Services.CritterStackDefaults(x =>
            {
                x.Production.GeneratedCodeMode = TypeLoadMode.Static;
                x.Production.AssertAllPreGeneratedTypesExist = true;
                x.Production.ResourceAutoCreate = AutoCreate.CreateOrUpdate;
                x.Development.GeneratedCodeMode = TypeLoadMode.Auto;
                x.Development.ResourceAutoCreate = AutoCreate.CreateOrUpdate;
            });
        });

        services.AddWolverineHttp();
        services.ConfigureSystemTextJsonForWolverineOrMinimalApi(o => ConfigureJson(o.SerializerOptions));

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();

        // /api keeps the bearer token; the web admin's pages sign in with a cookie (Admin/AdminPages.cs).
        services.AddAuthentication(AdminPages.Scheme).AddJwtBearer().AddAdminCookie();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<Tokens>((options, tokens) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = tokens.ValidationParameters;
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = UserSessions.OnTokenValidated,
                    OnChallenge = async context =>
                    {
                        context.HandleResponse();
                        await WriteProblem(context.HttpContext, 401, "Sign in first: send a valid bearer token.", context.AuthenticateFailure switch
                        {
                            Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException => "The token has expired: POST /api/auth/token issues a new one.",
                            SessionEndedException ended => ended.Message + " Sign in again with POST /api/auth/token.",
                            null => "No bearer token was sent: POST /api/auth/token issues one.",
                            _ => "The token is not valid: POST /api/auth/token issues one.",
                        });
                    },
                    OnForbidden = context => WriteProblem(context.HttpContext, 403,
                        "Your role may not do this.", "Ask an admin for a role that may."),
                };
            });
        services.AddAuthorization();
        services.AddAdminPages();

        services.AddOpenApi(OpenApiConventions.Apply);

        return builder;
    }

    /// <summary>
    /// Outside Development a request writes no log line unless something is wrong: ASP.NET's
    /// per-request Information lines are off wherever the host runs from (its appsettings.json may
    /// not be in the working folder), and a command that a rule, a field check or a stale version
    /// refuses is an answer to its caller, not an error of the host — Wolverine would otherwise log
    /// each under the command's type name. Unexpected failures are still logged, by
    /// <see cref="ProblemExceptionHandler"/>.
    /// </summary>
    private static void QuietLogs(ILoggingBuilder logging, IHostEnvironment environment)
    {
        foreach (var command in CommandCatalogue.All)
        {
            logging.AddFilter(command.Command.FullName, LogLevel.Critical);
        }

        if (environment.IsDevelopment()) return;
        foreach (var noisy in new[] { "Microsoft.AspNetCore", "Wolverine", "Marten", "JasperFx", "Weasel" })
        {
            logging.AddFilter(noisy, LogLevel.Warning);
        }
    }

    public static void ConfigureJson(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        json.MaxDepth = 32;
        json.Converters.Add(new NfcStringConverter());
    }

    public static WebApplication UseHyeopchi(this WebApplication app)
    {
        Proxies.UseTrustedProxies(app);
        app.UseExceptionHandler();
        app.Use(SecurityHeaders);
        app.UseStatusCodePages();
        app.UseAdminErrorPages();
        app.Use(RefuseOversizedBodies);
        app.Use(RequireJsonObjectBodies);
        app.UseAuthentication();
        app.Use(Districts.RequestDistrict.Middleware);
        app.UseAuthorization();
        app.UseMiddleware<IdempotencyMiddleware>();
        app.Use(ExpectedVersion.Middleware);

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", o => o.WithTitle("Hyeopchi API"));
        app.MapGet("/health", CheckHealth).AllowAnonymous().ExcludeFromDescription();
        // A query value that does not parse (?year=abc) is 400, never silently the default.
        app.MapWolverineEndpoints(o =>
        {
            o.RejectUnparseableQueryValues = true;
            o.TenantId.DetectWith(new Districts.DistrictTenantDetection());
        });
        app.MapCommands();
        app.MapExports();
        app.MapAdminPages();
        return app;
    }

    /// <summary>Pages are neither framed nor sniffed; scripts and styles come only from the host itself.</summary>
    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar")
            ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'"
            : "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
        return next(context);
    }

    /// <summary>A command's body is one JSON object: <c>null</c>, arrays and bare values are 400 before any binding.</summary>
    private static async Task RequireJsonObjectBodies(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.HasJsonContentType() is false
            || !context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering();
        var buffer = new byte[256];
        var read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted);
        context.Request.Body.Position = 0;
        var first = buffer.AsSpan(0, read).TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        if (first.Length > 0 && first[0] != (byte)'{')
        {
            await WriteProblem(context, StatusCodes.Status400BadRequest,
                "The request body must be a JSON object.", "Send the command as {\"field\": value, …}.");
            return;
        }

        await next(context);
    }

    private static async Task RefuseOversizedBodies(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentLength > MaxRequestBodyBytes)
        {
            await WriteProblem(context, StatusCodes.Status413PayloadTooLarge,
                "The request body is too large.", $"Send at most {MaxRequestBodyBytes / 1024} KiB.");
            return;
        }

        await next(context);
    }

    private static async Task<IResult> CheckHealth(IDocumentStore store, CancellationToken ct)
    {
        try
        {
            await using var session = store.QuerySession();
            await session.QueryAsync<int>("select 1", ct);
            return Results.Ok(new { status = "healthy" });
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return Results.Problem(statusCode: 503, title: "The store does not answer.");
        }
    }

    private static Task WriteProblem(HttpContext context, int status, string title, string detail) =>
        Problems.WriteAsync(context, new ProblemDetails { Status = status, Title = title, Detail = detail });
}

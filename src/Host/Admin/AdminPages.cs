using Hyeopchi.Host.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.FileProviders;

namespace Hyeopchi.Host.Admin;

/// <summary>
/// The web admin: Razor Pages compiled at build time, signed in with a cookie, served by the same
/// process as the API. <c>/api</c> (and the API's reference pages) keep the bearer scheme; every
/// other path is a page and uses the cookie, so a page redirects to the sign-in page where the API
/// answers 401.
/// </summary>
public static class AdminPages
{
    /// <summary>The default scheme: forwards to the bearer scheme for the API, to the cookie for pages.</summary>
    public const string Scheme = "hyeopchi";
    public const string SignInPath = "/signin";

    private static readonly string[] ApiPrefixes = ["/api", "/openapi", "/scalar", "/health"];

    public static bool IsApi(HttpContext context) => ApiPrefixes.Any(p => context.Request.Path.StartsWithSegments(p));

    public static bool IsPage(HttpContext context) => !IsApi(context);

    private static bool CarriesBearerToken(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public static AuthenticationBuilder AddAdminCookie(this AuthenticationBuilder auth)
    {
        // A page read by a program (a report fetched with a token) is authenticated like the API.
        auth.AddPolicyScheme(Scheme, "API bearer token or admin cookie", o =>
            o.ForwardDefaultSelector = context => IsApi(context) || CarriesBearerToken(context)
                ? JwtBearerDefaults.AuthenticationScheme
                : CookieAuthenticationDefaults.AuthenticationScheme);
        auth.AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
        {
            o.Cookie.Name = "hyeopchi.admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = SignInPath;
            o.LogoutPath = "/signout";
            // Eight idle hours end a cookie; HYEOPCHI_TOKEN_HOURS after sign-in end it however often it slid,
            // and a changed security stamp (disabled, deleted, new password or roles) ends it on the next request.
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = UserSessions.OnValidatePrincipal;
            // A page or action the role may not use answers 403 (shown as the Korean error page), not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        return auth;
    }

    public static IServiceCollection AddAdminPages(this IServiceCollection services)
    {
        services.AddScoped<AdminCommands>();
        // Korean text goes out as text, not as numeric character references.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "hyeopchi.antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__RequestVerificationToken";
        });
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToPage("/SignIn");
                o.Conventions.AllowAnonymousToFolder("/Public");
                // Each district's public pages; the unprefixed addresses stay, for the district `default`.
                o.Conventions.AddPageRoute("/Public/Index", "/d/{district}/public");
                o.Conventions.AddPageRoute("/Public/Expo", "/d/{district}/expos/{year:int}");
            })
            .AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new NfcTextBinderProvider()))
            // The door's warning after a form (AdminCommands.WarningKey) rides to the next page in this cookie.
            .AddCookieTempDataProvider(o =>
            {
                o.Cookie.Name = "hyeopchi.notice";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            })
            .AddApplicationPart(typeof(AdminPages).Assembly);
        return services;
    }

    /// <summary>Error pages in Korean for page paths (no stack trace ever); the API keeps its problem details.</summary>
    public static WebApplication UseAdminErrorPages(this WebApplication app)
    {
        app.UseWhen(IsPage, page =>
        {
            page.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = context => ErrorPage.WriteAsync(context, StatusCodes.Status500InternalServerError),
            });
            page.UseStatusCodePages(context => ErrorPage.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
        });
        return app;
    }

    public static WebApplication MapAdminPages(this WebApplication app)
    {
        // The one stylesheet, from the host's own wwwroot (copied next to the assembly): no CDN.
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot")),
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.Use(async (context, next) =>
        {
            if (IsPage(context))
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers.ContentSecurityPolicy = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
                headers["Referrer-Policy"] = "same-origin";
            }

            await next(context);
        });
        app.MapRazorPages();
        return app;
    }
}

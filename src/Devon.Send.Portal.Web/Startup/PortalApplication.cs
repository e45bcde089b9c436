using System.Security.Claims;
using System.Threading.RateLimiting;
using Devon.Send.Portal.Web.Account;
using Devon.Send.Portal.Web.Attachments;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Email;
using Devon.Send.Portal.Web.GovUk;
using Devon.Send.Portal.Web.LocalOffer;
using Devon.Send.Portal.Web.Notifications;
using Devon.Send.Portal.Web.Pages.Children.Advice;
using Devon.Send.Portal.Web.Pages.Children.Case;
using Devon.Send.Portal.Web.Pages.Children.Plan.Cease;
using Devon.Send.Portal.Web.Pages.Children.Reviews;
using Devon.Send.Portal.Web.Pages.Children.Transfer;
using Devon.Send.Portal.Web.Pages.Home;
using Devon.Send.Portal.Web.Pages.Requests;
using Devon.Send.Portal.Web.Plans;
using Devon.Send.Portal.Web.Realtime;
using Devon.Send.Portal.Web.Records;
using Devon.Send.Portal.Web.Reports;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Devon.Send.Portal.Web.Startup;

public static class PortalApplication
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        ProductionSettings.Check(configuration, builder.Environment);

        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders().AddJsonConsole();
        }

        services.AddSingleton(TimeProvider.System);
        services.AddPortalDatabase(configuration, builder.Environment);
        services.AddPortalIdentity(configuration, builder.Environment);
        services.AddPortalEmail(configuration, builder.Environment);

        services.AddRazorPages(options =>
        {
            options.Conventions.Add(new PageRouteTransformerConvention(new KebabCaseParameterTransformer()));
            // Each page folder declares what its pages need in its Conventions.cs (see FolderConventions).
            options.Conventions.Add(new FolderConventionsApplier());
            // One page shows a plan version on screen and for printing, and the plan as it is now for printing.
            options.Conventions.AddPageRoute("/Children/Plan/Versions/Index", "children/{childId:guid}/plan/versions/{number:int:min(1)}/print");
            options.Conventions.AddPageRoute("/Children/Plan/Versions/Index", "children/{childId:guid}/plan/print");
        }).AddMvcOptions(o =>
        {
            o.Filters.AddService<ChildRecordAuthorizationFilter>();
            o.Filters.AddService<ChildRecordViewFilter>();
            o.Filters.Add<MalformedFormFilter>();
            VisibleTextBinderProvider.AddTo(o.ModelBinderProviders);
            o.Filters.Add<SubmissionKeyFilter>();
        });
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);

        // The features, each registering what it needs.
        services.AddPortalSecurity();
        services.AddAudit();
        services.AddAccounts();
        services.AddPlans();
        services.AddPlanLive(configuration);
        services.AddAttachments(configuration, builder.Environment);
        services.AddAdvice();
        services.AddRequests();
        services.AddCase();
        services.AddTransfers();
        services.AddReviews(configuration);
        services.AddPlanCessations();
        services.AddNotifications(configuration);
        services.AddRecords(configuration);
        services.AddReports();
        services.AddLocalOffer();
        services.AddHome();
        services.AddDemo();

        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database", tags: ["ready"]);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = PortalCookies.NameOf(PortalCookies.Antiforgery, builder.Environment);
            o.Cookie.SecurePolicy = CookiePolicy(builder.Environment);
        });
        // TempData carries a message or a new invitation code across one redirect; the Cookies page lists it.
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = PortalCookies.NameOf(PortalCookies.TempData, builder.Environment);
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookiePolicy(builder.Environment);
            o.Cookie.IsEssential = true;
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddPortalHardening(configuration);
        builder.AddPortalTelemetry();
        return builder;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.UseForwardedClient();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/errors/500");
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseRequestLocalization("en-GB");
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseMalformedRequestRefusal();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseStaffTwoFactor();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();
        app.MapOldAddresses();
        app.MapPlanLive();
        app.MapOpenReferral();

        // Without this, an unknown address would meet the fallback policy and send visitors to sign in.
        app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
        return app;
    }

    private static CookieSecurePolicy CookiePolicy(IHostEnvironment environment) => PortalCookies.SecurePolicy(environment);

    private static void AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString("Portal");
        switch (provider)
        {
            case "Sqlite":
                connectionString ??= $"Data Source={Path.Combine(environment.ContentRootPath, "data", "portal.db")}";
                services.AddDbContext<PortalDbContext, SqlitePortalDbContext>((sp, o) =>
                    o.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                        .AddInterceptors(new SqliteDurability(), sp.GetRequiredService<Notifications.NotificationCommitInterceptor>(), DatabaseCommandActivity.Instance)
                        // SQLite rebuilds a table to change a column, with foreign keys off, outside a transaction; EF
                        // warns about that on every fresh database though the migration is sound.
                        .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning)));
                break;
            case "SqlServer":
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new PortalSettingsException([new("ConnectionStrings:Portal", "set it to the SQL Server connection string: Database:Provider is SqlServer.")]);
                }

                services.AddDbContext<PortalDbContext, SqlServerPortalDbContext>((sp, o) =>
                    o.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure().UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                        .AddInterceptors(sp.GetRequiredService<Notifications.NotificationCommitInterceptor>(), DatabaseCommandActivity.Instance));
                break;
            default:
                throw new PortalSettingsException([new("Database:Provider", "must be Sqlite or SqlServer.")]);
        }

        services.AddDataProtection().SetApplicationName("Devon.Send.Portal").PersistKeysToDbContext<PortalDbContext>();
        services.AddScoped<PortalDatabase>();
    }

    private static void AddPortalIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddIdentity<PortalUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                // Failed sign-ins make the address and account wait (SignInThrottles) rather than lock it for a fixed time.
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.User.RequireUniqueEmail = true;
                // The user name is the email address, which Identity checks as an email (o'brien@example.com is valid).
                o.User.AllowedUserNameCharacters = "";
                o.Tokens.PasswordResetTokenProvider = EmailLinkTokens.ProviderName;
                o.Tokens.ChangeEmailTokenProvider = EmailLinkTokens.ProviderName;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddUserManager<PortalUserManager>()
            .AddSignInManager<PortalSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<EmailLinkTokens>(EmailLinkTokens.ProviderName)
            .AddErrorDescriber<GovUkIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = PortalCookies.NameOf(PortalCookies.Auth, environment);
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookiePolicy(environment);
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.ExpireTimeSpan = SessionTimeout.Idle;
            o.SlidingExpiration = true;
            // A GOV.UK-style 403 page rather than a redirect to a page the person cannot use.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            // An invitation sent to a professional's email is accepted by signing in with it, however they sign in.
            o.Events.OnSigningIn = context => ProfessionalInvitations.AcceptAsync(context.HttpContext, context.Principal);
            PortalSessions.Use(o.Events);
            SessionTimeout.NeverRenewOnStatusCheck(o.Events);
        });
        // Every request re-checks the account's security stamp, so "sign out everywhere" and role changes apply at once.
        // The principal is rebuilt from the database each time; how the person signed in is not in the database, so
        // it is carried over, or an Entra ID sign-in would look like a password one from the second request on. So is
        // the session record's id, which every request checks (PortalSessions).
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;
            o.OnRefreshingPrincipal = context =>
            {
                var identity = context.NewPrincipal?.Identities.FirstOrDefault();
                var methods = context.CurrentPrincipal?.Claims.Where(c => c.Type is ClaimTypes.AuthenticationMethod or "amr").ToList() ?? [];
                foreach (var method in methods.Where(m => identity?.HasClaim(m.Type, m.Value) == false))
                {
                    identity!.AddClaim(new Claim(method.Type, method.Value));
                }

                PortalSessions.CarryOver(context.CurrentPrincipal, context.NewPrincipal);
                return Task.CompletedTask;
            };
        });
        services.ConfigureExternalCookie(o =>
        {
            o.Cookie.Name = PortalCookies.NameOf(PortalCookies.External, environment);
            o.Cookie.SecurePolicy = CookiePolicy(environment);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = PortalCookies.NameOf(PortalCookies.TwoFactor, environment);
            o.Cookie.SecurePolicy = CookiePolicy(environment);
        });

        if (environment.IsProduction() && configuration.GetValue("AzureAd:AllowHttpForLoopbackTests", false))
        {
            throw new InvalidOperationException(
                "AzureAd:AllowHttpForLoopbackTests is set, which lets Entra ID metadata come over plain HTTP and loosens the issuer check " +
                "for the test suite's loopback provider. It must never be set in Production: remove it.");
        }

        var azureAd = configuration.GetSection("AzureAd");
        if (EntraId.IsConfigured(configuration))
        {
            // Staff sign in with their organisation's Entra ID; the result lands in Identity's external cookie
            // and ExternalSignIn turns it into the same portal account, roles and checks as everyone else.
            services.AddAuthentication()
                .AddMicrosoftIdentityWebApp(azureAd, EntraId.Scheme, cookieScheme: null);
            services.Configure<OpenIdConnectOptions>(EntraId.Scheme, o =>
            {
                o.SignInScheme = IdentityConstants.ExternalScheme;
                // Named like the portal's other cookies, so the Cookies page can list them.
                o.CorrelationCookie.Name = PortalCookies.NameOf(PortalCookies.Correlation, environment);
                o.NonceCookie.Name = PortalCookies.NameOf(PortalCookies.Nonce, environment);
                // The authorization code flow with PKCE and the client secret, rather than ID tokens in the front channel.
                o.ResponseType = OpenIdConnectResponseType.Code;
                // Only a loopback test provider may be plain HTTP.
                o.RequireHttpsMetadata = !configuration.GetValue("AzureAd:AllowHttpForLoopbackTests", false);
                // A refused or broken sign-in at the provider gets a page that says so, never an error page.
                o.Events.OnRemoteFailure = async context =>
                {
                    // IdentityModel hides personal data in its messages by default, so the reason is safe to log.
                    context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("EntraId")
                        .LogWarning(context.Failure, "Entra ID sign-in failed");
                    await context.HttpContext.RequestServices.GetRequiredService<AuditLog>()
                        .RecordForAsync(AuditKind.SignInFailed, "Entra ID: the sign-in was refused or could not be checked", null);
                    context.HandleResponse();
                    context.Response.Redirect("/account/external-sign-in?handler=Failed");
                };
            });

            if (configuration.GetValue("AzureAd:AllowHttpForLoopbackTests", false))
            {
                // Microsoft.Identity.Web's Entra issuer validator fetches the tenant's metadata over HTTPS only; against the
                // loopback test provider the issuer is checked the way it checks a multi-tenant one instead: it must be the
                // token's own tenant's issuer. Signature, audience, lifetime, nonce and PKCE checks are unchanged.
                services.PostConfigure<OpenIdConnectOptions>(EntraId.Scheme, o =>
                {
                    o.TokenValidationParameters.IssuerValidator = (issuer, token, _) =>
                        token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("tid", out var tid)
                            && issuer == $"{configuration["AzureAd:Instance"]}{tid}/v2.0"
                            ? issuer
                            : throw new SecurityTokenInvalidIssuerException("The issuer is not the token's tenant's.");
                });
            }
        }
    }

    private static void AddPortalEmail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddSingleton<PortalMail>();
        services.AddSingleton<PortalLinks>();
        PortalLinks.Validate(configuration, environment);
        if (!string.IsNullOrWhiteSpace(configuration["Smtp:Host"]))
        {
            services.AddSingleton<IPortalEmailSender, SmtpEmailSender>();
        }
        else if (environment.IsDevelopment())
        {
            services.AddSingleton<IPortalEmailSender, PickupFolderEmailSender>();
        }
        else
        {
            throw new PortalSettingsException([new("Smtp:Host", "set it to the SMTP relay's host name outside Development: the portal must be able to send email.")]);
        }
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Workbench.App.Data;
using Workbench.App.Data.Entities;

namespace Workbench.App.Features.Account;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// ASP.NET Core Identity with roles, cookie sign-in at /account/login, the password, lockout and idle rules of
    /// <see cref="SecurityOptions"/>, token providers (password reset) and security-stamp checks of cookies and open circuits.
    /// </summary>
    public static WebApplicationBuilder AddWorkbenchAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new();
        services.Configure<SecurityOptions>(builder.Configuration.GetSection(SecurityOptions.Section));
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = security.PasswordMinLength;
                o.Password.RequireDigit = security.PasswordRequireComplexity;
                o.Password.RequireLowercase = security.PasswordRequireComplexity;
                o.Password.RequireUppercase = security.PasswordRequireComplexity;
                o.Password.RequireNonAlphanumeric = security.PasswordRequireComplexity;
                o.Lockout.MaxFailedAccessAttempts = security.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.LockoutMinutes);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WorkbenchDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<WorkbenchClaimsFactory>();
        // A lock or a password reset renews the security stamp; cookies issued before it stop working at the next check.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(security.RevalidationSeconds));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "Workbench.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(security.IdleTimeoutMinutes);
            o.SlidingExpiration = true;
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).RequireAuthorization();
        return app;
    }
}

/// <summary>Adds the unit/expert links to the cookie so pages can scope data without a lookup.</summary>
internal sealed class WorkbenchClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var id = await base.GenerateClaimsAsync(user);
        id.AddClaim(new Claim(UserScope.DisplayNameClaim, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        if (user.HostUnitId is int h) id.AddClaim(new Claim(UserScope.HostUnitClaim, h.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.CompetentDepartmentId is int d) id.AddClaim(new Claim(UserScope.DepartmentClaim, d.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.ExpertId is int e) id.AddClaim(new Claim(UserScope.ExpertClaim, e.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return id;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Workbench.App.Data;
using Workbench.App.Data.Entities;

namespace Workbench.App.Features.Account;

public static class AuthServiceCollectionExtensions
{
    /// <summary>ASP.NET Core Identity with roles, cookie sign-in at /account/login, lockout and password rules.</summary>
    public static WebApplicationBuilder AddWorkbenchAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WorkbenchDbContext>()
            .AddSignInManager()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<WorkbenchClaimsFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "Workbench.Auth";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
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

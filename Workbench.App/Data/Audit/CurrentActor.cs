using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Workbench.Core;

namespace Workbench.App.Data.Audit;

/// <summary>Who is acting in this scope (a circuit or a request), for the audit trail and data scoping.</summary>
public sealed record Actor(string UserName, string RoleLabel)
{
    public static readonly Actor System = new("系统", "系统");
}

/// <summary>Resolves the signed-in principal from the circuit's authentication state or the current request.</summary>
public sealed class CurrentActor(IServiceProvider services, IHttpContextAccessor http)
{
    private ClaimsPrincipal? actingAs;

    /// <summary>
    /// For work done in a scope of its own on behalf of the signed-in user (e.g. Identity's UserManager, which holds a
    /// context for its scope, run once per operation from a circuit): the trail names that user, not 系统.
    /// </summary>
    public void ActAs(ClaimsPrincipal principal) => actingAs = principal;

    public async Task<ClaimsPrincipal> GetPrincipalAsync()
    {
        if (actingAs is not null) return actingAs;
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated == true) return user;
        var asp = services.GetService<AuthenticationStateProvider>();
        if (asp is null) return new ClaimsPrincipal(new ClaimsIdentity());
        try
        {
            return (await asp.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            // Outside a circuit and outside a request (start-up, background jobs).
            return new ClaimsPrincipal(new ClaimsIdentity());
        }
    }

    public async Task<Actor> GetAsync()
    {
        var user = await GetPrincipalAsync();
        if (user.Identity?.IsAuthenticated != true) return Actor.System;
        var role = Enum.GetValues<Role>().FirstOrDefault(r => user.IsInRole(r.ToString()), (Role)(-1));
        return new Actor(user.Identity.Name ?? "?", Enum.IsDefined(role) ? role.Label() : "未分配角色");
    }
}

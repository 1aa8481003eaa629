using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Workbench.App.Data.Entities;

namespace Workbench.App.Features.Account;

/// <summary>
/// “Must change the password at the next sign-in”, kept as an Identity user claim (no schema change): set by an
/// administrator's reset and by the first-admin command's temporary passwords, cleared when the user picks a new one.
/// The claim travels in the sign-in cookie, so <see cref="RedirectAsync"/> checks it without a database query.
/// </summary>
public static class PasswordChange
{
    public const string MustChangeClaim = "must_change_password";
    public const string Path = "/account/change-password";

    public static async Task RequireAsync(UserManager<AppUser> users, AppUser user)
    {
        if ((await users.GetClaimsAsync(user)).Any(c => c.Type == MustChangeClaim)) return;
        await users.AddClaimAsync(user, new Claim(MustChangeClaim, "true"));
    }

    public static async Task ClearAsync(UserManager<AppUser> users, AppUser user)
    {
        var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == MustChangeClaim).ToList();
        if (claims.Count > 0) await users.RemoveClaimsAsync(user, claims);
    }

    public static bool IsRequired(ClaimsPrincipal user) => user.HasClaim(c => c.Type == MustChangeClaim);

    /// <summary>
    /// Middleware: a signed-in user who must change the password sees only the change-password page (and can sign out).
    /// Pages load through a request before their circuit starts, so this also covers the interactive app.
    /// </summary>
    public static async Task RedirectAsync(HttpContext context, Func<Task> next)
    {
        var path = context.Request.Path;
        if (IsRequired(context.User) && HttpMethods.IsGet(context.Request.Method)
            && !path.StartsWithSegments(Path) && !path.StartsWithSegments("/account/logout")
            && !path.StartsWithSegments("/_framework") && !path.StartsWithSegments("/_content") && !path.StartsWithSegments("/_blazor")
            && !System.IO.Path.HasExtension(path.Value))
        {
            context.Response.Redirect(Path);
            return;
        }
        await next();
    }
}

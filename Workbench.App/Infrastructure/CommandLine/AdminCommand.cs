using System.Text;
using Microsoft.AspNetCore.Identity;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.Core;

namespace Workbench.App.Infrastructure.CommandLine;

/// <summary>
/// <c>admin create --user NAME [--name 姓名]</c>: the first administrator of a fresh installation (and a way back in if
/// every administrator is locked out). The password comes from <see cref="PasswordVariable"/> or standard input, never
/// from the command line (it would stay in the shell history and the process list), and must pass the password policy.
/// </summary>
public sealed class AdminCommand : ICliCommand
{
    public const string PasswordVariable = "WORKBENCH_ADMIN_PASSWORD";

    public string Name => "admin";

    public string Usage =>
        "  admin create --user 用户名 [--name 姓名]   创建省科技厅管理员账号；密码取自环境变量 " + PasswordVariable + "，否则从标准输入读取";

    public async Task<int> RunAsync(CommandContext c)
    {
        var userName = c.Option("user")?.Trim();
        if (c.Args.Count == 0 || c.Args[0] != "create" || string.IsNullOrEmpty(userName))
        {
            await c.Error.WriteLineAsync("用法：\n" + Usage);
            return ExitCodes.Usage;
        }
        var password = c.Environment(PasswordVariable);
        if (string.IsNullOrEmpty(password)) password = await ReadPasswordAsync(c);
        if (string.IsNullOrEmpty(password))
        {
            await c.Error.WriteLineAsync($"未提供密码：请设置环境变量 {PasswordVariable}，或从标准输入输入密码。");
            return ExitCodes.Refused;
        }

        await using var app = await CommandHost.BuildAsync(c);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            await c.Error.WriteLineAsync($"用户“{userName}”已存在，未做任何修改。如需重置其密码，请由管理员在“系统管理 → 用户”中操作。");
            return ExitCodes.Refused;
        }
        var user = new AppUser { UserName = userName, DisplayName = c.Option("name")?.Trim() is { Length: > 0 } n ? n : "系统管理员", OrganisationName = "湖南省科学技术厅" };
        var problems = new List<string>();
        foreach (var v in users.PasswordValidators)
            problems.AddRange((await v.ValidateAsync(users, user, password)).Errors.Select(e => e.Description));
        if (problems.Count > 0)
        {
            await c.Error.WriteLineAsync("密码不符合密码策略，未创建账号：\n  " + string.Join("\n  ", problems));
            return ExitCodes.Refused;
        }
        scope.ServiceProvider.GetRequiredService<WorkbenchDbContext>().AuditAction = "命令行创建管理员";
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded) created = await users.AddToRoleAsync(user, nameof(Role.Admin));
        if (!created.Succeeded)
        {
            await c.Error.WriteLineAsync("未能创建账号：" + string.Join(" ", created.Errors.Select(e => e.Description)));
            return ExitCodes.Refused;
        }
        await c.Out.WriteLineAsync($"已创建管理员账号“{userName}”（{user.DisplayName}）。启动网站后即可用此账号登录，在“系统管理 → 用户”中为其他人开设账号。");
        return ExitCodes.Ok;
    }

    /// <summary>Typed at a terminal: asked twice, not echoed. Piped: the first line.</summary>
    private static async Task<string?> ReadPasswordAsync(CommandContext c)
    {
        if (!c.InteractiveInput) return (await c.In.ReadLineAsync())?.TrimEnd('\r');
        var first = ReadHidden(c.Out, "请输入密码：");
        var second = ReadHidden(c.Out, "请再次输入密码：");
        if (first == second) return first;
        await c.Error.WriteLineAsync("两次输入的密码不一致。");
        return null;
    }

    private static string ReadHidden(TextWriter output, string prompt)
    {
        output.Write(prompt);
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (text.Length > 0) text.Length--; }
            else if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
        }
        output.WriteLine();
        return text.ToString();
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Infrastructure.CommandLine;

namespace Workbench.Tests.Integration;

/// <summary><c>Workbench.App admin create --user NAME</c> on a fresh production data folder (no demo data, no users).</summary>
public sealed class AdminCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "workbench-tests", "cli-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();

    private string[] HostArgs => [$"--Workbench:DataFolder={folder}", "--Workbench:SeedDemoData=false",
        $"--ConnectionStrings:Workbench=Data Source={Path.Combine(folder, "workbench.db")};Pooling=False"];

    private Task<int> RunAsync(string stdin, string? envPassword, params string[] args) =>
        CommandLine.RunAsync([.. args, .. HostArgs], new CommandContext([], [], new StringReader(stdin), output, errors,
            name => name == AdminCommand.PasswordVariable ? envPassword : null, InteractiveInput: false));

    private async Task<T> WithAppAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var app = await CommandHost.BuildAsync(new CommandContext([], HostArgs, TextReader.Null, TextWriter.Null, TextWriter.Null, _ => null, false));
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    [Fact]
    public async Task AdminCreate_PasswordFromEnvironment_CreatesAnAdminWhoCanSignIn_AndAuditsIt()
    {
        var code = await RunAsync("", "Root#2026abc", "admin", "create", "--user", "root", "--name", "张处长");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("已创建管理员账号“root”（张处长）", output.ToString());
        await WithAppAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var root = await users.FindByNameAsync("root");
            Assert.NotNull(root);
            Assert.True(await users.CheckPasswordAsync(root, "Root#2026abc"));
            Assert.True(await users.IsInRoleAsync(root, "Admin"));
            await using var db = await sp.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContextAsync();
            var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == "用户");
            Assert.Equal("命令行创建管理员", entry.Action);
            Assert.Equal("系统", entry.UserName);
            Assert.DoesNotContain("Root#2026abc", entry.Summary);
            return 0;
        });
    }

    [Fact]
    public async Task AdminCreate_WeakPasswordOnStdin_IsRefusedWithThePolicyInChinese_AndCreatesNothing()
    {
        var code = await RunAsync("abc\n", null, "admin", "create", "--user", "root");

        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("密码不符合密码策略，未创建账号", errors.ToString());
        Assert.Contains("密码至少 8 位。", errors.ToString());
        Assert.Equal(0, await WithAppAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().Users.CountAsync()));
    }

    [Fact]
    public async Task AdminCreate_ExistingUser_IsRefusedAndLeftAlone()
    {
        Assert.Equal(ExitCodes.Ok, await RunAsync("Root#2026abc\n", null, "admin", "create", "--user", "root"));
        Assert.Equal(ExitCodes.Refused, await RunAsync("", "Other#2026xyz", "admin", "create", "--user", "root"));
        Assert.Contains("用户“root”已存在，未做任何修改", errors.ToString());
        Assert.True(await WithAppAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.CheckPasswordAsync((await users.FindByNameAsync("root"))!, "Root#2026abc");
        }));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("admin", "create")]
    [InlineData("admin", "remove", "--user", "root")]
    [InlineData("frobnicate")]
    public async Task WrongCommandLine_PrintsUsage_ExitCode2(params string[] args)
    {
        Assert.Equal(ExitCodes.Usage, await RunAsync("", "Root#2026abc", args));
        Assert.Contains("admin create --user 用户名", errors.ToString());
    }

    [Theory]
    [InlineData(true, "admin", "create")]
    [InlineData(true, "help")]
    [InlineData(false)]
    [InlineData(false, "--urls", "http://127.0.0.1:5301")]
    [InlineData(false, "--environment=Development")]
    [InlineData(false, "Workbench:SeedDemoData=false")]
    public void OnlyAFirstWordIsACommand_OptionsStartTheSite(bool isCommand, params string[] args) =>
        Assert.Equal(isCommand, CommandLine.IsCommand(args));

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

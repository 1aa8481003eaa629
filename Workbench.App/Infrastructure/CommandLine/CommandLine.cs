namespace Workbench.App.Infrastructure.CommandLine;

/// <summary>A one-shot operator command run instead of the web host: <c>Workbench.App &lt;name&gt; …</c>.</summary>
public interface ICliCommand
{
    /// <summary>The first word on the command line, e.g. "admin".</summary>
    string Name { get; }

    /// <summary>One or more Chinese usage lines, shown by <c>Workbench.App help</c>.</summary>
    string Usage { get; }

    /// <summary>Runs with the words after <see cref="Name"/>; returns the process exit code (<see cref="ExitCodes"/>).</summary>
    Task<int> RunAsync(CommandContext context);
}

/// <summary>Exit codes shared by every command (documented in the README).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The command ran and refused (weak password, user exists…); the message says why.</summary>
    public const int Refused = 1;
    /// <summary>The command line itself is wrong; usage is printed.</summary>
    public const int Usage = 2;
}

/// <summary>
/// What a command gets: its own words, the remaining host arguments (configuration such as
/// <c>--Workbench:DataFolder=/var/lib/workbench</c>), the console streams and the environment (tests pass their own).
/// </summary>
public sealed record CommandContext(IReadOnlyList<string> Args, string[] HostArgs, TextReader In, TextWriter Out, TextWriter Error,
    Func<string, string?> Environment, bool InteractiveInput)
{
    /// <summary>The value after <c>--name</c> among the command's own words, or null.</summary>
    public string? Option(string name)
    {
        var i = Args.ToList().IndexOf("--" + name);
        return i >= 0 && i + 1 < Args.Count ? Args[i + 1] : null;
    }
}

/// <summary>
/// Dispatches <c>Workbench.App &lt;command&gt; …</c> before the web host is built. Add a command by writing one
/// <see cref="ICliCommand"/> class in this folder and one line in <see cref="Commands"/>.
/// </summary>
public static class CommandLine
{
    public static readonly IReadOnlyList<ICliCommand> Commands =
    [
        new AdminCommand(),
        new BackupCliCommand("backup"),
        new BackupCliCommand("restore"),
    ];

    /// <summary>
    /// True when the arguments named a command (or asked for help) and it has run; <see cref="Environment.ExitCode"/> is
    /// then set. False for an ordinary web start (no arguments, or only options such as <c>--urls</c>).
    /// </summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (!IsCommand(args)) return false;
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        Environment.ExitCode = await RunAsync(args, new CommandContext([], [], Console.In, Console.Out, Console.Error,
            Environment.GetEnvironmentVariable, !Console.IsInputRedirected));
        return true;
    }

    /// <summary>A first word that is not an option (<c>--urls</c>) nor a setting (<c>key=value</c>).</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=');

    public static async Task<int> RunAsync(string[] args, CommandContext console)
    {
        if (args[0] is "help" or "帮助")
        {
            PrintUsage(console.Out);
            return ExitCodes.Ok;
        }
        var command = Commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            await console.Error.WriteLineAsync($"未知命令“{args[0]}”。");
            PrintUsage(console.Error);
            return ExitCodes.Usage;
        }
        // The command's own words come first; the first "--Key=value" or "--Key:Sub value" style setting starts the host's.
        var own = args.Skip(1).TakeWhile(a => !(a.StartsWith("--", StringComparison.Ordinal) && (a.Contains('=') || a.Contains(':')))).ToList();
        var host = args.Skip(1 + own.Count).ToArray();
        return await command.RunAsync(console with { Args = own, HostArgs = host });
    }

    private static void PrintUsage(TextWriter to)
    {
        to.WriteLine("用法：Workbench.App <命令> [参数] [--配置键=值 …]");
        to.WriteLine("不带命令时启动网站。可用命令：");
        foreach (var c in Commands) to.WriteLine(c.Usage);
        to.WriteLine("退出码：0 成功；1 被拒绝（原因见提示）；2 命令行有误。");
    }
}

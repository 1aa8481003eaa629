using System.Reflection;

namespace Workbench.Tests.Core;

public class ArchitectureTests
{
    private static readonly Assembly CoreAssembly = typeof(Workbench.Core.Check).Assembly;

    [Theory]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("MudBlazor")]
    [InlineData("Microsoft.Extensions.Logging")]
    public void Core_DoesNotReference_Infrastructure(string forbidden)
    {
        var refs = CoreAssembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        Assert.DoesNotContain(refs, r => r.StartsWith(forbidden, StringComparison.Ordinal));
        var result = NetArchTest.Rules.Types.InAssembly(CoreAssembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Core_NeverReadsTheClock()
    {
        var root = FindRepoRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "Workbench.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"DateTime(Offset)?\.(Now|UtcNow|Today)"))
            .ToList();
        Assert.Empty(offenders);
    }

    internal static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Workbench.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Workbench.sln not found above " + AppContext.BaseDirectory);
    }
}

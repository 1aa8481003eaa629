using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Workbench.Tests.Core;

public class ConventionTests
{
    private static readonly Assembly Core = typeof(Workbench.Core.Check).Assembly;

    private static readonly MethodInfo[] LabelMethods = Core.GetTypes()
        .Where(t => t.IsAbstract && t.IsSealed && t.IsPublic)
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Where(m => m.Name == "Label" && m.IsDefined(typeof(ExtensionAttribute)) && m.GetParameters().Length == 1)
        .ToArray();

    public static TheoryData<string> PublicEnums()
    {
        var data = new TheoryData<string>();
        foreach (var t in Core.GetTypes().Where(t => t.IsEnum && t.IsPublic)) data.Add(t.FullName!);
        return data;
    }

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void EveryPublicEnum_HasAChineseLabelForEveryValue(string enumName)
    {
        var type = Core.GetType(enumName)!;
        var label = Assert.Single(LabelMethods, m => m.GetParameters()[0].ParameterType == type);
        var labels = Enum.GetValues(type).Cast<object>().Select(v => (string)label.Invoke(null, [v])!).ToList();
        Assert.All(labels, l => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", l));
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Fact]
    public void EveryRuleFile_CitesAnArticleInAnXmlDocLine()
    {
        var root = ArchitectureTests.FindRepoRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "Workbench.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}Documents{Path.DirectorySeparatorChar}"))
            .Where(f => Path.GetFileName(f) is not ("Check.cs" or "Result.cs" or "StateMachine.cs" or "UnitNames.cs" or "Labels.cs"))
            .ToList();
        Assert.NotEmpty(files);
        var missing = files.Where(f => !Regex.IsMatch(File.ReadAllText(f), @"/// .*第[一二三四五六七八九十]+条")).Select(Path.GetFileName);
        Assert.Empty(missing);
    }

    [Fact]
    public void CoreFiles_StayUnder300Lines()
    {
        var root = ArchitectureTests.FindRepoRoot();
        var longFiles = Directory.EnumerateFiles(Path.Combine(root, "Workbench.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadLines(f).Count() > 300).Select(Path.GetFileName);
        Assert.Empty(longFiles);
    }
}

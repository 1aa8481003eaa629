using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workbench.App.Documents;
using Workbench.App.Documents.Pdf;
using Workbench.App.Documents.Sheets;

namespace Workbench.Tests.Documents;

public class DocumentsRegistrationTests
{
    [Fact]
    public void AddWorkbenchDocuments_BindsOptionsAndResolvesServices()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Documents:PreviewDpi"] = "72",
            ["Documents:FallbackFonts:0"] = "/nonexistent/font.ttc#2",
        }).Build();
        using var sp = new ServiceCollection().AddLogging().AddWorkbenchDocuments(config).BuildServiceProvider();
        var options = sp.GetRequiredService<IOptions<DocumentsOptions>>().Value;
        Assert.Equal(72, options.PreviewDpi);
        Assert.Equal("Fonts/WorkbenchSerifSC-Regular.ttf", options.RegularFont);
        Assert.NotNull(sp.GetRequiredService<PdfRenderer>());
        Assert.NotNull(sp.GetRequiredService<SheetExporter>());
        Assert.NotNull(sp.GetRequiredService<SheetImporter>());
        Assert.NotNull(sp.GetRequiredService<SheetTemplateWriter>());
    }

    [Theory]
    [InlineData("/usr/share/fonts/x.ttc#2", "/usr/share/fonts/x.ttc", 2)]
    [InlineData("/fonts/a.ttf", "/fonts/a.ttf", 0)]
    public void FontSpec_ParsesCollectionIndex(string spec, string path, int index) =>
        Assert.Equal((path, index), FontSet.ParseSpec(spec));

    [Fact]
    public void FontSpec_RelativePath_ResolvesAgainstBaseDirectory() =>
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "Fonts/a.ttf"), FontSet.ParseSpec("Fonts/a.ttf").Path);
}

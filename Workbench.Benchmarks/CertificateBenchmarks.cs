using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Workbench.App.Documents;
using Workbench.App.Documents.Composers;
using Workbench.App.Documents.Pdf;
using Workbench.Core.Documents;

namespace Workbench.Benchmarks;

/// <summary>Certificate pages per second into one PDF (fonts subset once per document), and a single certificate.
/// Pages/s = Pages ÷ mean of "N certificates into one PDF".</summary>
[MemoryDiagnoser]
public class CertificateBenchmarks
{
    private FontSet _fonts = null!;
    private PdfRenderer _renderer = null!;
    private CertificateModel[] _models = null!;

    [Params(1000)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _fonts = new FontSet(new DocumentsOptions(), NullLogger<FontSet>.Instance);
        _renderer = new PdfRenderer(_fonts, TimeProvider.System, NullLogger<PdfRenderer>.Instance);
        _models = Probe.Models(Pages);
        _renderer.RenderPdf(CertificateComposer.Compose(_models[0]));   // warm glyph caches
    }

    [GlobalCleanup]
    public void Cleanup() => _fonts.Dispose();

    [Benchmark(Description = "N certificates into one PDF")]
    public long ManyInOnePdf()
    {
        using var ms = new MemoryStream();
        _renderer.RenderPdf(CertificateComposer.ComposeMany(_models), ms);
        return ms.Length;
    }

    [Benchmark(Description = "one certificate PDF")]
    public long OnePdf()
    {
        using var ms = new MemoryStream();
        _renderer.RenderPdf(CertificateComposer.Compose(_models[0]), ms);
        return ms.Length;
    }
}

using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Workbench.App.Documents;
using Workbench.App.Documents.Composers;
using Workbench.App.Documents.Pdf;
using Workbench.Core.Documents;

namespace Workbench.Benchmarks;

/// <summary>Certificate pages per second into one PDF (fonts subset once per document), and a single certificate.</summary>
[MemoryDiagnoser]
public class CertificateBenchmarks
{
    private FontSet _fonts = null!;
    private PdfRenderer _renderer = null!;
    private CertificateModel[] _models = null!;

    [Params(100)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _fonts = new FontSet(new DocumentsOptions(), NullLogger<FontSet>.Instance);
        _renderer = new PdfRenderer(_fonts, TimeProvider.System, NullLogger<PdfRenderer>.Instance);
        _models = Enumerable.Range(1, Pages).Select(i => new CertificateModel(
            "湖南省大型科学仪器共享服务平台", "Hunan Provincial Large Scientific Instrument Sharing Platform",
            $"依托单位{i}", $"湘科资享认字〔2026〕第{i:000}号", new DateOnly(2026, 11, 29),
            $"https://kjzy.hunan.gov.cn/verify/{i}")).ToArray();
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

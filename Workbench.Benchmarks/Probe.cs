using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Workbench.App.Documents;
using Workbench.App.Documents.Composers;
using Workbench.App.Documents.Pdf;
using Workbench.Core.Documents;

namespace Workbench.Benchmarks;

/// <summary>Stopwatch probe: "probe certificates N" renders N certificates into one PDF a few times and prints pages/s.</summary>
public static class Probe
{
    /// <summary>"probe peak certificates 1000" (into a file, as the batch job writes) / "probe peak export 100000" (into
    /// a MemoryStream, as the export endpoints do): one run in a fresh process, then the process's peak working set
    /// (runtime, JIT, managed heap, native Skia/HarfBuzz memory, mapped font pages in use, the output if in memory).</summary>
    public static void Peak(string what, int n)
    {
        var sw = Stopwatch.StartNew();
        long bytes;
        if (what == "certificates")
        {
            using var fonts = new FontSet(new DocumentsOptions(), NullLogger<FontSet>.Instance);
            var renderer = new PdfRenderer(fonts, TimeProvider.System, NullLogger<PdfRenderer>.Instance);
            // As the batch job does: straight into a file.
            var path = Path.Combine(Path.GetTempPath(), $"workbench-bench-{Environment.ProcessId}.pdf");
            using (var file = File.Create(path)) renderer.RenderPdf(CertificateComposer.ComposeMany(Models(n)), file);
            bytes = new FileInfo(path).Length;
            File.Delete(path);
        }
        else
        {
            var bench = new ExportBenchmarks { Rows = n };
            bytes = bench.Typed().GetAwaiter().GetResult();
        }
        sw.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine($"peak {what} {n}: {self.PeakWorkingSet64 / 1048576.0:F1} MB peak working set, {gc.HeapSizeBytes / 1048576.0:F1} MB managed heap after ({gc.TotalCommittedBytes / 1048576.0:F1} MB committed, {GC.CollectionCount(0)} gen0 collections), output {bytes / 1024} KB, {sw.ElapsedMilliseconds} ms (first run, JIT included)");
    }

    private static readonly (string Name, string English)[] Platforms =
    [
        ("湖南省大型科学仪器共享服务平台", "Hunan Provincial Large Scientific Instrument Sharing Platform"),
        ("湖南省电子信息产品检测服务平台", "Hunan Electronic Information Product Testing Service Platform"),
        ("湖南省科技创新创业服务平台", "Hunan Science and Technology Innovation and Entrepreneurship Service Platform"),
        ("湖南省农业种质资源共享服务平台", "Hunan Agricultural Germplasm Resources Sharing Platform"),
        ("湖南省生物医药技术创新共享服务平台", "Hunan Biomedical Technology Innovation Sharing Platform"),
        ("湖南省先进材料测试分析服务平台", "Hunan Advanced Materials Testing and Analysis Service Platform"),
        ("湖南省科学数据共享服务平台", "Hunan Scientific Data Sharing Service Platform"),
        ("湖南省工程机械检验检测共享服务平台", "Hunan Construction Machinery Inspection and Testing Sharing Platform"),
    ];

    /// <summary>Certificates as a batch has them: a different host unit, number and QR code on every page, platform
    /// names from a list (so the benchmark does not lay out one name 1000 times).</summary>
    public static CertificateModel[] Models(int n) => Enumerable.Range(1, n).Select(i => new CertificateModel(
        Platforms[i % Platforms.Length].Name, Platforms[i % Platforms.Length].English,
        $"依托单位{i}", $"湘科资享认字〔2026〕第{i:000}号", new DateOnly(2026, 11, 29),
        $"https://kjzy.hunan.gov.cn/verify/{i}")).ToArray();

    /// <summary>"probe export 10": bare, styled reference and typed exporter interleaved round by round (so load
    /// changes hit all alike); medians and the median of the per-round ratios. The fourth run is the workbook as it was
    /// written before the lean data styles (border + style on every cell, row height 18), for reference.</summary>
    public static void Export(int rounds)
    {
        var b = new ExportBenchmarks();
        var names = new[] { "bare SpreadCheetah", "styled SpreadCheetah", "SheetExporter typed", "styled, before (ref.)" };
        Func<Task<long>>[] runs = [b.Bare, b.Styled, b.Typed, b.StyledBefore];
        Compare(names, runs, rounds);
    }

    /// <summary>Runs each of <paramref name="runs"/> once per round, interleaved, after two warm-up rounds, each after a
    /// full collection; prints the
    /// median wall time and the median of the per-round ratios to the first (bare) and second (styled) run, and the same
    /// for the process's CPU time (less disturbed by other processes on a loaded machine than wall time).</summary>
    public static void Compare(string[] names, Func<Task<long>>[] runs, int rounds)
    {
        var times = names.Select(_ => new List<double>()).ToArray();
        var cpus = names.Select(_ => new List<double>()).ToArray();
        using var self = Process.GetCurrentProcess();
        for (var r = 0; r < rounds + 2; r++)
            for (var k = 0; k < runs.Length; k++)
            {
                GC.Collect();   // no run pays for the previous run's garbage (each leaves a ~10 MB output behind)
                GC.WaitForPendingFinalizers();
                self.Refresh();
                var cpu0 = self.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                runs[k]().GetAwaiter().GetResult();
                sw.Stop();
                self.Refresh();
                if (r < 2) continue;   // two warm-up rounds
                times[k].Add(sw.Elapsed.TotalMilliseconds);
                cpus[k].Add((self.TotalProcessorTime - cpu0).TotalMilliseconds);
            }
        static double Median(IEnumerable<double> xs) { var a = xs.Order().ToArray(); return a[a.Length / 2]; }
        static double Ratio(List<double> x, List<double> y) => Median(x.Zip(y, (a, b) => a / b));
        for (var k = 0; k < runs.Length; k++)
            Console.WriteLine($"{names[k],-22} median {Median(times[k]),7:F1} ms  ratio to bare {Ratio(times[k], times[0]):F2}  to styled {Ratio(times[k], times[Math.Min(1, runs.Length - 1)]):F2}" +
                $"   | cpu {Median(cpus[k]),7:F1} ms  to bare {Ratio(cpus[k], cpus[0]):F2}  to styled {Ratio(cpus[k], cpus[Math.Min(1, runs.Length - 1)]):F2}");
    }

    public static void Certificates(int n, int repeat, string? outPath)
    {
        using var fonts = new FontSet(new DocumentsOptions(), NullLogger<FontSet>.Instance);
        var renderer = new PdfRenderer(fonts, TimeProvider.System, NullLogger<PdfRenderer>.Instance);
        var models = Models(n);
        renderer.RenderPdf(CertificateComposer.Compose(models[0]));
        for (var k = 0; k < repeat; k++)
        {
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var doc = CertificateComposer.ComposeMany(models);
            var tCompose = sw.Elapsed.TotalMilliseconds;
            renderer.Measure(doc);
            var tLayout = sw.Elapsed.TotalMilliseconds - tCompose;
            sw.Restart();
            var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
            using var ms = new MemoryStream();
            renderer.RenderPdf(doc, ms);
            sw.Stop();
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - alloc0) / 1048576.0;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds;
            Console.WriteLine($"{n} pages: compose {tCompose:F0} ms, layout {tLayout:F0} ms, render (layout+draw+close) {sw.Elapsed.TotalMilliseconds:F0} ms = {n / sw.Elapsed.TotalSeconds:F0} pages/s; cpu {cpu:F0} ms for all; {ms.Length / 1024} KB; render allocated {allocated:F0} MB managed");
            if (outPath is not null && k == 0) File.WriteAllBytes(outPath, ms.ToArray());
        }
    }
}

using BenchmarkDotNet.Running;
using Workbench.Benchmarks;

// dotnet run -c Release --project Workbench.Benchmarks -- --filter '*' [--job short]
// dotnet run -c Release --project Workbench.Benchmarks -- probe certificates 1000 [repeat] [out.pdf]
if (args is ["probe", "props"]) { foreach (var p in typeof(SkiaSharp.SKDocumentPdfMetadata).GetProperties()) Console.WriteLine($"{p.Name}: {p.PropertyType}"); foreach (var p in typeof(SkiaSharp.SKDocumentPdfMetadata).GetFields()) Console.WriteLine($"field {p.Name}: {p.FieldType}"); return; }
if (args is ["probe", "skia"]) { SkiaProbe.Run(); return; }
if (args is ["probe", "certificates", var n, ..])
{
    Probe.Certificates(int.Parse(n), args.Length > 3 ? int.Parse(args[3]) : 3, args.Length > 4 ? args[4] : null);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ExportBenchmarks).Assembly).Run(args);

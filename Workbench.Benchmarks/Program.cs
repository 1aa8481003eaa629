using BenchmarkDotNet.Running;
using Workbench.Benchmarks;

// dotnet run -c Release --project Workbench.Benchmarks -- --filter '*' [--job short]      (see ../bench.sh)
// dotnet run -c Release --project Workbench.Benchmarks -- probe certificates 1000 [repeat] [out.pdf]
// dotnet run -c Release --project Workbench.Benchmarks -- probe export 15   (interleaved rounds, medians)
// dotnet run -c Release --project Workbench.Benchmarks -- probe peak certificates 1000 | probe peak export 100000
// dotnet run -c Release --project Workbench.Benchmarks -- probe alloc certificates 1000   (allocating types, sampled)
if (args is ["probe", "peak", var what, var count])
{
    Probe.Peak(what, int.Parse(count));
    return;
}
if (args is ["probe", "alloc", "certificates", var pages])
{
    AllocationProbe.Certificates(int.Parse(pages));
    return;
}
if (args is ["probe", "export", var rounds])
{
    Probe.Export(int.Parse(rounds));
    return;
}
if (args is ["probe", "certificates", var n, ..])
{
    Probe.Certificates(int.Parse(n), args.Length > 3 ? int.Parse(args[3]) : 3, args.Length > 4 ? args[4] : null);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ExportBenchmarks).Assembly).Run(args);

using BenchmarkDotNet.Running;

// dotnet run -c Release --project Workbench.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Workbench.Benchmarks.ExportBenchmarks).Assembly).Run(args);

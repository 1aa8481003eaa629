using System.Diagnostics.Tracing;
using Microsoft.Extensions.Logging.Abstractions;
using Workbench.App.Documents;
using Workbench.App.Documents.Composers;
using Workbench.App.Documents.Pdf;

namespace Workbench.Benchmarks;

/// <summary>"probe alloc certificates 1000": which types the render allocates, from the runtime's AllocationTick
/// events (one per ~100 KB allocated, so the counts are samples, proportional to bytes).</summary>
public static class AllocationProbe
{
    private sealed class Listener : EventListener
    {
        public readonly Dictionary<string, int> Ticks = [];
        public bool On;

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);   // GC keyword: AllocationTick
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!On || !e.EventName!.StartsWith("GCAllocationTick") || e.PayloadNames is null) return;
            var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            lock (Ticks) Ticks[type] = Ticks.GetValueOrDefault(type) + 1;
        }
    }

    public static void Certificates(int n)
    {
        using var fonts = new FontSet(new DocumentsOptions(), NullLogger<FontSet>.Instance);
        var renderer = new PdfRenderer(fonts, TimeProvider.System, NullLogger<PdfRenderer>.Instance);
        var doc = CertificateComposer.ComposeMany(Probe.Models(n));
        renderer.RenderPdf(doc, Stream.Null, null, CancellationToken.None);   // warm up
        using var listener = new Listener();
        listener.On = true;
        var before = GC.GetTotalAllocatedBytes(true);
        renderer.RenderPdf(doc, Stream.Null, null, CancellationToken.None);
        var total = GC.GetTotalAllocatedBytes(true) - before;
        listener.On = false;
        var ticks = listener.Ticks.Values.Sum();
        Console.WriteLine($"{n} pages: {total / 1048576.0:F1} MB allocated ({total / n / 1024.0:F1} KB per page); {ticks} samples");
        foreach (var (type, count) in listener.Ticks.OrderByDescending(t => t.Value).Take(20))
            Console.WriteLine($"  {100.0 * count / ticks,5:F1} %  {type}");
    }
}

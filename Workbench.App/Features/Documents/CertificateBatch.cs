using System.IO.Compression;
using System.Text.Json;
using Workbench.App.Documents.Composers;
using Workbench.App.Documents.Pdf;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core.Documents;

namespace Workbench.App.Features.Documents;

/// <summary>Batch printing (报表中心): every printable certificate under a registry filter, as one PDF (a page each)
/// or a ZIP of separate PDFs, run on <see cref="DocumentJobQueue"/> (stored, so it can run again after a restart).</summary>
public sealed class CertificateBatch : IDocumentJobKind
{
    /// <summary>What is stored to run the batch again.</summary>
    public sealed record Args(PlatformQuery Filter, string RequestBase, bool Zip);

    public string Name => "certificates";

    public static Task<DocumentJob> StartAsync(DocumentJobQueue queue, UserScope scope, PlatformQuery filter, string filterText,
        string requestBase, bool zip, DateOnly today)
    {
        var stamp = today.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var title = $"批量打印认定证书（{filterText}，{(zip ? "每个平台一个 PDF 打包为 ZIP" : "合并为一个 PDF")}）";
        var fileName = zip ? $"认定证书_{stamp}.zip" : $"认定证书_{stamp}.pdf";
        return queue.EnqueueAsync("certificates", scope, new Args(filter, requestBase, zip), title, fileName, zip ? "application/zip" : "application/pdf");
    }

    public async Task RunAsync(DocumentJobContext ctx, UserScope scope, JsonElement args, CancellationToken ct)
    {
        var (filter, requestBase, zip) = args.Deserialize<Args>(DocumentJobParameters.Json) ?? throw new JsonException("任务参数为空。");
        var certificates = ctx.Services.GetRequiredService<CertificateService>();
        var renderer = ctx.Services.GetRequiredService<PdfRenderer>();
        var (models, _) = await certificates.ForFilterAsync(scope, filter, requestBase, ct);
        ctx.SetTotal(models.Count);
        await using var file = new FileStream(ctx.ResultPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        if (zip) await WriteZipAsync(file, models, renderer, ctx, ct);
        else renderer.RenderPdf(CertificateComposer.ComposeMany(models), file, ctx.Report, ct);
    }

    private static async Task WriteZipAsync(Stream file, IReadOnlyList<CertificateModel> models, PdfRenderer renderer,
        DocumentJobContext ctx, CancellationToken ct)
    {
        await using var archive = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true);
        for (var i = 0; i < models.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var m = models[i];
            var entry = archive.CreateEntry($"{Safe(m.CertificateNumber)}_{Safe(m.PlatformName)}.pdf", CompressionLevel.Fastest);
            await using (var s = await entry.OpenAsync(ct))
            {
                var pdf = renderer.RenderPdf(CertificateComposer.Compose(m));
                await s.WriteAsync(pdf, ct);
            }
            ctx.Report(i + 1);
        }
    }

    private static string Safe(string s) => string.Concat(s.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '/' or '\\' ? '_' : c));
}

using System.IO.Compression;
using System.Text.Json;
using Workbench.App.Documents.Composers;
using Workbench.App.Documents.Pdf;
using Workbench.App.Features.Account;
using Workbench.App.Features.Documents;

namespace Workbench.App.Features.Notices;

/// <summary>What a round batch packs: every notice of the round, or every evaluation report of the round.</summary>
public enum RoundBatchKind { Notices, Reports }

/// <summary>Batch download for one evaluation round on <see cref="DocumentJobQueue"/>: a ZIP with one PDF per document
/// (each keeps its own page numbering and 发文字号), with progress and cancel.</summary>
public sealed class RoundBatch : IDocumentJobKind
{
    /// <summary>What is stored to run the batch again.</summary>
    public sealed record Args(int RoundId, RoundBatchKind Kind);

    public string Name => "round-batch";

    public static Task<DocumentJob> StartAsync(DocumentJobQueue queue, UserScope scope, int roundId, string roundTitle, RoundBatchKind kind, DateOnly today)
    {
        var stamp = today.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var what = kind == RoundBatchKind.Notices ? "公文" : "评估报告";
        return queue.EnqueueAsync("round-batch", scope, new Args(roundId, kind), $"{roundTitle}：全部{what}（ZIP）", $"{Safe(roundTitle)}_{what}_{stamp}.zip", "application/zip");
    }

    public async Task RunAsync(DocumentJobContext ctx, UserScope scope, JsonElement args, CancellationToken ct)
    {
        var (roundId, kind) = args.Deserialize<Args>(DocumentJobParameters.Json) ?? throw new JsonException("任务参数为空。");
        var renderer = ctx.Services.GetRequiredService<PdfRenderer>();
        await using var file = new FileStream(ctx.ResultPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        await using var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true);
        if (kind == RoundBatchKind.Notices)
        {
            var docs = await ctx.Services.GetRequiredService<NoticeService>().ForRoundAsync(scope, roundId, ct);
            ctx.SetTotal(docs.Count);
            for (var i = 0; i < docs.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                await WriteAsync(zip, $"{i + 1:D3}_{Safe(docs[i].FileName)}", renderer.RenderPdf(OfficialNoticeComposer.Compose(docs[i].Model)), ct);
                ctx.Report(i + 1);
            }
        }
        else
        {
            var reports = await ctx.Services.GetRequiredService<ReportDocuments>().EvaluationReportsAsync(scope, roundId, ct);
            ctx.SetTotal(reports.Count);
            for (var i = 0; i < reports.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                if (reports[i].Model is { } m) await WriteAsync(zip, $"{i + 1:D3}_{Safe(reports[i].FileName)}", renderer.RenderPdf(ReportComposer.Compose(m)), ct);
                ctx.Report(i + 1);
            }
        }
    }

    private static async Task WriteAsync(ZipArchive zip, string name, byte[] pdf, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        await using var s = await entry.OpenAsync(ct);
        await s.WriteAsync(pdf, ct);
    }

    private static string Safe(string s) => string.Concat(s.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '/' or '\\' ? '_' : c));
}

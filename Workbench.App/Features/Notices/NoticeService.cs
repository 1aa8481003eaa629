using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Documents.Composers;
using Workbench.App.Documents.Pdf;
using Workbench.App.Features.Account;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Notices;

/// <summary>Filters of the notices register; the source ids narrow it to one batch, round or platform.</summary>
public sealed record NoticeQuery(NoticeKind? Kind = null, int? Year = null, int? RoundId = null, int? BatchId = null, int? PlatformId = null,
    int Page = 0, int PageSize = 20);

public sealed record NoticeRow(int Id, NoticeKind Kind, string Number, string Title, DateOnly IssuedOn, string IssuedBy,
    DateOnly? NoticeStart, DateOnly? NoticeEnd, IReadOnlyList<string> Platforms)
{
    public string KindLabel => Kind.Label();
}

/// <summary>An issued notice ready to print: the snapshot model and a file name.</summary>
public sealed record NoticeDocument(int Id, NoticeKind Kind, string Number, string Title, OfficialNoticeModel Model)
{
    public string FileName => $"{Kind.Label()}_{Number}.pdf".Replace('〔', '(').Replace('〕', ')');
}

/// <summary>Which notices a user may see: province and agency all, a department or host unit those about its units.</summary>
public static class NoticeScope
{
    public static IQueryable<OfficialNotice> VisibleTo(this IQueryable<OfficialNotice> q, UserScope scope) => scope.Role switch
    {
        Role.Admin or Role.Agency => q,
        Role.Department when scope.DepartmentId is int d => q.Where(n => n.Units.Any(u => u.DepartmentId == d)),
        Role.HostUnit when scope.HostUnitId is int h => q.Where(n => n.Units.Any(u => u.HostUnitId == h)),
        _ => q.Where(_ => false),
    };
}

/// <summary>The register of issued official notices (公文) and their PDFs, reprinted from the snapshot as issued.</summary>
public sealed class NoticeService(IDbContextFactory<WorkbenchDbContext> dbf, PdfRenderer renderer, TimeProvider clock)
{
    public const string Roles = "Admin,Department,HostUnit,Agency";

    public async Task<(IReadOnlyList<NoticeRow> Rows, int Total)> ListAsync(UserScope scope, NoticeQuery q, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var query = db.OfficialNotices.AsNoTracking().VisibleTo(scope);
        if (q.Kind is { } k) query = query.Where(n => n.Kind == k);
        if (q.Year is { } y) query = query.Where(n => n.Year == y);
        if (q.RoundId is { } r) query = query.Where(n => n.RoundId == r);
        if (q.BatchId is { } b) query = query.Where(n => n.RecognitionBatchId == b);
        if (q.PlatformId is { } p) query = query.Where(n => n.Units.Any(u => u.PlatformId == p));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(n => n.IssuedOn).ThenByDescending(n => n.Id)
            .Skip(q.Page * q.PageSize).Take(q.PageSize)
            .Select(n => new NoticeRow(n.Id, n.Kind, n.Number, n.Title, n.IssuedOn, n.IssuedBy, n.NoticeStart, n.NoticeEnd,
                n.Units.OrderBy(u => u.Id).Select(u => u.PlatformName).ToList()))
            .ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>The years that have notices the user may see (for the year filter).</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(UserScope scope, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        return await db.OfficialNotices.AsNoTracking().VisibleTo(scope).Select(n => n.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
    }

    /// <summary>One notice the user may see, or null (“未找到或无权查看”).</summary>
    public async Task<NoticeDocument?> GetAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var n = await db.OfficialNotices.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(x => x.Id == id, ct);
        return n is null ? null : new NoticeDocument(n.Id, n.Kind, n.Number, n.Title, NoticeIssuer.Read(n.ModelJson));
    }

    /// <summary>Every notice of a round the user may see, oldest first (for the batch ZIP).</summary>
    public async Task<IReadOnlyList<NoticeDocument>> ForRoundAsync(UserScope scope, int roundId, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rows = await db.OfficialNotices.AsNoTracking().VisibleTo(scope).Where(n => n.RoundId == roundId).OrderBy(n => n.Id)
            .Select(n => new { n.Id, n.Kind, n.Number, n.Title, n.ModelJson }).ToListAsync(ct);
        return rows.Select(n => new NoticeDocument(n.Id, n.Kind, n.Number, n.Title, NoticeIssuer.Read(n.ModelJson))).ToList();
    }

    /// <summary>Anonymous: a 公示 whose publicity period includes today (the public notices page links to it).</summary>
    public async Task<NoticeDocument?> GetPublicAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var today = clock.ChinaToday();
        var n = await db.OfficialNotices.AsNoTracking()
            .Where(x => x.Id == id && (x.Kind == NoticeKind.RecognitionPublicity || x.Kind == NoticeKind.EvaluationPublicity) && x.NoticeStart <= today && x.NoticeEnd >= today)
            .FirstOrDefaultAsync(ct);
        return n is null ? null : new NoticeDocument(n.Id, n.Kind, n.Number, n.Title, NoticeIssuer.Read(n.ModelJson));
    }

    /// <summary>The 公示 documents open today for the given applications (application id → notice id).</summary>
    public async Task<IReadOnlyDictionary<int, int>> OpenPublicityByApplicationAsync(CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var today = clock.ChinaToday();
        var rows = await db.OfficialNotices.AsNoTracking()
            .Where(x => x.Kind == NoticeKind.RecognitionPublicity && x.ApplicationId != null && x.NoticeStart <= today && x.NoticeEnd >= today)
            .Select(x => new { App = x.ApplicationId!.Value, x.Id }).ToListAsync(ct);
        return rows.GroupBy(r => r.App).ToDictionary(g => g.Key, g => g.Max(r => r.Id));
    }

    public int PageCount(NoticeDocument d) => renderer.Measure(OfficialNoticeComposer.Compose(d.Model)).Pages;

    public byte[] Pdf(NoticeDocument d) => renderer.RenderPdf(OfficialNoticeComposer.Compose(d.Model));

    public IReadOnlyList<byte[]> Preview(NoticeDocument d, int maxPages = 4) => renderer.RenderPreviewPngs(OfficialNoticeComposer.Compose(d.Model), maxPages: maxPages);
}

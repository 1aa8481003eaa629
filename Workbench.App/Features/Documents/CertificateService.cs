using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Documents;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core.Documents;
using Workbench.Core.Platforms;

namespace Workbench.App.Features.Documents;

/// <summary>What printing one platform's certificate came to.</summary>
public sealed record CertificateLookup(CertificateModel? Model, bool Found, IReadOnlyList<string> Problems)
{
    public static readonly CertificateLookup NotFound = new(null, false, ["未找到该平台，或您无权查看。"]);
}

/// <summary>The public verify page's answer for a certificate number.</summary>
public enum VerifyState { Valid, Revoked, Unknown }

public sealed record VerifyResult(VerifyState State, string Number, string? PlatformName = null, string? EnglishName = null,
    string? HostUnit = null, DateOnly? RecognisedOn = null, PlatformStatus? Status = null);

/// <summary>
/// 第八条(二): the recognition certificate (认定证书) built from the registry, scoped like the registry
/// (<see cref="PlatformScope.VisibleTo"/>), and the public verification its QR code points at.
/// </summary>
public sealed class CertificateService(IDbContextFactory<WorkbenchDbContext> dbf, IOptions<DocumentsOptions> options)
{
    /// <summary>Configured public base URL ("Documents:PublicBaseUrl"), else the requesting site's.</summary>
    public string PublicBase(string requestBase)
    {
        var configured = options.Value.PublicBaseUrl;
        return (string.IsNullOrWhiteSpace(configured) ? requestBase : configured).TrimEnd('/');
    }

    public string VerifyUrl(string requestBase, string certificateNumber) =>
        $"{PublicBase(requestBase)}/verify/{Uri.EscapeDataString(certificateNumber)}";

    public async Task<CertificateLookup> ForPlatformAsync(UserScope scope, int platformId, string requestBase, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var row = await Rows(db.Platforms.AsNoTracking().VisibleTo(scope).Where(p => p.Id == platformId)).FirstOrDefaultAsync(ct);
        if (row is null) return CertificateLookup.NotFound;
        var problems = Printable(row).ToList();
        if (problems.Count > 0) return new(null, true, problems);
        var model = ToModel(row, requestBase);
        var check = model.Validate();
        return check.Passed ? new(model, true, []) : new(null, true, check.Problems);
    }

    /// <summary>Every printable certificate under the registry filter, in registry order; the rest are counted as skipped.</summary>
    public async Task<(IReadOnlyList<CertificateModel> Models, int Skipped)> ForFilterAsync(UserScope scope, PlatformQuery filter,
        string requestBase, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rows = await Rows(PlatformService.Filter(db, db.Platforms.AsNoTracking().VisibleTo(scope), filter).OrderBy(p => p.Name).ThenBy(p => p.Id)).ToListAsync(ct);
        var models = rows.Where(r => !Printable(r).Any()).Select(r => ToModel(r, requestBase)).Where(m => m.Validate().Passed).ToList();
        return (models, rows.Count - models.Count);
    }

    /// <summary>Anonymous: the certificate number is printed on the plaque, so anyone holding it may check it.</summary>
    public async Task<VerifyResult> VerifyAsync(string? number, CancellationToken ct = default)
    {
        var n = (number ?? "").Trim();
        if (n.Length is 0 or > 64) return new(VerifyState.Unknown, n);
        await using var db = await dbf.CreateDbContextAsync(ct);
        var p = await db.Platforms.AsNoTracking().Where(x => x.CertificateNumber == n)
            .Select(x => new { x.Name, x.EnglishName, Host = x.HostUnit!.Name, x.RecognisedOn, x.Status }).FirstOrDefaultAsync(ct);
        if (p is null) return new(VerifyState.Unknown, n);
        return new(p.Status == PlatformStatus.Revoked ? VerifyState.Revoked : VerifyState.Valid, n, p.Name, p.EnglishName, p.Host, p.RecognisedOn, p.Status);
    }

    private sealed record Row(int Id, string Name, string EnglishName, string HostUnit, string? CertificateNumber, DateOnly? RecognisedOn, PlatformStatus Status);

    private static IQueryable<Row> Rows(IQueryable<Platform> q) =>
        q.Select(p => new Row(p.Id, p.Name, p.EnglishName, p.HostUnit!.Name, p.CertificateNumber, p.RecognisedOn, p.Status));

    private static IEnumerable<string> Printable(Row r)
    {
        if (r.Status == PlatformStatus.Revoked) yield return "该平台已撤销，牌匾和证书已收回（第十七条、第十八条），不能打印证书。";
        if (string.IsNullOrWhiteSpace(r.CertificateNumber)) yield return "该平台尚未登记证书编号，请先在“编辑”中填写证书编号。";
        if (r.RecognisedOn is null) yield return "该平台尚未登记认定日期，请先在“编辑”中填写认定日期。";
    }

    private CertificateModel ToModel(Row r, string requestBase) =>
        new(r.Name, r.EnglishName, r.HostUnit, r.CertificateNumber!, r.RecognisedOn!.Value, VerifyUrl(requestBase, r.CertificateNumber!));
}

using Workbench.Core.Platforms;

namespace Workbench.Core.Documents;

/// <summary>
/// 第八条(二)、第九条: the recognition certificate (认定证书/牌匾证书) given with the plaque after the list is published.
/// </summary>
/// <param name="PlatformName">Chinese name, 湖南省××平台/中心/资源库/资源馆 (第九条)</param>
/// <param name="PlatformEnglishName">English name, Hunan Provincial … Platform/Center/Resource Center (第九条)</param>
/// <param name="HostUnit">依托单位</param>
/// <param name="CertificateNumber">证书编号, printed and encoded in the verify URL</param>
/// <param name="IssuedOn">发证日期</param>
/// <param name="VerifyUrl">the URL the QR code points at (the public verify page)</param>
/// <param name="Issuers">issuing organisations, each with its seal; default 湖南省科学技术厅 and 湖南省财政厅</param>
public sealed record CertificateModel(
    string PlatformName,
    string PlatformEnglishName,
    string HostUnit,
    string CertificateNumber,
    DateOnly IssuedOn,
    string VerifyUrl,
    IReadOnlyList<SealModel>? Issuers = null)
{
    public const string Heading = "湖南省科技资源共享服务平台";

    public static readonly IReadOnlyList<SealModel> DefaultIssuers =
        [new("湖南省科学技术厅"), new("湖南省财政厅")];

    public IReadOnlyList<SealModel> IssuingOrganisations => Issuers is { Count: > 0 } ? Issuers : DefaultIssuers;

    public string DateText => DocumentText.ChineseDate(IssuedOn);

    /// <summary>第九条 naming, plus what a certificate cannot be printed without.</summary>
    public Check Validate()
    {
        var check = PlatformNaming.ValidateChineseName(PlatformName)
            .And(PlatformNaming.ValidateEnglishName(PlatformEnglishName, PlatformName));
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(HostUnit)) problems.Add("请填写依托单位（第八条）。");
        if (string.IsNullOrWhiteSpace(CertificateNumber)) problems.Add("请填写证书编号。");
        if (!Uri.TryCreate(VerifyUrl, UriKind.Absolute, out _)) problems.Add("证书核验地址应为完整网址，例如 https://…/verify/编号。");
        return check.And(Check.Of(problems));
    }
}

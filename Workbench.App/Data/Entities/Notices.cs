namespace Workbench.App.Data.Entities;

/// <summary>The kinds of official notice the province issues on platforms (第八条、第十七条、第十八条).</summary>
public enum NoticeKind
{
    /// <summary>认定公示 (第八条(二)3).</summary>
    RecognitionPublicity,
    /// <summary>认定通知 (第九条).</summary>
    RecognitionNotice,
    /// <summary>评估结果公示 (第十七条).</summary>
    EvaluationPublicity,
    /// <summary>评估结果通知 (第十七条).</summary>
    EvaluationNotice,
    /// <summary>整改通知书 (第十七条).</summary>
    Rectification,
    /// <summary>撤销（摘牌）通知 (第十七条、第十八条).</summary>
    Removal,
}

/// <summary>
/// An issued official notice (公文) with its 发文字号. The model is kept as a JSON snapshot so a reprint is identical to
/// what was issued; the source ids say which batch, round, round platform or rectification case it belongs to.
/// </summary>
public sealed class OfficialNotice
{
    public int Id { get; set; }
    public NoticeKind Kind { get; set; }
    public required string Prefix { get; set; }
    public int Year { get; set; }
    public int Sequence { get; set; }
    /// <summary>The formatted 发文字号, e.g. 湘科资〔2026〕3号.</summary>
    public required string Number { get; set; }
    public required string Title { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public required string IssuedBy { get; set; }
    /// <summary>For 公示 kinds: the publicity period.</summary>
    public DateOnly? NoticeStart { get; set; }
    public DateOnly? NoticeEnd { get; set; }
    public int? RecognitionBatchId { get; set; }
    public int? ApplicationId { get; set; }
    public int? RoundId { get; set; }
    public int? RoundPlatformId { get; set; }
    public int? RectificationId { get; set; }
    public Rectification? Rectification { get; set; }
    /// <summary>The <c>OfficialNoticeModel</c> as issued (JSON).</summary>
    public required string ModelJson { get; set; }
    public List<OfficialNoticeUnit> Units { get; set; } = [];
}

/// <summary>A platform a notice concerns, with its host unit and competent department (for scoping).</summary>
public sealed class OfficialNoticeUnit
{
    public int Id { get; set; }
    public int NoticeId { get; set; }
    public int? PlatformId { get; set; }
    public Platform? Platform { get; set; }
    public required string PlatformName { get; set; }
    public int HostUnitId { get; set; }
    public int DepartmentId { get; set; }
}

public static class NoticeLabels
{
    public static string Label(this NoticeKind k) => k switch
    {
        NoticeKind.RecognitionPublicity => "认定公示",
        NoticeKind.RecognitionNotice => "认定通知",
        NoticeKind.EvaluationPublicity => "评估结果公示",
        NoticeKind.EvaluationNotice => "评估结果通知",
        NoticeKind.Rectification => "整改通知书",
        NoticeKind.Removal => "撤销（摘牌）通知",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };

    public static bool IsPublicity(this NoticeKind k) => k is NoticeKind.RecognitionPublicity or NoticeKind.EvaluationPublicity;
}

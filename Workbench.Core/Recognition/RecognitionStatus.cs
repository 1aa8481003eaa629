namespace Workbench.Core.Recognition;

/// <summary>第八条(二): where a recognition application stands.</summary>
public enum RecognitionStatus
{
    /// <summary>草稿</summary>
    Draft,
    /// <summary>已提交 (to the 主管部门)</summary>
    Submitted,
    /// <summary>主管部门审核</summary>
    DepartmentReview,
    /// <summary>形式审查 (third-party review of materials)</summary>
    FormalReview,
    /// <summary>专家论证</summary>
    ExpertReview,
    /// <summary>现场考察</summary>
    OnSiteInspection,
    /// <summary>拟认定 (recognition recommended)</summary>
    Proposed,
    /// <summary>审批</summary>
    Approval,
    /// <summary>公示</summary>
    PublicNotice,
    /// <summary>已认定</summary>
    Recognised,
    /// <summary>未通过</summary>
    Rejected,
    /// <summary>退回修改</summary>
    Returned,
}

/// <summary>第八条(二): the steps of the recognition procedure.</summary>
public enum RecognitionAction
{
    Submit,
    Withdraw,
    StartDepartmentReview,
    Recommend,
    Return,
    PassFormalReview,
    CompleteExpertReview,
    ProposeRecognition,
    Reject,
    SubmitForApproval,
    ApproveAndPublicise,
    ConfirmRecognition,
}

/// <summary>Chinese labels for the recognition enums.</summary>
public static class RecognitionLabels
{
    public static string Label(this RecognitionStatus s) => s switch
    {
        RecognitionStatus.Draft => "草稿",
        RecognitionStatus.Submitted => "已提交",
        RecognitionStatus.DepartmentReview => "主管部门审核",
        RecognitionStatus.FormalReview => "形式审查",
        RecognitionStatus.ExpertReview => "专家论证",
        RecognitionStatus.OnSiteInspection => "现场考察",
        RecognitionStatus.Proposed => "拟认定",
        RecognitionStatus.Approval => "审批",
        RecognitionStatus.PublicNotice => "公示",
        RecognitionStatus.Recognised => "已认定",
        RecognitionStatus.Rejected => "未通过",
        RecognitionStatus.Returned => "退回修改",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Label(this RecognitionAction a) => RecognitionWorkflow.Machine.ActionLabel(a);
}

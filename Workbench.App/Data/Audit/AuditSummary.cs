using Workbench.App.Infrastructure;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Workbench.App.Data.Entities;
using Workbench.Core.Platforms;

namespace Workbench.App.Data.Audit;

/// <summary>Turns a tracked change into a short Chinese before/after summary for the audit trail.</summary>
internal static class AuditSummary
{
    private static readonly Dictionary<Type, string> EntityLabels = new()
    {
        [typeof(Platform)] = "平台",
        [typeof(PlatformHead)] = "平台负责人",
        [typeof(PlatformEvent)] = "平台大事记",
        [typeof(HostUnit)] = "依托单位",
        [typeof(CompetentDepartment)] = "主管部门",
        [typeof(Expert)] = "专家",
        [typeof(AppUser)] = "用户",
        [typeof(EvaluationTemplate)] = "评估指标模板", [typeof(EvaluationRound)] = "考核评估批次", [typeof(RoundTemplate)] = "批次指标模板", [typeof(RoundPlatform)] = "参评平台", [typeof(EvaluationMaterial)] = "评估材料", [typeof(RoundAssignment)] = "评估专家分配", [typeof(Rectification)] = "整改事项",
        [typeof(StoredFile)] = "附件", [typeof(AnnualSummaryReport)] = "年度总结", [typeof(MajorChange)] = "重大事项报备", [typeof(Complaint)] = "投诉", [typeof(IntegrityFinding)] = "诚信记录", [typeof(ServiceRecord)] = "服务记录", [typeof(ShortlistEntry)] = "国家平台推荐名单",
        [typeof(ReviewPanel)] = "专家组", [typeof(PanelMember)] = "专家组成员", [typeof(ScoreSheetRecord)] = "评分表", [typeof(ScoreItemRecord)] = "评分项", [typeof(RecognitionBatch)] = "认定批次", [typeof(RecognitionApplication)] = "认定申请", [typeof(ApplicationFile)] = "申报附件", [typeof(ApplicationHistory)] = "申请办理记录", [typeof(SiteInspection)] = "现场考察", [typeof(NoticeObjection)] = "公示异议", [typeof(OfficialNotice)] = "公文", [typeof(OfficialNoticeUnit)] = "公文涉及平台",
        [typeof(CalendarYear)] = "节假日安排", [typeof(CalendarHoliday)] = "法定节假日", [typeof(CalendarWorkday)] = "调休上班日",
    };

    private static readonly Dictionary<string, string> PropertyLabels = new()
    {
        ["Name"] = "名称", ["EnglishName"] = "英文名称", ["Category"] = "资源类别", ["Status"] = "状态",
        ["HostUnitId"] = "依托单位", ["CompetentDepartmentId"] = "主管部门", ["RecognisedOn"] = "认定日期",
        ["CertificateNumber"] = "证书编号", ["Summary"] = "简介", ["Website"] = "网址", ["Title"] = "职称/标题",
        ["Phone"] = "电话", ["Email"] = "邮箱", ["UnitName"] = "工作单位", ["Fields"] = "专业领域", ["Active"] = "在库",
        ["Kind"] = "类型", ["Region"] = "地区", ["CreditCode"] = "统一社会信用代码", ["Address"] = "地址",
        ["ContactName"] = "联系人", ["ContactPhone"] = "联系电话", ["DisplayName"] = "姓名", ["UserName"] = "用户名",
        ["LockoutEnd"] = "锁定至", ["ExpertId"] = "专家", ["OrganisationName"] = "机构", ["Detail"] = "详情",
        ["PlatformId"] = "平台", ["OccurredAt"] = "时间", ["Actor"] = "经办人", ["PasswordHash"] = "密码",
        ["Number"] = "版本", ["Json"] = "指标内容", ["PeriodFrom"] = "评估期起", ["PeriodTo"] = "评估期止", ["OpenedOn"] = "启动日期", ["MaterialDeadline"] = "材料截止", ["ScoringDeadline"] = "评估截止", ["RoundId"] = "批次", ["TemplateNumber"] = "模板版本", ["IsReEvaluation"] = "复评", ["Participation"] = "参评情况", ["AbsenceReason"] = "未参加理由", ["PanelId"] = "评审组", ["PanelScore"] = "专家组评分", ["ConsensusReason"] = "调整理由", ["FraudFound"] = "弄虚作假", ["FraudReason"] = "弄虚作假情况", ["Grade"] = "等次", ["GradeReason"] = "等次依据", ["NoticeStart"] = "公示开始", ["NoticeEnd"] = "公示截止", ["PublishedOn"] = "公布日期", ["SelfScoresJson"] = "自评分", ["SelfAssessment"] = "自评报告", ["ServiceCount"] = "服务次数", ["UsersServed"] = "服务用户数", ["FreeServices"] = "无偿服务", ["PaidServices"] = "有偿服务", ["PaidContracts"] = "服务合同数", ["Revenue"] = "服务收入", ["AnnualSummary"] = "年度总结", ["SubmittedAt"] = "提交时间", ["ReviewedAt"] = "审核时间", ["ReviewedBy"] = "审核人", ["ReturnReason"] = "退回理由", ["RoundPlatformId"] = "参评平台", ["AssignedAt"] = "分配时间", ["AssignedBy"] = "分配人", ["DueOn"] = "整改期限", ["Reason"] = "原因", ["ReportText"] = "整改报告", ["ReportFileName"] = "附件", ["ReportStoredName"] = "存储名", ["ReportContentType"] = "文件类型", ["ReportSize"] = "文件大小", ["ReportSubmittedAt"] = "报告提交时间", ["ClosedOn"] = "结案日期", ["Outcome"] = "结论", ["CreatedAt"] = "创建时间", ["CreatedBy"] = "创建人", ["Note"] = "说明",
        ["Year"] = "年度", ["SummaryText"] = "年度总结", ["PlanText"] = "工作计划", ["SubmittedOn"] = "提交日期", ["SubmittedBy"] = "提交人", ["FileName"] = "文件名", ["Description"] = "事项说明", ["EffectiveOn"] = "生效日期", ["NewHeadName"] = "新负责人", ["NoticeStart"] = "公示开始", ["NoticeEnd"] = "公示结束", ["NoticeOutcome"] = "公示结果", ["DepartmentNote"] = "主管部门意见", ["TrackingNumber"] = "投诉编号", ["RealName"] = "投诉人", ["Content"] = "内容", ["AssignedTo"] = "承办人", ["InvestigationNotes"] = "调查记录", ["Response"] = "答复", ["Serious"] = "情节严重", ["Facts"] = "事实", ["Evidence"] = "证据", ["FoundOn"] = "认定日期", ["ServedOn"] = "服务日期", ["Purpose"] = "服务用途", ["UserOrganisation"] = "用户单位", ["Charging"] = "收费方式", ["ContractNumber"] = "合同编号", ["Fee"] = "收费", ["Cost"] = "成本", ["Reason"] = "理由", ["RemovedReason"] = "移出理由",
        ["SubjectTitle"] = "评审对象", ["ItemCode"] = "指标", ["Value"] = "得分", ["Comment"] = "评分理由", ["SheetId"] = "评分表", ["OverallComment"] = "总体意见", ["Signature"] = "签名", ["SubmittedAt"] = "提交时间", ["ReopenReason"] = "退回重评理由", ["ConsensusScore"] = "专家组调整后评分", ["ConsensusReason"] = "调整理由", ["ComputedScore"] = "专家组评分", ["AbstainedReason"] = "回避理由", ["IsChair"] = "组长", ["LastReason"] = "理由", ["NoticeStart"] = "公示开始", ["NoticeEnd"] = "公示截止", ["Resolution"] = "处理意见", ["Content"] = "内容", ["Contact"] = "联系方式", ["FalsifiedFound"] = "发现弄虚作假", ["Participants"] = "参加人员", ["InspectedOn"] = "考察日期", ["Conclusion"] = "考察结论", ["FileName"] = "文件名", ["HeadName"] = "平台负责人", ["Prefix"] = "机关代字", ["Sequence"] = "发文顺序号", ["IssuedOn"] = "成文日期", ["IssuedAt"] = "印发时间", ["IssuedBy"] = "经办人", ["ModelJson"] = "公文内容", ["RecognitionBatchId"] = "认定批次", ["ApplicationId"] = "认定申请", ["RectificationId"] = "整改事项", ["PlatformName"] = "平台名称", ["NoticeId"] = "公文", ["DepartmentId"] = "主管部门",
        ["Source"] = "依据通知", ["DocumentNumber"] = "文号", ["From"] = "放假起", ["To"] = "放假止", ["Date"] = "日期", ["UpdatedAt"] = "修改时间", ["UpdatedBy"] = "修改人",
    };

    /// <summary>Identity bookkeeping that changes on every sign-in; not a state change worth a line in the trail.</summary>
    private static readonly HashSet<string> Ignored =
        ["Version", "ConcurrencyStamp", "SecurityStamp", "AccessFailedCount", "NormalizedUserName", "NormalizedEmail", "Id", "PlatformId",
         "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled"];

    public static string EntityLabel(Type t) => EntityLabels.GetValueOrDefault(t, t.Name);

    public static string KeyOf(EntityEntry entry)
    {
        var owner = entry.Metadata.IsOwned() ? entry.Metadata.FindOwnership()?.Properties : null;
        var key = owner ?? entry.Metadata.FindPrimaryKey()?.Properties;
        return key is null ? "" : string.Join(",", key.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    /// <summary>Null when the change is not worth recording (Identity tables other than users, bookkeeping only).</summary>
    public static string? Describe(EntityEntry entry) => Describe(entry, entry.State);

    /// <summary>For an added record, call again after the save: keys and foreign keys are real only then.</summary>
    public static string? Describe(EntityEntry entry, EntityState state)
    {
        if (!EntityLabels.ContainsKey(entry.Metadata.ClrType)) return null;
        var props = entry.Properties.Where(p => !Ignored.Contains(p.Metadata.Name) && !p.Metadata.IsShadowProperty()).ToList();
        IEnumerable<string> parts = state switch
        {
            EntityState.Added => props.Where(p => p.CurrentValue is not null).Select(p => $"{Label(p)}：{Show(p, p.CurrentValue)}"),
            EntityState.Deleted => props.Where(p => p.OriginalValue is not null).Select(p => $"{Label(p)}：{Show(p, p.OriginalValue)}"),
            _ => props.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                      .Select(p => $"{Label(p)}：{Show(p, p.OriginalValue)} → {Show(p, p.CurrentValue)}"),
        };
        var list = parts.ToList();
        return list.Count == 0 ? null : string.Join("；", list);
    }

    private static string Label(PropertyEntry p) => PropertyLabels.GetValueOrDefault(p.Metadata.Name, p.Metadata.Name);

    private static string Show(PropertyEntry p, object? value) => p.Metadata.Name == "PasswordHash" ? "（已更改）" : value switch
    {
        null => "（空）",
        Enum e => EnumLabel(e),
        bool b => b ? "是" : "否",
        byte[] bytes => $"（图片 {bytes.Length} 字节）",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t when p.Metadata.Name == "LockoutEnd" && t.IsForever() => "永久锁定（已停用）",
        DateTimeOffset t => t.ToChina().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("、", list),
        string s when s.Length > 80 => s[..80] + "…",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, System.Reflection.MethodInfo?> LabelMethods = new();

    /// <summary>Every user-visible enum has a Chinese <c>Label()</c> extension (Core or App); the trail shows that, not the code name.</summary>
    private static string EnumLabel(Enum e)
    {
        var method = LabelMethods.GetOrAdd(e.GetType(), t => new[] { typeof(Workbench.Core.Check).Assembly, typeof(AuditSummary).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(x => x.IsAbstract && x.IsSealed)
            .SelectMany(x => x.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .FirstOrDefault(m => m.Name == "Label" && m.ReturnType == typeof(string) && m.GetParameters() is [var only] && only.ParameterType == t));
        return method?.Invoke(null, [e]) as string ?? e.ToString();
    }
}

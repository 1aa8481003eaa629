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
        [typeof(ReviewPanel)] = "专家组", [typeof(PanelMember)] = "专家组成员", [typeof(ScoreSheetRecord)] = "评分表", [typeof(RecognitionBatch)] = "认定批次", [typeof(RecognitionApplication)] = "认定申请", [typeof(ApplicationFile)] = "申报附件", [typeof(ApplicationHistory)] = "申请办理记录", [typeof(SiteInspection)] = "现场考察", [typeof(NoticeObjection)] = "公示异议",
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
        ["SubjectTitle"] = "评审对象", ["ScoresJson"] = "评分", ["CommentsJson"] = "评分意见", ["OverallComment"] = "总体意见", ["Signature"] = "签名", ["SubmittedAt"] = "提交时间", ["ReopenReason"] = "退回重评理由", ["ConsensusScore"] = "专家组调整后评分", ["ConsensusReason"] = "调整理由", ["ComputedScore"] = "专家组评分", ["AbstainedReason"] = "回避理由", ["IsChair"] = "组长", ["LastReason"] = "理由", ["NoticeStart"] = "公示开始", ["NoticeEnd"] = "公示截止", ["Resolution"] = "处理意见", ["Content"] = "内容", ["Contact"] = "联系方式", ["FalsifiedFound"] = "发现弄虚作假", ["Participants"] = "参加人员", ["InspectedOn"] = "考察日期", ["Conclusion"] = "考察结论", ["FileName"] = "文件名", ["HeadName"] = "平台负责人",
    };

    /// <summary>Identity bookkeeping that changes on every sign-in; not a state change worth a line in the trail.</summary>
    private static readonly HashSet<string> Ignored =
        ["Version", "ConcurrencyStamp", "SecurityStamp", "AccessFailedCount", "NormalizedUserName", "NormalizedEmail", "Id", "PlatformId"];

    public static string EntityLabel(Type t) => EntityLabels.GetValueOrDefault(t, t.Name);

    public static string KeyOf(EntityEntry entry)
    {
        var owner = entry.Metadata.IsOwned() ? entry.Metadata.FindOwnership()?.Properties : null;
        var key = owner ?? entry.Metadata.FindPrimaryKey()?.Properties;
        return key is null ? "" : string.Join(",", key.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    /// <summary>Null when the change is not worth recording (Identity tables other than users, bookkeeping only).</summary>
    public static string? Describe(EntityEntry entry)
    {
        if (!EntityLabels.ContainsKey(entry.Metadata.ClrType)) return null;
        var props = entry.Properties.Where(p => !Ignored.Contains(p.Metadata.Name) && !p.Metadata.IsShadowProperty()).ToList();
        IEnumerable<string> parts = entry.State switch
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
        ResourceCategory c => c.Label(),
        PlatformStatus s => s.Label(),
        DepartmentKind k => k.Label(),
        HostUnitKind k => k.Label(),
        bool b => b ? "是" : "否",
        byte[] bytes => $"（图片 {bytes.Length} 字节）",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("、", list),
        string s when s.Length > 80 => s[..80] + "…",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

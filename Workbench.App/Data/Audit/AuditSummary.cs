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
        [typeof(StoredFile)] = "附件", [typeof(AnnualSummaryReport)] = "年度总结", [typeof(MajorChange)] = "重大事项报备", [typeof(Complaint)] = "投诉", [typeof(IntegrityFinding)] = "诚信记录", [typeof(ServiceRecord)] = "服务记录", [typeof(ShortlistEntry)] = "国家平台推荐名单",
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
        ["Year"] = "年度", ["SummaryText"] = "年度总结", ["PlanText"] = "工作计划", ["SubmittedOn"] = "提交日期", ["SubmittedBy"] = "提交人", ["FileName"] = "文件名", ["Description"] = "事项说明", ["EffectiveOn"] = "生效日期", ["NewHeadName"] = "新负责人", ["NoticeStart"] = "公示开始", ["NoticeEnd"] = "公示结束", ["NoticeOutcome"] = "公示结果", ["DepartmentNote"] = "主管部门意见", ["TrackingNumber"] = "投诉编号", ["RealName"] = "投诉人", ["Content"] = "内容", ["AssignedTo"] = "承办人", ["InvestigationNotes"] = "调查记录", ["Response"] = "答复", ["Serious"] = "情节严重", ["Facts"] = "事实", ["Evidence"] = "证据", ["FoundOn"] = "认定日期", ["ServedOn"] = "服务日期", ["Purpose"] = "服务用途", ["UserOrganisation"] = "用户单位", ["Charging"] = "收费方式", ["ContractNumber"] = "合同编号", ["Fee"] = "收费", ["Cost"] = "成本", ["Reason"] = "理由", ["RemovedReason"] = "移出理由",
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
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("、", list),
        string s when s.Length > 80 => s[..80] + "…",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

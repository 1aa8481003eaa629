using Workbench.App.Data.Entities;

namespace Workbench.App.Features.Supervision;

public static class SupervisionLabels
{
    public static string Label(this MajorChangeKind k) => k switch
    {
        MajorChangeKind.InternalManagement => "内部管理重大变化",
        MajorChangeKind.HeadChange => "平台负责人变更",
        MajorChangeKind.KeyPersonnel => "主要人员变动",
        _ => k.ToString(),
    };

    public static string Label(this MajorChangeStatus s) => s switch
    {
        MajorChangeStatus.Filed => "待主管部门公示",
        MajorChangeStatus.Publicising => "公示中",
        MajorChangeStatus.Confirmed => "主管部门已确认",
        MajorChangeStatus.Returned => "已退回",
        MajorChangeStatus.Recorded => "省科技厅已备案",
        _ => s.ToString(),
    };

    public static string Label(this ComplaintStatus s) => s switch
    {
        ComplaintStatus.Received => "已受理",
        ComplaintStatus.Assigned => "已分办",
        ComplaintStatus.Investigating => "调查核实中",
        ComplaintStatus.Responded => "已答复",
        ComplaintStatus.Closed => "已办结",
        _ => s.ToString(),
    };
}

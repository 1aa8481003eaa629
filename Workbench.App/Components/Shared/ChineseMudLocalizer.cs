using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Workbench.App.Components.Shared;

/// <summary>MudBlazor's built-in texts in Simplified Chinese.</summary>
internal sealed class ChineseMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["MudDataGridPager_InfoFormat"] = "第 {0}-{1} 条，共 {2} 条",
        ["MudDataGridPager_RowsPerPage"] = "每页行数：",
        ["MudDataGridPager_AllItems"] = "全部",
        ["MudDataGridPager_FirstPage"] = "首页",
        ["MudDataGridPager_PreviousPage"] = "上一页",
        ["MudDataGridPager_NextPage"] = "下一页",
        ["MudDataGridPager_LastPage"] = "末页",
        ["MudTablePager_FirstPage"] = "首页",
        ["MudTablePager_PreviousPage"] = "上一页",
        ["MudTablePager_NextPage"] = "下一页",
        ["MudTablePager_LastPage"] = "末页",
        ["MudPagination_FirstPage"] = "首页",
        ["MudPagination_PreviousPage"] = "上一页",
        ["MudPagination_NextPage"] = "下一页",
        ["MudPagination_LastPage"] = "末页",
        ["MudPagination_CurrentPage"] = "第 {0} 页",
        ["MudPagination_PageIndex"] = "第 {0} 页",
        ["MudDataGrid_Loading"] = "正在加载…",
        ["MudTable_Loading"] = "正在加载…",
        ["MudDataGrid_Sort"] = "排序", ["MudDataGrid_Unsort"] = "取消排序", ["MudDataGrid_Filter"] = "筛选",
        ["MudDataGrid_AddFilter"] = "添加筛选", ["MudDataGrid_Apply"] = "应用", ["MudDataGrid_Cancel"] = "取消",
        ["MudDataGrid_Clear"] = "清除", ["MudDataGrid_ClearFilter"] = "清除筛选", ["MudDataGrid_Column"] = "列",
        ["MudDataGrid_Columns"] = "列", ["MudDataGrid_Contains"] = "包含", ["MudDataGrid_NotContains"] = "不包含",
        ["MudDataGrid_StartsWith"] = "开头是", ["MudDataGrid_EndsWith"] = "结尾是", ["MudDataGrid_Equals"] = "等于",
        ["MudDataGrid_NotEquals"] = "不等于", ["MudDataGrid_IsEmpty"] = "为空", ["MudDataGrid_IsNotEmpty"] = "不为空",
        ["MudDataGrid_Is"] = "是", ["MudDataGrid_IsNot"] = "不是", ["MudDataGrid_IsAfter"] = "晚于", ["MudDataGrid_IsBefore"] = "早于",
        ["MudDataGrid_IsOnOrAfter"] = "不早于", ["MudDataGrid_IsOnOrBefore"] = "不晚于", ["MudDataGrid_IsAnyOf"] = "属于",
        ["MudDataGrid_True"] = "是", ["MudDataGrid_False"] = "否", ["MudDataGrid_Value"] = "值", ["MudDataGrid_FilterValue"] = "筛选值",
        ["MudDataGrid_Operator"] = "条件", ["MudDataGrid_Hide"] = "隐藏", ["MudDataGrid_HideAll"] = "全部隐藏",
        ["MudDataGrid_ShowAll"] = "全部显示", ["MudDataGrid_Group"] = "分组", ["MudDataGrid_Ungroup"] = "取消分组",
        ["MudDataGrid_Save"] = "保存", ["MudDataGrid_RemoveFilter"] = "删除筛选", ["MudDataGrid_OpenFilters"] = "打开筛选",
        ["MudDataGrid_RefreshData"] = "刷新", ["MudDataGrid_ShowColumnOptions"] = "列选项", ["MudDataGrid_SelectAllRows"] = "全选",
        ["MudDataGrid_SelectRow"] = "选择行", ["MudDataGrid_ExpandAllGroups"] = "全部展开", ["MudDataGrid_CollapseAllGroups"] = "全部折叠",
        ["MudDataGrid_ExpandGroup"] = "展开", ["MudDataGrid_CollapseGroup"] = "折叠", ["MudDataGrid_ToggleGroupExpansion"] = "展开/折叠",
        ["MudDataGrid_MoveUp"] = "上移", ["MudDataGrid_MoveDown"] = "下移", ["MudDataGrid_ReorderColumn"] = "调整列顺序",
        ["MudDialog_Close"] = "关闭", ["MudSnackbar_Close"] = "关闭", ["MudAlert_Close"] = "关闭", ["MudChip_Close"] = "移除",
        ["MudInput_Clear"] = "清除", ["MudInput_Increment"] = "增加", ["MudInput_Decrement"] = "减少",
        ["MudNavGroup_ToggleExpand"] = "展开/折叠 {0}", ["MudSelect_SelectAll"] = "全选",
        ["MudBaseDatePicker_Open"] = "打开日期选择", ["MudBaseDatePicker_NextMonth"] = "下个月", ["MudBaseDatePicker_PrevMonth"] = "上个月",
        ["MudBaseDatePicker_NextYear"] = "下一年", ["MudBaseDatePicker_PrevYear"] = "上一年",
        ["MudDateRangePicker_Start"] = "开始日期", ["MudDateRangePicker_End"] = "结束日期",
        ["MudFileUpload_Button"] = "选择文件", ["MudFileUpload_DragAndDrop"] = "将文件拖到此处",
        ["MudFileUpload_FileSizeError"] = "文件“{0}”超过大小上限 {1} 字节。",
        ["MudFileUpload_MaximumFileCountExceeded"] = "已选择 {0} 个文件，超过上限 {1} 个。",
        ["MudFormComponent_Required"] = "必填", ["MudTabs_CloseTab"] = "关闭", ["MudTabs_AddTab"] = "添加",
        ["MudStepper_Next"] = "下一步", ["MudStepper_Previous"] = "上一步", ["MudStepper_Complete"] = "完成",
        ["MudStepper_Reset"] = "重置", ["MudStepper_Skip"] = "跳过", ["MudTimePicker_Open"] = "打开时间选择",
        ["Converter_InvalidNumber"] = "请输入数字", ["Converter_InvalidDateTime"] = "请输入有效日期",
        ["Converter_InvalidBoolean"] = "请输入是或否", ["Converter_InvalidGUID"] = "格式无效",
        ["Converter_InvalidTimeSpan"] = "请输入有效时间", ["Converter_InvalidType"] = "格式无效",
        ["Converter_ConversionFailed"] = "格式无效", ["Converter_UnableToConvert"] = "无法识别输入",
        ["Converter_NotValueOf"] = "不是有效的 {0}",
        ["MudExitPrompt_Title"] = "离开页面？", ["MudExitPrompt_Text"] = "有未保存的修改。", ["MudExitPrompt_Exit"] = "离开", ["MudExitPrompt_Cancel"] = "留下",
    };

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text) ? new LocalizedString(key, text) : base[key];

    public override LocalizedString this[string key, params object[] arguments] =>
        Texts.TryGetValue(key, out var text) ? new LocalizedString(key, string.Format(System.Globalization.CultureInfo.CurrentCulture, text, arguments)) : base[key, arguments];
}

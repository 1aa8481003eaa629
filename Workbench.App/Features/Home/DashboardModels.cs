using Workbench.App.Data.Entities;
using Workbench.App.Features.Reviews;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Core.Recognition;
using Workbench.Core.Scoring;

namespace Workbench.App.Features.Home;

/// <summary>工作台 of an official (厅, 主管部门, 依托单位, 第三方机构): each part is null or empty where the role has no such card.</summary>
public sealed record Dashboard(
    string Organisation, RegistryCounts Registry, GradeDistribution? Grades, IReadOnlyList<PipelineBatch> Pipeline,
    IReadOnlyList<PanelProgressRow> Panels, RectificationSummary? Rectifications, SummaryCounts? Summaries,
    IReadOnlyDictionary<ComplaintStatus, int>? Complaints, IReadOnlyList<DeadlineItem> Deadlines);

public sealed record RegistryCounts(int Total, IReadOnlyDictionary<PlatformStatus, int> ByStatus, IReadOnlyDictionary<ResourceCategory, int> ByCategory);

/// <summary>One bar of the grade chart: a category or a department, the registry filter that selects it, and its platforms per latest grade.</summary>
public sealed record GradeGroup(string Label, string Filter, IReadOnlyDictionary<Grade, int> Counts)
{
    public int Total => Counts.Values.Sum();
    public string Href(Grade g) => $"/platforms?{Filter}&grade={g}";
}

/// <summary>第十六、十七条: platforms by their latest published grade, by category and by competent department.</summary>
public sealed record GradeDistribution(IReadOnlyList<GradeGroup> ByCategory, IReadOnlyList<GradeGroup> ByDepartment)
{
    public int Graded => ByCategory.Sum(g => g.Total);
}

/// <summary>第八条(二): applications of one batch still in progress, per status.</summary>
public sealed record PipelineBatch(int BatchId, string Title, IReadOnlyDictionary<RecognitionStatus, int> Counts)
{
    public string Href(RecognitionStatus s) => $"/recognition?batch={BatchId}&status={s}";
}

/// <summary>An open expert panel: sheets submitted of the experts who did not abstain.</summary>
public sealed record PanelProgressRow(int PanelId, PanelKind Kind, string Subject, DateOnly? Deadline, int Submitted, int Total, string Href);

/// <summary>第十七条: open rectification cases, the overdue ones and those due within 30 days, the nearest first.</summary>
public sealed record RectificationSummary(int Open, int Overdue, int DueSoon, IReadOnlyList<RectificationDue> Nearest);

public sealed record RectificationDue(int PlatformId, string Platform, DateOnly DueOn, int DaysLeft, bool Overdue);

/// <summary>第十五条: the year being collected, its deadline, and platforms per status (Core's status rule).</summary>
public sealed record SummaryCounts(int Year, DateOnly Deadline, IReadOnlyDictionary<SummaryStatus, int> Counts)
{
    public string Href(SummaryStatus s) => $"/supervision/summaries?year={Year}&status={s}";
}

/// <summary>A dated task of a host unit (summary, rectification, evaluation materials, recognition application).</summary>
public sealed record DeadlineItem(string Title, string Detail, DateOnly? Due, int? DaysLeft, string Href);

/// <summary>工作台 of an expert: the panels assigned, with counts by the expert's own sheet state.</summary>
public sealed record ExpertDashboard(string Organisation, IReadOnlyList<MyPanelRow> Pending, int NotStarted, int Drafts, int Submitted);

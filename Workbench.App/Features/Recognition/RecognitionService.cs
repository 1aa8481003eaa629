using Workbench.App.Infrastructure;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Integrity;
using Workbench.Core.Platforms;
using Workbench.Core.Recognition;

namespace Workbench.App.Features.Recognition;

/// <summary>第七–九条: recognition batches, applications and every step of 第八条(二), each through Core RecognitionWorkflow.</summary>
public sealed partial class RecognitionService(
    IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock, Reviews.ReviewService reviews, IIntegrityLookup integrity,
    FileStore files, IConfiguration config, Supervision.InboxWriter inbox)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DateOnly Today => clock.ChinaToday();

    public async Task<IReadOnlyList<BatchRow>> BatchesAsync(CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        return await db.RecognitionBatches.AsNoTracking().OrderByDescending(b => b.Id)
            .Select(b => new BatchRow(b.Id, b.Title, b.Year, b.OpensOn, b.ClosesOn, b.DepartmentDeadline, b.NoticeWorkingDays)).ToListAsync(ct);
    }

    /// <summary>第七条: the admin opens a batch.</summary>
    public async Task<SaveResult> CreateBatchAsync(UserScope scope, BatchEditModel m, CancellationToken ct = default)
    {
        if (scope.Role != Role.Admin) return SaveResult.Fail("只有省科技厅管理员可以开启认定批次。");
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(m.Title)) errors.Add("请填写批次名称。");
        if (m.OpensOn is null || m.ClosesOn is null) errors.Add("请填写申报起止日期。");
        else if (m.ClosesOn < m.OpensOn) errors.Add("申报截止日期不能早于开始日期。");
        if (m.DepartmentDeadline is null) errors.Add("请填写主管部门审核报送截止日期。");
        else if (m.ClosesOn is not null && m.DepartmentDeadline < m.ClosesOn) errors.Add("主管部门报送截止日期不能早于申报截止日期。");
        if (m.NoticeWorkingDays is < 1 or > 30) errors.Add("公示期应为1至30个工作日。");
        if (errors.Count > 0) return SaveResult.Fail(errors);
        await using var db = await dbf.CreateDbContextAsync(ct);
        var b = new RecognitionBatch
        {
            Title = m.Title.Trim(), Year = m.OpensOn!.Value.Year, OpensOn = DateOnly.FromDateTime(m.OpensOn.Value),
            ClosesOn = DateOnly.FromDateTime(m.ClosesOn!.Value), DepartmentDeadline = DateOnly.FromDateTime(m.DepartmentDeadline!.Value),
            NoticeWorkingDays = m.NoticeWorkingDays, CreatedAt = clock.GetUtcNow(),
        };
        db.RecognitionBatches.Add(b);
        db.AuditAction = "开启认定批次";
        await db.SaveChangesAsync(ct);
        return SaveResult.Success(b.Id);
    }

    /// <summary>Pipeline counts per status (the user's scope).</summary>
    public async Task<Dictionary<RecognitionStatus, int>> PipelineAsync(UserScope scope, int batchId, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var counts = await db.RecognitionApplications.AsNoTracking().VisibleTo(scope).Where(a => a.BatchId == batchId)
            .GroupBy(a => a.Status).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        return counts.ToDictionary(c => c.Key, c => c.N);
    }

    public async Task<PageOf<ApplicationRow>> SearchAsync(UserScope scope, int batchId, RecognitionStatus? status, string? search, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var q = db.RecognitionApplications.AsNoTracking().VisibleTo(scope).Where(a => a.BatchId == batchId);
        if (status is { } s) q = q.Where(a => a.Status == s);
        if (!string.IsNullOrWhiteSpace(search)) q = q.Where(a => a.Name.Contains(search.Trim()) || a.HostUnit!.Name.Contains(search.Trim()));
        var total = await q.CountAsync(ct);
        var items = await q.OrderBy(a => a.Status).ThenBy(a => a.Id).Skip(page * pageSize).Take(pageSize)
            .Select(a => new ApplicationRow(a.Id, a.Name, a.Category, a.HostUnit!.Name, a.CompetentDepartment!.Name, a.Status, a.UpdatedAt))
            .ToListAsync(ct);
        return new(items, total);
    }

    public async Task<ApplicationDetail?> GetAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var x = await Readable(db, scope).AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a, Batch = a.Batch!.Title, Host = a.HostUnit!.Name, Dept = a.CompetentDepartment!.Name }).FirstOrDefaultAsync(ct);
        if (x is null) return null;
        var fileList = await db.ApplicationFiles.AsNoTracking().Where(f => f.ApplicationId == id).OrderBy(f => f.Id).ToListAsync(ct);
        var history = await db.ApplicationHistory.AsNoTracking().Where(h => h.ApplicationId == id).OrderByDescending(h => h.At).ThenByDescending(h => h.Id).ToListAsync(ct);
        var inspection = await db.SiteInspections.AsNoTracking().FirstOrDefaultAsync(i => i.ApplicationId == id, ct);
        var objections = scope.Role == Role.Admin
            ? await db.NoticeObjections.AsNoTracking().Where(o => o.ApplicationId == id).OrderBy(o => o.Id)
                .Select(o => new ObjectionRow(o.Id, o.Name, o.Contact, o.Content, o.SubmittedAt, o.Status, o.Resolution)).ToListAsync(ct)
            : [];
        var m = ToModel(x.a);
        return new(x.a, x.Batch, x.Host, x.Dept, fileList, history, inspection, objections,
            RecognitionChecklist.Evaluate(Contents(m, fileList)), PlatformHeadRules.Validate(m.Candidate, x.Host),
            PlatformNaming.ValidateChineseName(m.Name).And(PlatformNaming.ValidateEnglishName(m.EnglishName, m.Name)));
    }

    /// <summary>
    /// Who may read an application: <see cref="RecognitionScope.VisibleTo"/>, and (第八条(二)2) the experts of its panel who have
    /// not declared a conflict — read-only, to argue about what they score.
    /// </summary>
    internal static IQueryable<RecognitionApplication> Readable(WorkbenchDbContext db, UserScope scope) =>
        scope.Role == Role.Expert && scope.ExpertId is int me
            ? db.RecognitionApplications.Where(a => a.Status != RecognitionStatus.Draft
                && db.PanelMembers.Any(m => m.PanelId == a.PanelId && m.ExpertId == me && m.AbstainedReason == null))
            : db.RecognitionApplications.VisibleTo(scope);

    /// <summary>第八条(一): what the checklist sees — statements, the plan, and evidence codes attached.</summary>
    internal static RecognitionApplicationContents Contents(ApplicationEditModel m, IEnumerable<ApplicationFile> attached)
    {
        var list = attached.ToList();
        return new(list.Any(f => f.Kind == FileKind.OperationPlan), m.Statements,
            list.Where(f => f.Kind == FileKind.Evidence && f.EvidenceCode is not null).Select(f => f.EvidenceCode!).ToHashSet());
    }

    internal static ApplicationEditModel ToModel(RecognitionApplication a) => new()
    {
        Id = a.Id, BatchId = a.BatchId, Name = a.Name, EnglishName = a.EnglishName, Category = a.Category, ResourceSummary = a.ResourceSummary,
        Statements = JsonSerializer.Deserialize<Dictionary<string, string>>(a.StatementsJson, Json) ?? [],
        HeadName = a.HeadName, HeadEmployer = a.HeadEmployer, HeadEmployment = a.HeadEmployment, HeadTitle = a.HeadTitle,
        HeadTitleText = a.HeadTitleText, HeadYearsInField = a.HeadYearsInField, HeadManagementYears = a.HeadManagementYears,
        HeadPhone = a.HeadPhone, HeadEmail = a.HeadEmail, Version = a.Version,
    };

    public async Task<ApplicationEditModel?> LoadForEditAsync(UserScope scope, int id, CancellationToken ct = default)
    {
        if (scope.Role != Role.HostUnit) return null;
        await using var db = await dbf.CreateDbContextAsync(ct);
        var a = await db.RecognitionApplications.AsNoTracking().VisibleTo(scope).Include(x => x.HostUnit).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null || !RecognitionWorkflow.IsEditable(a.Status)) return null;
        var m = ToModel(a);
        m.HostUnitName = a.HostUnit!.Name;
        return m;
    }

    public async Task<ApplicationEditModel?> NewDraftAsync(UserScope scope, int batchId, CancellationToken ct = default)
    {
        if (scope.Role != Role.HostUnit || scope.HostUnitId is not int h) return null;
        await using var db = await dbf.CreateDbContextAsync(ct);
        var unit = await db.HostUnits.AsNoTracking().Where(u => u.Id == h).Select(u => u.Name).FirstAsync(ct);
        return new ApplicationEditModel { BatchId = batchId, HeadEmployer = unit, HostUnitName = unit, Name = "湖南省", EnglishName = "Hunan Provincial " };
    }

    /// <summary>Saves the draft (no completeness check: that is for submission). Host unit only, while 草稿/退回修改.</summary>
    public async Task<SaveResult> SaveDraftAsync(UserScope scope, ApplicationEditModel m, CancellationToken ct = default)
    {
        if (scope.Role != Role.HostUnit || scope.HostUnitId is not int h) return SaveResult.Fail("只有依托单位可以填写认定申请。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        RecognitionApplication? a;
        if (m.Id == 0)
        {
            var batch = await db.RecognitionBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == m.BatchId, ct);
            if (batch is null) return SaveResult.Fail("认定批次不存在。");
            if (Today < batch.OpensOn || Today > batch.ClosesOn)
                return SaveResult.Fail($"本批次申报时间为{batch.OpensOn:yyyy年M月d日}至{batch.ClosesOn:yyyy年M月d日}，当前不在申报期内。");
            var dept = await db.HostUnits.Where(u => u.Id == h).Select(u => u.CompetentDepartmentId).FirstAsync(ct);
            a = db.RecognitionApplications.Add(new RecognitionApplication { BatchId = batch.Id, HostUnitId = h, CompetentDepartmentId = dept }).Entity;
        }
        else
        {
            a = await db.RecognitionApplications.VisibleTo(scope).FirstOrDefaultAsync(x => x.Id == m.Id, ct);
            if (a is null) return SaveResult.Fail("未找到或无权查看该申请。");
            if (!RecognitionWorkflow.IsEditable(a.Status)) return SaveResult.Fail($"申请当前状态为“{a.Status.Label()}”，不能修改。");
            db.Entry(a).Property(x => x.Version).OriginalValue = m.Version;
        }
        Apply(a, m);
        a.UpdatedAt = clock.GetUtcNow();
        db.AuditAction = m.Id == 0 ? "新建认定申请" : "保存申请草稿";
        var saved = await SaveResult.SaveAsync(db, () => a.Id, "该申请刚刚被他人修改过。请刷新页面，核对最新内容后再保存。", ct);
        if (saved.Ok && m.Id == 0) await HistoryAsync(a.Id, scope, "新建申请草稿", null, ct);
        return saved;
    }

    private static void Apply(RecognitionApplication a, ApplicationEditModel m)
    {
        a.Name = m.Name.Trim();
        a.EnglishName = string.Join(' ', m.EnglishName.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        a.Category = m.Category;
        a.ResourceSummary = m.ResourceSummary?.Trim();
        a.StatementsJson = JsonSerializer.Serialize(m.Statements.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value.Trim()), Json);
        a.HeadName = m.HeadName.Trim();
        a.HeadEmployer = m.HeadEmployer.Trim();
        a.HeadEmployment = m.HeadEmployment;
        a.HeadTitle = m.HeadTitle;
        a.HeadTitleText = m.HeadTitleText?.Trim();
        a.HeadYearsInField = m.HeadYearsInField;
        a.HeadManagementYears = m.HeadManagementYears;
        a.HeadPhone = m.HeadPhone?.Trim();
        a.HeadEmail = m.HeadEmail?.Trim();
    }

    /// <summary>第八条(二)1、第十八条: everything submission requires, in Chinese.</summary>
    public async Task<Check> SubmissionCheckAsync(WorkbenchDbContext db, RecognitionApplication a, CancellationToken ct)
    {
        var m = ToModel(a);
        var attached = await db.ApplicationFiles.AsNoTracking().Where(f => f.ApplicationId == a.Id).ToListAsync(ct);
        var host = await db.HostUnits.AsNoTracking().Where(u => u.Id == a.HostUnitId).Select(u => u.Name).FirstAsync(ct);
        var findings = await integrity.FindingsForAsync(a.HostUnitId, ct);
        var check = IntegrityRules.MayApply(a.HostUnitId.ToString(System.Globalization.CultureInfo.InvariantCulture), findings, Today)
            .And(PlatformNaming.ValidateChineseName(m.Name))
            .And(PlatformNaming.ValidateEnglishName(m.EnglishName, m.Name))
            .And(RecognitionChecklist.Evaluate(Contents(m, attached)).Check)
            .And(PlatformHeadRules.Validate(m.Candidate, host));
        if (string.IsNullOrWhiteSpace(a.ResourceSummary)) check = check.And(Check.Fail("请填写资源概况（第八条(一)1）。"));
        if (await db.RecognitionApplications.AnyAsync(x => x.Id != a.Id && x.Name == a.Name && x.Status != RecognitionStatus.Rejected && x.Status != RecognitionStatus.Draft, ct)
            || await db.Platforms.AnyAsync(p => p.Name == a.Name, ct))
            check = check.And(Check.Fail($"已有名为“{a.Name}”的平台或在审申请，请勿重复申报（第九条）。"));
        return check;
    }

    internal async Task HistoryAsync(int applicationId, UserScope scope, string action, string? detail, CancellationToken ct)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        AddHistory(db, applicationId, scope, action, detail);
        db.AuditAction = action;
        await db.SaveChangesAsync(ct);
    }

    internal void AddHistory(WorkbenchDbContext db, int applicationId, UserScope scope, string action, string? detail) =>
        db.ApplicationHistory.Add(new ApplicationHistory
        {
            ApplicationId = applicationId, At = clock.GetUtcNow(), Actor = $"{scope.DisplayName}（{scope.RoleLabel}）", Action = action, Detail = detail,
        });
}

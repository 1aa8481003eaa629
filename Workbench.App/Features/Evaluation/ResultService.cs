using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Platforms;
using Workbench.Core.Scoring;

namespace Workbench.App.Features.Evaluation;

/// <summary>第十六条、第十八条: one platform's evaluation result — its panel, score, findings and the grade Core proposes; and the
/// materials experts read beside their score sheet.</summary>
public sealed class ResultService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock)
{
    public static bool MayRecordFindings(UserScope scope) => scope.Role is Role.Admin or Role.Agency;

    public async Task<RoundPlatformDetail?> GetAsync(UserScope scope, int roundPlatformId, CancellationToken ct = default)
    {
        if (!MayRecordFindings(scope)) return null;
        await using var db = await dbf.CreateDbContextAsync(ct);
        return await db.RoundPlatforms.AsNoTracking().VisibleTo(scope).Where(r => r.Id == roundPlatformId)
            .Select(r => new RoundPlatformDetail(r.Id, r.RoundId, r.Round!.Title, r.Round.Status, r.PlatformId, r.Platform!.Name, r.Platform.Category,
                r.Platform.HostUnit!.Name, r.Status, r.IsReEvaluation, r.PanelId, r.PanelScore, r.ConsensusReason, r.FraudFound, r.FraudReason,
                r.Grade, r.GradeReason, r.Version))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>第十八条: records (or, with a reason, withdraws) a finding of fraud; the proposed grade becomes 不合格. Audited.</summary>
    public async Task<SaveResult> RecordFraudAsync(UserScope scope, int roundPlatformId, bool found, string? reason, Guid version, CancellationToken ct = default)
    {
        if (!MayRecordFindings(scope)) return SaveResult.Fail("只有省科技厅管理员或第三方机构可以登记弄虚作假情况（第十八条）。");
        if (string.IsNullOrWhiteSpace(reason))
            return SaveResult.Fail(found ? "请填写弄虚作假的具体情况（如伪造服务记录、虚报服务收入等）（第十八条）。" : "请填写撤销该认定的理由（第十八条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rp = await db.RoundPlatforms.Include(r => r.Platform).Include(r => r.Round).FirstOrDefaultAsync(r => r.Id == roundPlatformId, ct);
        if (rp is null) return SaveResult.Fail(EvaluationScope.NotFound);
        if (rp.Status is not (EvaluationStatus.MaterialsSubmitted or EvaluationStatus.DepartmentReviewed or EvaluationStatus.ExpertScoring or EvaluationStatus.Scored))
            return SaveResult.Fail($"当前评估状态为“{rp.Status.Label()}”，只能在确定等次前登记弄虚作假情况（第十八条）。");
        if (rp.FraudFound == found) return SaveResult.Fail(found ? "该平台已登记弄虚作假情况。" : "该平台未登记弄虚作假情况。");
        db.Entry(rp).Property(r => r.Version).OriginalValue = version;
        rp.FraudFound = found;
        rp.FraudReason = reason.Trim();
        rp.Platform!.Events.Add(new PlatformEvent
        {
            OccurredAt = clock.GetUtcNow(), Kind = PlatformEventKind.Evaluated, Actor = scope.DisplayName, Detail = rp.FraudReason,
            Title = found ? $"{rp.Round!.Title}：发现弄虚作假行为，评估结果为不合格（第十八条）" : $"{rp.Round!.Title}：撤销弄虚作假认定",
        });
        db.AuditAction = found ? "登记弄虚作假" : "撤销弄虚作假认定";
        return await RoundService.SaveAsync(db, rp.Id, ct);
    }

    /// <summary>
    /// 第十六条: the materials (reviewed by the 主管部门) an expert reads beside the score sheet — only for a member of the panel, or agency/admin.
    /// </summary>
    public async Task<ExpertMaterials?> ForPanelAsync(UserScope scope, int panelId, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var member = scope.Role is Role.Admin or Role.Agency
            || (scope.Role == Role.Expert && scope.ExpertId is int me && await db.PanelMembers.AnyAsync(m => m.PanelId == panelId && m.ExpertId == me, ct));
        if (!member) return null;
        var rp = await db.RoundPlatforms.AsNoTracking().Where(r => r.PanelId == panelId)
            .Select(r => new { r.RoundId, r.Round!.Title, r.Round.PeriodFrom, r.Round.PeriodTo, r.PlatformId, r.Platform!.Name, r.Platform.Category, r.Material })
            .FirstOrDefaultAsync(ct);
        if (rp is null) return null;
        var json = await db.RoundTemplates.AsNoTracking().Where(t => t.RoundId == rp.RoundId && t.Category == rp.Category).Select(t => t.Json).FirstOrDefaultAsync(ct);
        var years = Enumerable.Range(rp.PeriodFrom.Year, rp.PeriodTo.Year - rp.PeriodFrom.Year + 1).ToList();
        var reports = await db.AnnualSummaries.AsNoTracking().Where(a => a.PlatformId == rp.PlatformId && years.Contains(a.Year))
            .Select(a => new { a.Year, a.SubmittedOn }).ToListAsync(ct);
        var summaries = years.Select(y => new AnnualSummaryStatus(y, reports.FirstOrDefault(r => r.Year == y)?.SubmittedOn)).ToList();
        var m = rp.Material;
        var template = json is null ? null : TemplateJson.Read(json);
        var self = TemplateJson.ReadScores(m?.SelfScoresJson ?? "{}");
        var items = template?.AllItems.Select(i => new SelfScoreLine(i.Code, i.Name, i.MaxPoints, self.TryGetValue(i.Code, out var v) ? v : null)).ToList() ?? [];
        return new ExpertMaterials(rp.Name, rp.Title, rp.PeriodFrom, rp.PeriodTo, m?.SubmittedAt, m?.ReviewedAt, m?.ReviewedBy, items,
            m?.SelfAssessment, m?.ServiceCount ?? 0, m?.UsersServed ?? 0, m?.FreeServices ?? 0, m?.PaidServices ?? 0, m?.PaidContracts ?? 0,
            m?.Revenue ?? 0, m?.AnnualSummary, summaries);
    }
}

public sealed record RoundPlatformDetail(int Id, int RoundId, string RoundTitle, RoundStatus RoundStatus, int PlatformId, string PlatformName,
    ResourceCategory Category, string HostUnit, EvaluationStatus Status, bool IsReEvaluation, int? PanelId, decimal? PanelScore,
    string? ConsensusReason, bool FraudFound, string? FraudReason, Grade? Grade, string? GradeReason, Guid Version)
{
    /// <summary>第十六条、第十八条: Core's grade for the current score and findings (null while it cannot be decided).</summary>
    public GradeDecision? Proposed => GradeRules.Decide(PanelScore, new GradeFindings(FraudFound: FraudFound)).ValueOrDefault;
}

public sealed record SelfScoreLine(string Code, string Name, decimal MaxPoints, decimal? SelfScore);

public sealed record AnnualSummaryStatus(int Year, DateOnly? SubmittedOn);

public sealed record ExpertMaterials(string PlatformName, string RoundTitle, DateOnly PeriodFrom, DateOnly PeriodTo, DateTimeOffset? SubmittedAt,
    DateTimeOffset? ReviewedAt, string? ReviewedBy, IReadOnlyList<SelfScoreLine> SelfScores, string? SelfAssessment, int ServiceCount,
    int UsersServed, int FreeServices, int PaidServices, int PaidContracts, decimal Revenue, string? AnnualSummary,
    IReadOnlyList<AnnualSummaryStatus> AnnualSummaries);

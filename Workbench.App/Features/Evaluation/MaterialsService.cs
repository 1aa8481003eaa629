using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Evaluation;
using Workbench.Core.Scoring;

namespace Workbench.App.Features.Evaluation;

/// <summary>第十六条: the host unit's evaluation materials (self-assessment, service statistics, annual summary), reviewed by its 主管部门.</summary>
public sealed class MaterialsService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock)
{
    public async Task<MaterialView?> GetAsync(UserScope scope, int roundPlatformId, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rp = await db.RoundPlatforms.AsNoTracking().VisibleTo(scope).Where(r => r.Id == roundPlatformId)
            .Select(r => new
            {
                r.Id, r.RoundId, r.Round!.Title, r.Round.PeriodFrom, r.Round.PeriodTo, r.Round.MaterialDeadline, r.Status,
                Name = r.Platform!.Name, Host = r.Platform.HostUnit!.Name, Dept = r.Platform.CompetentDepartment!.Name, r.Platform.Category, r.Material,
            }).FirstOrDefaultAsync(ct);
        if (rp is null) return null;
        var snapshot = await db.RoundTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.RoundId == rp.RoundId && t.Category == rp.Category, ct);
        if (snapshot is null) return null;
        var template = TemplateJson.Read(snapshot.Json);
        var m = rp.Material;
        var scores = TemplateJson.ReadScores(m?.SelfScoresJson ?? "{}");
        var form = new MaterialForm
        {
            SelfScores = template.AllItems.ToDictionary(i => i.Code, i => scores.TryGetValue(i.Code, out var v) ? v : (decimal?)null),
            SelfAssessment = m?.SelfAssessment, ServiceCount = m?.ServiceCount ?? 0, UsersServed = m?.UsersServed ?? 0,
            FreeServices = m?.FreeServices ?? 0, PaidServices = m?.PaidServices ?? 0, PaidContracts = m?.PaidContracts ?? 0,
            Revenue = m?.Revenue ?? 0, AnnualSummary = m?.AnnualSummary, Version = m?.Version ?? Guid.Empty,
        };
        var actions = scope.Role is { } role ? EvaluationWorkflow.ActionsFor(rp.Status, role).Select(t => t.Action).ToList() : [];
        return new(rp.Id, rp.RoundId, rp.Title, rp.PeriodFrom, rp.PeriodTo, rp.MaterialDeadline, rp.Name, rp.Host, rp.Dept, rp.Status,
            template, snapshot.TemplateNumber, form, m?.SubmittedAt, m?.ReviewedAt, m?.ReviewedBy, m?.ReturnReason, actions);
    }

    /// <summary>第十六条: what must be filled before materials go to the 主管部门.</summary>
    public static IEnumerable<string> Validate(IndicatorTemplate template, MaterialForm f)
    {
        foreach (var item in template.AllItems)
        {
            var s = f.SelfScores.GetValueOrDefault(item.Code);
            if (s is null && item.Required) yield return $"请填写“{item.Code} {item.Name}”的自评分。";
            else if (s is { } v && (v < 0 || v > item.MaxPoints)) yield return $"“{item.Code} {item.Name}”的自评分应在0至{item.MaxPoints:0.##}分之间。";
        }
        if (string.IsNullOrWhiteSpace(f.SelfAssessment)) yield return "请填写自评报告（对照指标逐项说明）。";
        if (f.ServiceCount < 0 || f.UsersServed < 0 || f.FreeServices < 0 || f.PaidServices < 0 || f.PaidContracts < 0 || f.Revenue < 0)
            yield return "服务统计数据不能为负数。";
        if (f.FreeServices + f.PaidServices != f.ServiceCount)
            yield return $"无偿服务（{f.FreeServices}次）与有偿服务（{f.PaidServices}次）之和应等于服务总次数（{f.ServiceCount}次）。";
        if (f.PaidServices > 0 && f.PaidContracts == 0) yield return "有偿服务应签订服务合同，请填写合同份数（第十四条）。";
        if (f.PaidServices == 0 && f.Revenue > 0) yield return "没有有偿服务时不应有服务收入，请核对（第十四条）。";
        if (string.IsNullOrWhiteSpace(f.AnnualSummary)) yield return "请填写年度总结（第十五条）。";
    }

    /// <summary>Saves a draft (host unit, only while 待提交材料); with <paramref name="submit"/> validates and submits to the 主管部门.</summary>
    public async Task<SaveResult> SaveAsync(UserScope scope, int roundPlatformId, MaterialForm f, bool submit, CancellationToken ct = default)
    {
        if (scope.Role != Role.HostUnit) return SaveResult.Fail("评估材料由依托单位填报（第十六条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rp = await db.RoundPlatforms.VisibleTo(scope).Include(r => r.Material).Include(r => r.Platform).FirstOrDefaultAsync(r => r.Id == roundPlatformId, ct);
        if (rp is null) return SaveResult.Fail(EvaluationScope.NotFound);
        var snapshot = await db.RoundTemplates.AsNoTracking().FirstAsync(t => t.RoundId == rp.RoundId && t.Category == rp.Platform!.Category, ct);
        if (rp.Status != EvaluationStatus.AwaitingMaterials)
            return SaveResult.Fail($"当前状态为“{rp.Status.Label()}”，材料不能再修改。");
        if (submit)
        {
            var errors = Validate(TemplateJson.Read(snapshot.Json), f).ToList();
            var step = EvaluationWorkflow.Apply(rp.Status, EvaluationAction.SubmitMaterials, Role.HostUnit);
            errors.AddRange(step.Check.Problems);
            if (errors.Count > 0) return SaveResult.Fail(errors);
            rp.Status = step.Status;
        }
        var m = rp.Material ??= new EvaluationMaterial();
        if (m.Id != 0) db.Entry(m).Property(x => x.Version).OriginalValue = f.Version;
        m.SelfScoresJson = TemplateJson.WriteScores(f.SelfScores.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!.Value));
        m.SelfAssessment = f.SelfAssessment?.Trim();
        (m.ServiceCount, m.UsersServed, m.FreeServices, m.PaidServices, m.PaidContracts, m.Revenue) =
            (f.ServiceCount, f.UsersServed, f.FreeServices, f.PaidServices, f.PaidContracts, f.Revenue);
        m.AnnualSummary = f.AnnualSummary?.Trim();
        if (submit) { m.SubmittedAt = clock.GetUtcNow(); m.ReturnReason = null; }
        db.AuditAction = submit ? "提交评估材料" : "保存评估材料草稿";
        return await RoundService.SaveAsync(db, rp.Id, ct);
    }

    /// <summary>第十六条: the 主管部门 confirms the records, or returns them with a reason.</summary>
    public async Task<SaveResult> ReviewAsync(UserScope scope, int roundPlatformId, bool confirm, string? reason, CancellationToken ct = default)
    {
        if (scope.Role != Role.Department) return SaveResult.Fail("评估材料由主管部门审核（第十六条）。");
        if (!confirm && string.IsNullOrWhiteSpace(reason)) return SaveResult.Fail("退回材料须说明理由，以便依托单位补充修改（第十六条）。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rp = await db.RoundPlatforms.VisibleTo(scope).Include(r => r.Material).FirstOrDefaultAsync(r => r.Id == roundPlatformId, ct);
        if (rp is null) return SaveResult.Fail(EvaluationScope.NotFound);
        var step = EvaluationWorkflow.Apply(rp.Status, confirm ? EvaluationAction.ConfirmMaterials : EvaluationAction.ReturnMaterials, Role.Department);
        if (!step.Succeeded) return SaveResult.Fail(step.Check.Problems);
        rp.Status = step.Status;
        var m = rp.Material!;
        m.ReviewedAt = clock.GetUtcNow();
        m.ReviewedBy = scope.DisplayName;
        m.ReturnReason = confirm ? null : reason!.Trim();
        db.AuditAction = confirm ? "主管部门审核通过评估材料" : "主管部门退回评估材料";
        return await RoundService.SaveAsync(db, rp.Id, ct);
    }

    /// <summary>第十七条: the host unit withdraws from the evaluation (recorded; leads to removal after the admin confirms).</summary>
    public async Task<SaveResult> WithdrawAsync(UserScope scope, int roundPlatformId, string? reason, CancellationToken ct = default)
    {
        if (scope.Role != Role.HostUnit) return SaveResult.Fail("只有依托单位可以申请退出评估（第十七条）。");
        if (string.IsNullOrWhiteSpace(reason)) return SaveResult.Fail("请说明退出评估的原因。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var rp = await db.RoundPlatforms.VisibleTo(scope).FirstOrDefaultAsync(r => r.Id == roundPlatformId, ct);
        if (rp is null) return SaveResult.Fail(EvaluationScope.NotFound);
        var step = EvaluationWorkflow.Apply(rp.Status, EvaluationAction.Withdraw, Role.HostUnit);
        if (!step.Succeeded) return SaveResult.Fail(step.Check.Problems);
        var g = GradeRules.Decide(null, new GradeFindings(WithdrewMidway: true)).Value!;
        (rp.Status, rp.Participation, rp.AbsenceReason, rp.Grade, rp.GradeReason) = (step.Status, Participation.WithdrewMidway, reason.Trim(), g.Grade, g.Reason);
        db.AuditAction = "中途退出评估";
        return await RoundService.SaveAsync(db, rp.Id, ct);
    }
}

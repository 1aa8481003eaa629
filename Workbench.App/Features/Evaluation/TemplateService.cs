using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Platforms;
using Workbench.Core;
using Workbench.Core.Platforms;
using Workbench.Core.Scoring;

namespace Workbench.App.Features.Evaluation;

/// <summary>第十六条 分类评估: one indicator template per resource category, versioned (saving makes a new version).</summary>
public sealed class TemplateService(IDbContextFactory<WorkbenchDbContext> dbf, TimeProvider clock)
{
    public static bool CanEdit(UserScope scope) => scope.Role is Role.Admin or Role.Agency;

    public async Task<IReadOnlyList<TemplateSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var all = await db.EvaluationTemplates.AsNoTracking()
            .Select(t => new { t.Category, t.Number, t.Name, t.CreatedAt, t.CreatedBy }).ToListAsync(ct);
        var used = await db.RoundTemplates.AsNoTracking().GroupBy(t => new { t.Category, t.TemplateNumber })
            .Select(g => new { g.Key.Category, g.Key.TemplateNumber, N = g.Count() }).ToListAsync(ct);
        return all.GroupBy(t => t.Category).OrderBy(g => g.Key).Select(g =>
        {
            var latest = g.MaxBy(t => t.Number)!;
            var rounds = used.Where(u => u.Category == g.Key && u.TemplateNumber == latest.Number).Sum(u => u.N);
            return new TemplateSummary(g.Key, latest.Number, latest.Name, latest.CreatedAt, latest.CreatedBy, g.Count(), rounds);
        }).ToList();
    }

    /// <summary>The newest version of a category's template, with its version number.</summary>
    public async Task<(IndicatorTemplate Template, int Number)?> LatestAsync(ResourceCategory category, CancellationToken ct = default)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        var t = await db.EvaluationTemplates.AsNoTracking().Where(x => x.Category == category)
            .OrderByDescending(x => x.Number).FirstOrDefaultAsync(ct);
        return t is null ? null : (TemplateJson.Read(t.Json), t.Number);
    }

    /// <summary>第十六条: validated by Core (weights sum to 100 etc.); a valid template is saved as the next version.</summary>
    public async Task<SaveResult> SaveAsync(UserScope scope, ResourceCategory category, IndicatorTemplate edited, int basedOn, string? note, CancellationToken ct = default)
    {
        if (!CanEdit(scope)) return SaveResult.Fail("只有省科技厅管理员或第三方机构可以修改评估指标模板。");
        await using var db = await dbf.CreateDbContextAsync(ct);
        var latest = await db.EvaluationTemplates.Where(x => x.Category == category).MaxAsync(x => (int?)x.Number, ct) ?? 0;
        var next = latest + 1;
        var template = edited with { Purpose = TemplatePurpose.Evaluation, Category = category, Version = next };
        var check = TemplateRules.Validate(template);
        if (!check.Passed) return SaveResult.Fail(check.Problems);
        if (basedOn != latest)
            return SaveResult.Fail($"该类别的指标模板已被他人保存为第{latest}版。请刷新页面，在最新版本上修改。");
        var row = new EvaluationTemplate
        {
            Category = category, Number = next, Name = template.Name.Trim(), Json = TemplateJson.Write(template),
            CreatedAt = clock.GetUtcNow(), CreatedBy = scope.DisplayName, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
        db.EvaluationTemplates.Add(row);
        db.AuditAction = "保存评估指标模板新版本";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return SaveResult.Fail("该类别的指标模板刚刚被他人保存了新版本。请刷新页面后再修改。");
        }
        return SaveResult.Success(row.Id);
    }

    /// <summary>The four Core default templates as version 1 (seed).</summary>
    public static IEnumerable<EvaluationTemplate> Defaults(DateTimeOffset at) => DefaultTemplates.AllEvaluation().Select(t => new EvaluationTemplate
    {
        Category = t.Category!.Value, Number = 1, Name = t.Name, Json = TemplateJson.Write(t with { Version = 1 }),
        CreatedAt = at, CreatedBy = "系统初始化", Note = "第十六条默认指标",
    });
}

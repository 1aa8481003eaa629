using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.Core;
using Workbench.Core.Scoring;

namespace Workbench.App.Features.Reviews;

/// <summary>
/// Item-by-item autosave: only the changed items, in one transaction; an item saved since the tab loaded it is refused
/// (Core ItemEdits) and reported with both values; every change leaves a history row (who, when, old → new) and an audit entry.
/// </summary>
public sealed partial class ReviewService
{
    internal const string OverallConflictMessage = "总体评审意见已在其他窗口或设备上修改，请选择保留哪一个。";
    private const int SaveAttempts = 4;
    private const decimal MaxStorable = 1_000_000m;   // the item columns hold 9 digits, 2 of them decimals

    /// <summary>Saves the changed items of one tab; stale items are refused (<see cref="AutosaveResult.Conflicts"/>), the rest stored.</summary>
    public async Task<AutosaveResult> SaveItemsAsync(UserScope scope, int panelId, ItemsSave save, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TrySaveItemsAsync(scope, panelId, save, ct);
            }
            catch (DbUpdateException) when (attempt < SaveAttempts)
            {
                // Another tab wrote the same sheet row or created the same item row meanwhile: read again and decide again.
                await Task.Delay(20 * attempt, ct);
            }
        }
    }

    private async Task<AutosaveResult> TrySaveItemsAsync(UserScope scope, int panelId, ItemsSave save, CancellationToken ct)
    {
        await using var db = await dbf.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // PostgreSQL: saves of one sheet queue on its row instead of failing on its version (SQLite's writer lock does this already).
        if (db.Database.IsNpgsql() && scope.ExpertId is int me)
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"ScoreSheets\" WHERE \"PanelId\" = {panelId} AND \"ExpertId\" = {me} FOR UPDATE", ct);
        var (sheet, error) = await EditableSheetAsync(db, scope, panelId, ct);
        if (sheet is null) return AutosaveResult.Fail(error!);
        var template = ReviewJson.Template(await db.ReviewPanels.Where(p => p.Id == panelId).Select(p => p.TemplateJson).FirstAsync(ct));
        var unknown = save.Items.Select(i => i.Code).Where(c => template.Item(c) is null).ToList();
        if (unknown.Count > 0) return AutosaveResult.Fail($"评分表中的“{string.Join("、", unknown)}”不是模板“{template.Name}”的指标（第十六条）。");
        var huge = save.Items.Where(i => i.Value is { } v && Math.Abs(v) >= MaxStorable).Select(i => template.Item(i.Code)!.Name).ToList();
        if (huge.Count > 0) return AutosaveResult.Fail($"“{string.Join("、", huge)}”的得分超出可保存的范围，请检查后重新输入。");
        if (sheet.Id == 0) await db.SaveChangesAsync(ct);   // the sheet's id, for the item and history rows
        var rows = await db.ScoreItems.Where(i => i.SheetId == sheet.Id).ToDictionaryAsync(i => i.ItemCode, ct);
        var now = clock.GetUtcNow();
        var saved = new List<SavedItem>();
        var conflicts = new List<ItemConflict>();
        foreach (var edit in save.Items.DistinctBy(i => i.Code))
        {
            var row = rows.GetValueOrDefault(edit.Code);
            var current = row is null ? ItemState.None : new ItemState(row.Value, row.Comment, row.Version);
            switch (ItemEdits.Decide(current, edit))
            {
                case EditOutcome.Conflict:
                    var name = template.Item(edit.Code)!.Name;
                    conflicts.Add(new ItemConflict(edit.Code, name, edit.Value, edit.CleanComment, current.Value, current.Comment, current.Version,
                        ItemEdits.ConflictMessage(name, current, edit)));
                    break;
                case EditOutcome.Unchanged:
                    saved.Add(new SavedItem(edit.Code, current.Value, current.Comment, current.Version));
                    break;
                default:
                    row ??= db.ScoreItems.Add(new ScoreItemRecord { SheetId = sheet.Id, ItemCode = edit.Code }).Entity;
                    db.ScoreItemRevisions.Add(new ScoreItemRevision
                    {
                        SheetId = sheet.Id, ItemCode = edit.Code, At = now, UserName = scope.DisplayName, OldValue = current.Value,
                        NewValue = edit.Value, OldComment = current.Comment, NewComment = edit.CleanComment, Version = current.Version + 1,
                    });
                    (row.Value, row.Comment, row.Version, row.UpdatedAt, row.UpdatedBy) = (edit.Value, edit.CleanComment, current.Version + 1, now, scope.DisplayName);
                    saved.Add(new SavedItem(edit.Code, row.Value, row.Comment, row.Version));
                    break;
            }
        }
        var overallConflict = save.Overall is { } o && ApplyOverall(sheet, o);
        if (db.ChangeTracker.HasChanges() || saved.Count > 0)
        {
            sheet.SavedAt = now;
            db.AuditAction = "自动保存评分草稿";
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return new AutosaveResult(true, [], sheet.SavedAt, saved, conflicts, sheet.OverallComment, overallConflict);
    }

    /// <summary>The overall comment: written when the stored text is the one the tab started from; true when refused as stale.</summary>
    private static bool ApplyOverall(ScoreSheetRecord sheet, OverallEdit o)
    {
        static string? Clean(string? t) => string.IsNullOrWhiteSpace(t) ? null : t.Trim();
        var text = Clean(o.Text);
        if (sheet.OverallComment == text) return false;
        if (sheet.OverallComment != Clean(o.BaseText)) return true;
        sheet.OverallComment = text;
        return false;
    }

    private async Task<ItemsSave?> OnTopOfStoredAsync(UserScope scope, int panelId, SheetDraft draft, CancellationToken ct)
    {
        var view = await LoadSheetAsync(scope, panelId, ct);
        return view is null ? null : draft.OnTopOf(view.Versions, view.Template.AllItems.Select(i => i.Code).Concat(draft.Scores.Keys).Distinct(), view.OverallComment);
    }

    /// <summary>
    /// 修改记录 of one expert's sheet: the expert reads their own (<paramref name="expertId"/> ignored); agency and admin read any
    /// expert's once the sheet is submitted or the panel closed. Null when not allowed.
    /// </summary>
    public async Task<IReadOnlyList<ItemRevisionRow>?> HistoryAsync(UserScope scope, int panelId, int? expertId = null, CancellationToken ct = default)
    {
        var who = scope.Role == Role.Expert ? scope.ExpertId : MayManage(scope) ? expertId : null;
        if (who is null) return null;
        await using var db = await dbf.CreateDbContextAsync(ct);
        if (scope.Role == Role.Expert && !await db.PanelMembers.AnyAsync(m => m.PanelId == panelId && m.ExpertId == who, ct)) return null;
        var panel = await db.ReviewPanels.AsNoTracking().Where(p => p.Id == panelId).Select(p => new { p.TemplateJson, p.Status }).FirstOrDefaultAsync(ct);
        var sheet = await db.ScoreSheets.AsNoTracking().Where(s => s.PanelId == panelId && s.ExpertId == who).Select(s => new { s.Id, s.Status }).FirstOrDefaultAsync(ct);
        if (panel is null) return null;
        if (sheet is null) return [];
        if (MayManage(scope) && sheet.Status != SheetStatus.Submitted && panel.Status != PanelStatus.Closed) return null;
        var template = ReviewJson.Template(panel.TemplateJson);
        var rows = await db.ScoreItemRevisions.AsNoTracking().Where(r => r.SheetId == sheet.Id).OrderByDescending(r => r.Id).ToListAsync(ct);
        return rows.Select(r => new ItemRevisionRow(r.At, r.UserName, r.ItemCode, template.Item(r.ItemCode)?.Name ?? r.ItemCode,
            r.OldValue, r.NewValue, r.OldComment, r.NewComment)).ToList();
    }
}

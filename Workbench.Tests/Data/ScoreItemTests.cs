using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;
using Workbench.App.Features.Account;
using Workbench.App.Features.Reviews;
using Workbench.Core;
using Workbench.Core.Scoring;
using Workbench.Tests.Support;

namespace Workbench.Tests.Data;

/// <summary>
/// Scores stored item by item: two tabs editing different items both keep their values, a stale tab's save of the same item
/// is refused with both values, concurrent saves lose nothing, history and audit record every change, and the migration
/// turns the former JSON blobs into rows with no value lost.
/// </summary>
public class ScoreItemTests
{
    private static readonly UserScope Agency = new("agency", "周婷", Role.Agency, null, null, null);
    private static UserScope Expert(int id) => new($"expert{id}", $"专家{id}", Role.Expert, null, null, id);

    /// <summary>A recognition panel of five unconflicted experts; returns the panel and the first expert.</summary>
    private static async Task<(ReviewService Reviews, int PanelId, int ExpertId)> PanelAsync(TestDb t)
    {
        var (unit, _) = await t.AddPlatformAsync();
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            for (var i = 0; i < 5; i++) db.Experts.Add(new Expert { Name = $"专家{i}", UnitName = $"湘潭大学{i}", Title = "教授", Fields = ["岩土工程"] });
            await db.SaveChangesAsync();
        }
        await using var ctx = await t.Factory.CreateDbContextAsync();
        var ids = await ctx.Experts.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
        var reviews = new ReviewService(t.Factory, t.Clock);
        var r = await reviews.CreatePanelAsync(Agency, new NewPanel(PanelKind.Recognition, 4242, "湖南省岩土工程科学数据中心", unit,
            DefaultTemplates.Recognition(), ids, Deadline: new DateOnly(2026, 12, 20)));
        Assert.True(r.Ok, string.Join("；", r.Errors));
        return (reviews, r.Id, ids[0]);
    }

    private static ItemsSave Edit(string code, decimal? value, int baseVersion, string? comment = null) =>
        new([new ItemEdit(code, value, comment, baseVersion)]);

    private static async Task<Dictionary<string, (decimal? Value, string? Comment, int Version)>> StoredAsync(TestDb t)
    {
        await using var db = await t.Factory.CreateDbContextAsync();
        return await db.ScoreItems.ToDictionaryAsync(i => i.ItemCode, i => (i.Value, i.Comment, i.Version));
    }

    [Fact]
    public async Task TwoTabs_DifferentItems_BothValuesKept()
    {
        await using var t = await TestDb.CreateAsync();
        var (reviews, panel, expert) = await PanelAsync(t);
        var tabA = await reviews.LoadSheetAsync(Expert(expert), panel);
        var tabB = await reviews.LoadSheetAsync(Expert(expert), panel);

        var a = await reviews.SaveItemsAsync(Expert(expert), panel, Edit("R1.3", 4m, tabA!.Versions.GetValueOrDefault("R1.3")));
        var b = await reviews.SaveItemsAsync(Expert(expert), panel, Edit("R1.4", 3m, tabB!.Versions.GetValueOrDefault("R1.4"), "影响力有限，仅限本市。"));

        Assert.True(a.Ok && b.Ok);
        Assert.Empty(a.Conflicts);
        Assert.Empty(b.Conflicts);
        var stored = await StoredAsync(t);
        Assert.Equal((4m, (string?)null, 1), stored["R1.3"]);
        Assert.Equal((3m, "影响力有限，仅限本市。", 1), stored["R1.4"]);
        Assert.Equal(7m, (await reviews.LoadSheetAsync(Expert(expert), panel))!.Scores.Values.Sum());
    }

    [Fact]
    public async Task StaleTab_SameItem_RefusedWithBothValues_ThenKeepMineOnTheirVersion()
    {
        await using var t = await TestDb.CreateAsync();
        var (reviews, panel, expert) = await PanelAsync(t);
        Assert.Empty((await reviews.SaveItemsAsync(Expert(expert), panel, Edit("R1.3", 4m, 0))).Conflicts);

        var stale = await reviews.SaveItemsAsync(Expert(expert), panel, Edit("R1.3", 2.5m, 0, "整合模式不清晰。"));

        var c = Assert.Single(stale.Conflicts);
        Assert.Equal(("R1.3", 4m, 2.5m, 1), (c.Code, c.Theirs, c.Mine, c.TheirVersion));
        Assert.Equal("“资源整合模式”已在其他窗口或设备上修改为“4分”，您填写的是“2.5分，理由：整合模式不清晰。”。请选择保留哪一个。", c.Message);
        Assert.Equal((4m, (string?)null, 1), (await StoredAsync(t))["R1.3"]);

        var keep = await reviews.SaveItemsAsync(Expert(expert), panel, Edit("R1.3", 2.5m, c.TheirVersion, "整合模式不清晰。"));
        Assert.Empty(keep.Conflicts);
        Assert.Equal((2.5m, "整合模式不清晰。", 2), (await StoredAsync(t))["R1.3"]);
        var history = await reviews.HistoryAsync(Expert(expert), panel);
        Assert.NotNull(history);
        Assert.Equal(new List<(decimal?, decimal?)> { (null, 4m), (4m, 2.5m) }, history!.Reverse().Select(h => (h.OldValue, h.NewValue)).ToList());
        Assert.All(history, h => Assert.Equal(("专家" + expert, "资源整合模式"), (h.UserName, h.ItemName)));
    }

    [Fact]
    public async Task SameValueFromStaleTab_IsNoConflict()
    {
        await using var t = await TestDb.CreateAsync();
        var (reviews, panel, expert) = await PanelAsync(t);
        await reviews.SaveItemsAsync(Expert(expert), panel, Edit("R2.1", 6m, 0));
        var again = await reviews.SaveItemsAsync(Expert(expert), panel, Edit("R2.1", 6m, 0));
        Assert.Empty(again.Conflicts);
        Assert.Equal(new SavedItem("R2.1", 6m, null, 1), Assert.Single(again.Saved));
    }

    [Fact]
    public async Task ConcurrentSaves_DifferentItems_EveryValueStoredAndAudited()
    {
        await using var t = await TestDb.CreateFileAsync();
        var (reviews, panel, expert) = await PanelAsync(t);
        var items = DefaultTemplates.Recognition().AllItems.ToList();

        var results = await Task.WhenAll(items.Select((it, i) => Task.Run(() =>
            reviews.SaveItemsAsync(Expert(expert), panel, Edit(it.Code, i % 2 == 0 ? 1m : 2m, 0)))));

        Assert.All(results, r => Assert.True(r.Ok && r.Conflicts.Count == 0, string.Join("；", r.Errors)));
        var stored = await StoredAsync(t);
        Assert.Equal(items.Select((it, i) => (it.Code, (decimal?)(i % 2 == 0 ? 1m : 2m))).ToList(),
            items.Select(it => (it.Code, stored[it.Code].Value)).ToList());
        await using var db = await t.Factory.CreateDbContextAsync();
        Assert.Equal(items.Count, await db.AuditEntries.CountAsync(a => a.EntityType == "评分项" && a.Action == "自动保存评分草稿"));
        Assert.Equal(items.Count, await db.ScoreItemRevisions.CountAsync());
    }

    [Fact]
    public async Task ConcurrentSaves_SameItemSameBase_OneWinsTheOtherIsRefused()
    {
        await using var t = await TestDb.CreateFileAsync();
        var (reviews, panel, expert) = await PanelAsync(t);
        var results = await Task.WhenAll(new[] { 3m, 4m }.Select(v => Task.Run(() => reviews.SaveItemsAsync(Expert(expert), panel, Edit("R1.3", v, 0)))));

        Assert.Equal(1, results.Count(r => r.Conflicts.Count == 0));
        var refused = Assert.Single(results, r => r.Conflicts.Count == 1);
        var stored = (await StoredAsync(t))["R1.3"];
        Assert.Equal((refused.Conflicts[0].Theirs, 1), (stored.Value, stored.Version));
    }

    [Fact]
    public async Task Submit_ReadsTheStoredItems_AndLocks()
    {
        await using var t = await TestDb.CreateAsync();
        var (reviews, panel, expert) = await PanelAsync(t);
        var template = DefaultTemplates.Recognition();
        var all = new ItemsSave(template.AllItems.Select(i => new ItemEdit(i.Code, i.MaxPoints * 0.8m, null, 0)).ToList());
        Assert.True((await reviews.SaveItemsAsync(Expert(expert), panel, all)).Ok);

        var r = await reviews.SubmitAsync(Expert(expert), panel, new ItemsSave([]), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]);

        Assert.True(r.Ok, string.Join("；", r.Errors));
        Assert.Equal(["评分表已提交并锁定，不能再修改。如需修改，请联系第三方机构退回。"],
            (await reviews.SaveItemsAsync(Expert(expert), panel, Edit("R1.1", 1m, 1))).Errors);
        Assert.Equal(80m, (await reviews.ProgressAsync(Agency, panel))!.Members.Single(m => m.ExpertId == expert).Total);
    }

    [Fact]
    public async Task Migration_JsonSheets_EveryScoreAndCommentBecomesARow()
    {
        var before = await PreviousMigrationAsync();
        await using var t = await TestDb.CreateAtAsync(before);
        await using (var db = await t.Factory.CreateDbContextAsync())
        {
            // The former shape, written as it was stored: DateTimeOffset as SQLite's 64-bit number or PostgreSQL's timestamptz.
            var (created, saved1, saved2) = TestDatabase.IsPostgres
                ? ("'2026-11-20 02:00:00+00'", "'2026-11-21 02:00:00+00'", "'2026-11-22 02:00:00+00'")
                : ("0", "638000000000000000", "638000000000000001");
            var sql = $"""
                INSERT INTO "ReviewPanels" ("Id", "Kind", "SubjectId", "SubjectTitle", "HostUnitId", "HostUnitName", "TemplateJson", "Status", "CreatedAt", "Version")
                VALUES (1, 'Recognition', 7, '湖南省岩土工程科学数据中心', 1, '长沙理工大学', '@#', 'Open', {created}, '00000000-0000-0000-0000-000000000001');
                INSERT INTO "ScoreSheets" ("Id", "PanelId", "ExpertId", "ScoresJson", "CommentsJson", "Status", "SavedAt", "Version") VALUES
                  (1, 1, 11, '@"A1":7.25,"A2":120,"A4":3,"R1.1":12.0#', '@"A2":"满分：资源体量全省第一。","A9":"仅有意见"#', 'Draft', {saved1}, '00000000-0000-0000-0000-000000000002'),
                  (2, 1, 12, '@"A1":null,"A3":0#', '@"A1":"  "#', 'Submitted', {saved2}, '00000000-0000-0000-0000-000000000003'),
                  (3, 1, 13, '@#', '@#', 'Draft', NULL, '00000000-0000-0000-0000-000000000004');
                """;
            await db.Database.ExecuteSqlRawAsync(sql.Replace("@", "{{", StringComparison.Ordinal).Replace("#", "}}", StringComparison.Ordinal));
        }

        await t.MigrateAsync();

        await using var ctx = await t.Factory.CreateDbContextAsync();
        var rows = (await ctx.ScoreItems.AsNoTracking().ToListAsync())
            .OrderBy(r => r.SheetId).ThenBy(r => r.ItemCode, StringComparer.Ordinal)
            .Select(r => (r.SheetId, r.ItemCode, r.Value, r.Comment, r.Version)).ToList();
        var expected = new List<(int, string, decimal?, string?, int)>
        {
            (1, "A1", 7.25m, null, 1), (1, "A2", 120m, "满分：资源体量全省第一。", 1), (1, "A4", 3m, null, 1), (1, "A9", null, "仅有意见", 1),
            (1, "R1.1", 12m, null, 1), (2, "A1", null, null, 1), (2, "A3", 0m, null, 1),
        };
        Assert.Equal(expected, rows);
        var saved = await ctx.ScoreSheets.AsNoTracking().Where(s => s.Id == 1).Select(s => s.SavedAt).SingleAsync();
        Assert.Equal(saved, (await ctx.ScoreItems.AsNoTracking().FirstAsync(i => i.SheetId == 1)).UpdatedAt);
    }

    [Fact]
    public async Task Migration_DownThenUp_RoundTripsTheRows()
    {
        await using var t = await TestDb.CreateAsync();
        var (reviews, panel, expert) = await PanelAsync(t);
        await reviews.SaveItemsAsync(Expert(expert), panel, new ItemsSave(
            [new ItemEdit("R1.1", 12.5m, "特色明显。", 0), new ItemEdit("R1.2", null, "标准规范待补充。", 0), new ItemEdit("R2.2", 7m, null, 0)]));
        var before = await StoredAsync(t);

        await t.MigrateAsync(await PreviousMigrationAsync());
        await t.MigrateAsync();

        Assert.Equal(before.OrderBy(kv => kv.Key), (await StoredAsync(t)).OrderBy(kv => kv.Key));
    }

    private static async Task<string> PreviousMigrationAsync()
    {
        await using var t = await TestDb.CreateAtAsync("0");
        await using var db = await t.Factory.CreateDbContextAsync();
        var all = db.Database.GetMigrations().ToList();
        return all[all.FindIndex(m => m.EndsWith("_ScoreItems", StringComparison.Ordinal)) - 1];
    }
}

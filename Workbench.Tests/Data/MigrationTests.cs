using Microsoft.EntityFrameworkCore;
using Workbench.App.Data;

namespace Workbench.Tests.Data;

/// <summary>Both providers' migrations must describe the current model (ADR 0003).</summary>
public class MigrationTests
{
    private static WorkbenchDbContext Context(Action<DbContextOptionsBuilder<WorkbenchDbContext>> provider)
    {
        var b = new DbContextOptionsBuilder<WorkbenchDbContext>();
        provider(b);
        return new WorkbenchDbContext(b.Options);
    }

    [Fact]
    public void Sqlite_SnapshotMatchesModel()
    {
        using var db = Context(b => b.UseSqlite("Data Source=:memory:"));
        Assert.False(db.Database.HasPendingModelChanges(), "SQLite migrations lag the model: add a migration (docs/decisions/0003).");
        Assert.All(db.Database.GetMigrations(), m => Assert.DoesNotContain("Postgres", m));
    }

    [Fact]
    public void Postgres_SnapshotMatchesModel()
    {
        using var db = Context(b => b.UseNpgsql("Host=localhost;Database=workbench"));
        Assert.False(db.Database.HasPendingModelChanges(), "PostgreSQL migrations lag the model: add a migration (docs/decisions/0003).");
        Assert.NotEmpty(db.Database.GetMigrations());
    }
}

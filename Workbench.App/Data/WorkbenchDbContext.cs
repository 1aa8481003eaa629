using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data;

public sealed partial class WorkbenchDbContext(DbContextOptions<WorkbenchDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<CompetentDepartment> Departments => Set<CompetentDepartment>();
    public DbSet<HostUnit> HostUnits => Set<HostUnit>();
    public DbSet<Platform> Platforms => Set<Platform>();
    public DbSet<PlatformEvent> PlatformEvents => Set<PlatformEvent>();
    public DbSet<Expert> Experts => Set<Expert>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>What the next save does, in Chinese (e.g. “撤销平台”); the audit trail records it. Defaults to 新增/修改/删除.</summary>
    public string? AuditAction { get; set; }

    internal Audit.PendingAudit? PendingAudit { get; set; }
    internal bool WritingAudit { get; set; }

    /// <summary>Each provider sees only its own migrations, however the context is built (ADR 0003).</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly, ProviderMigrationsAssembly>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WorkbenchDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        // SQLite cannot order or compare DateTimeOffset text; store it as a sortable 64-bit number there.
        if (Database.IsSqlite())
            configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        // PostgreSQL's timestamptz takes UTC only; local (+08:00) values are normalised on the way in.
        if (Database.IsNpgsql())
            configuration.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}

/// <summary>Stores any DateTimeOffset as its UTC instant (PostgreSQL timestamptz accepts offset 0 only).</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

#pragma warning disable EF1001 // MigrationsAssembly is EF's "pubternal" default; we only narrow what it finds.
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace Workbench.App.Data;

/// <summary>
/// One context, one migrations set per provider: SQLite migrations live in <c>Workbench.App.Data.Migrations</c>,
/// PostgreSQL ones in <c>Workbench.App.Data.Migrations.Postgres</c>; each provider sees only its own (ADR 0003).
/// </summary>
internal sealed class ProviderMigrationsAssembly(
    ICurrentDbContext currentContext, IDbContextOptions options, IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    public const string SqliteNamespace = "Workbench.App.Data.Migrations";
    public const string PostgresNamespace = "Workbench.App.Data.Migrations.Postgres";

    private readonly string expected = currentContext.Context.Database.IsNpgsql() ? PostgresNamespace : SqliteNamespace;
    private IReadOnlyDictionary<string, TypeInfo>? migrations;
    private ModelSnapshot? snapshot;
    private bool snapshotResolved;

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        migrations ??= base.Migrations.Where(m => m.Value.Namespace == expected)
            .ToDictionary(m => m.Key, m => m.Value);

    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (snapshotResolved) return snapshot;
            var type = Assembly.DefinedTypes.Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition)
                .FirstOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)) && t.Namespace == expected
                    && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(WorkbenchDbContext));
            snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type.AsType())!;
            snapshotResolved = true;
            return snapshot;
        }
    }
}

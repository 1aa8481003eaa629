using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data;

public sealed partial class WorkbenchDbContext
{
    public DbSet<EvaluationTemplate> EvaluationTemplates => Set<EvaluationTemplate>();
    public DbSet<EvaluationRound> EvaluationRounds => Set<EvaluationRound>();
    public DbSet<RoundTemplate> RoundTemplates => Set<RoundTemplate>();
    public DbSet<RoundPlatform> RoundPlatforms => Set<RoundPlatform>();
    public DbSet<EvaluationMaterial> EvaluationMaterials => Set<EvaluationMaterial>();
    public DbSet<RoundAssignment> RoundAssignments => Set<RoundAssignment>();
    public DbSet<Rectification> Rectifications => Set<Rectification>();
}

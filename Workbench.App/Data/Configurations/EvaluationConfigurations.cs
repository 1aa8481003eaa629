using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data.Configurations;

internal sealed class EvaluationTemplateConfiguration : IEntityTypeConfiguration<EvaluationTemplate>
{
    public void Configure(EntityTypeBuilder<EvaluationTemplate> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.CreatedBy).HasMaxLength(60);
        b.Property(x => x.Note).HasMaxLength(200);
        b.HasIndex(x => new { x.Category, x.Number }).IsUnique();
    }
}

internal sealed class EvaluationRoundConfiguration : IEntityTypeConfiguration<EvaluationRound>
{
    public void Configure(EntityTypeBuilder<EvaluationRound> b)
    {
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Title).IsUnique();
        b.HasMany(x => x.Templates).WithOne().HasForeignKey(t => t.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Platforms).WithOne(p => p.Round).HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundTemplateConfiguration : IEntityTypeConfiguration<RoundTemplate>
{
    public void Configure(EntityTypeBuilder<RoundTemplate> b) => b.HasIndex(x => new { x.RoundId, x.Category }).IsUnique();
}

internal sealed class RoundPlatformConfiguration : IEntityTypeConfiguration<RoundPlatform>
{
    public void Configure(EntityTypeBuilder<RoundPlatform> b)
    {
        b.Property(x => x.AbsenceReason).HasMaxLength(500);
        b.Property(x => x.ConsensusReason).HasMaxLength(500);
        b.Property(x => x.FraudReason).HasMaxLength(500);
        b.HasIndex(x => x.PanelId);
        b.Property(x => x.GradeReason).HasMaxLength(300);
        b.Property(x => x.PanelScore).HasPrecision(5, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.RoundId, x.PlatformId }).IsUnique();
        b.HasIndex(x => x.PlatformId);
        b.HasOne(x => x.Platform).WithMany().HasForeignKey(x => x.PlatformId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Material).WithOne().HasForeignKey<EvaluationMaterial>(m => m.RoundPlatformId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Assignments).WithOne().HasForeignKey(a => a.RoundPlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvaluationMaterialConfiguration : IEntityTypeConfiguration<EvaluationMaterial>
{
    public void Configure(EntityTypeBuilder<EvaluationMaterial> b)
    {
        b.Property(x => x.SelfAssessment).HasMaxLength(4000);
        b.Property(x => x.AnnualSummary).HasMaxLength(4000);
        b.Property(x => x.ReturnReason).HasMaxLength(500);
        b.Property(x => x.ReviewedBy).HasMaxLength(60);
        b.Property(x => x.Revenue).HasPrecision(14, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class RoundAssignmentConfiguration : IEntityTypeConfiguration<RoundAssignment>
{
    public void Configure(EntityTypeBuilder<RoundAssignment> b)
    {
        b.Property(x => x.AssignedBy).HasMaxLength(60);
        b.HasIndex(x => new { x.RoundPlatformId, x.ExpertId }).IsUnique();
        b.HasOne(x => x.Expert).WithMany().HasForeignKey(x => x.ExpertId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> b)
    {
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.ReportText).HasMaxLength(4000);
        b.Property(x => x.ReportFileName).HasMaxLength(200);
        b.Property(x => x.ReportStoredName).HasMaxLength(100);
        b.Property(x => x.ReportContentType).HasMaxLength(100);
        b.Property(x => x.Outcome).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.PlatformId, x.Status });
        b.HasOne(x => x.Platform).WithMany().HasForeignKey(x => x.PlatformId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.RoundPlatform).WithMany().HasForeignKey(x => x.RoundPlatformId).OnDelete(DeleteBehavior.SetNull);
    }
}

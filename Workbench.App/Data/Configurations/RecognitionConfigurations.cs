using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data.Configurations;

internal sealed class ReviewPanelConfiguration : IEntityTypeConfiguration<ReviewPanel>
{
    public void Configure(EntityTypeBuilder<ReviewPanel> b)
    {
        b.Property(x => x.SubjectTitle).HasMaxLength(200);
        b.Property(x => x.HostUnitName).HasMaxLength(100);
        b.Property(x => x.ConsensusReason).HasMaxLength(1000);
        b.Property(x => x.ComputedScore).HasPrecision(6, 2);
        b.Property(x => x.ConsensusScore).HasPrecision(6, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.Kind, x.SubjectId });
        b.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.PanelId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Sheets).WithOne().HasForeignKey(s => s.PanelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PanelMemberConfiguration : IEntityTypeConfiguration<PanelMember>
{
    public void Configure(EntityTypeBuilder<PanelMember> b)
    {
        b.Property(x => x.AbstainedReason).HasMaxLength(500);
        b.HasIndex(x => new { x.PanelId, x.ExpertId }).IsUnique();
        b.HasIndex(x => x.ExpertId);
        b.HasOne(x => x.Expert).WithMany().HasForeignKey(x => x.ExpertId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScoreSheetRecordConfiguration : IEntityTypeConfiguration<ScoreSheetRecord>
{
    public void Configure(EntityTypeBuilder<ScoreSheetRecord> b)
    {
        b.ToTable("ScoreSheets");
        b.Property(x => x.OverallComment).HasMaxLength(2000);
        b.Property(x => x.ReopenReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.PanelId, x.ExpertId }).IsUnique();
        b.HasMany(x => x.Items).WithOne().HasForeignKey(i => i.SheetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScoreItemRecordConfiguration : IEntityTypeConfiguration<ScoreItemRecord>
{
    public void Configure(EntityTypeBuilder<ScoreItemRecord> b)
    {
        b.ToTable("ScoreItems");
        b.Property(x => x.ItemCode).HasMaxLength(40);
        b.Property(x => x.Value).HasPrecision(9, 2);
        b.Property(x => x.Comment).HasMaxLength(2000);
        b.Property(x => x.UpdatedBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.SheetId, x.ItemCode }).IsUnique();
    }
}

internal sealed class ScoreItemRevisionConfiguration : IEntityTypeConfiguration<ScoreItemRevision>
{
    public void Configure(EntityTypeBuilder<ScoreItemRevision> b)
    {
        b.ToTable("ScoreItemRevisions");
        b.Property(x => x.ItemCode).HasMaxLength(40);
        b.Property(x => x.UserName).HasMaxLength(100);
        b.Property(x => x.OldValue).HasPrecision(9, 2);
        b.Property(x => x.NewValue).HasPrecision(9, 2);
        b.Property(x => x.OldComment).HasMaxLength(2000);
        b.Property(x => x.NewComment).HasMaxLength(2000);
        b.HasIndex(x => new { x.SheetId, x.Id });
        b.HasOne<ScoreSheetRecord>().WithMany().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecognitionBatchConfiguration : IEntityTypeConfiguration<RecognitionBatch>
{
    public void Configure(EntityTypeBuilder<RecognitionBatch> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class RecognitionApplicationConfiguration : IEntityTypeConfiguration<RecognitionApplication>
{
    public void Configure(EntityTypeBuilder<RecognitionApplication> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.EnglishName).HasMaxLength(200);
        b.Property(x => x.ResourceSummary).HasMaxLength(4000);
        b.Property(x => x.HeadName).HasMaxLength(40);
        b.Property(x => x.HeadEmployer).HasMaxLength(100);
        b.Property(x => x.HeadTitleText).HasMaxLength(40);
        b.Property(x => x.HeadPhone).HasMaxLength(40);
        b.Property(x => x.HeadEmail).HasMaxLength(100);
        b.Property(x => x.LastReason).HasMaxLength(1000);
        b.Property(x => x.CertificateNumber).HasMaxLength(40);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.BatchId, x.Status });
        b.HasOne(x => x.Batch).WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.HostUnit).WithMany().HasForeignKey(x => x.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.CompetentDepartment).WithMany().HasForeignKey(x => x.CompetentDepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Platform).WithMany().HasForeignKey(x => x.PlatformId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ApplicationFileConfiguration : IEntityTypeConfiguration<ApplicationFile>
{
    public void Configure(EntityTypeBuilder<ApplicationFile> b)
    {
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.StoredName).HasMaxLength(80);
        b.Property(x => x.EvidenceCode).HasMaxLength(40);
        b.HasIndex(x => x.ApplicationId);
    }
}

internal sealed class ApplicationHistoryConfiguration : IEntityTypeConfiguration<ApplicationHistory>
{
    public void Configure(EntityTypeBuilder<ApplicationHistory> b)
    {
        b.ToTable("ApplicationHistory");
        b.Property(x => x.Actor).HasMaxLength(100);
        b.Property(x => x.Action).HasMaxLength(100);
        b.Property(x => x.Detail).HasMaxLength(2000);
        b.HasIndex(x => x.ApplicationId);
    }
}

internal sealed class SiteInspectionConfiguration : IEntityTypeConfiguration<SiteInspection>
{
    public void Configure(EntityTypeBuilder<SiteInspection> b)
    {
        b.Property(x => x.Participants).HasMaxLength(500);
        b.Property(x => x.FalsifiedDetail).HasMaxLength(2000);
        b.Property(x => x.Conclusion).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.ApplicationId).IsUnique();
    }
}

internal sealed class NoticeObjectionConfiguration : IEntityTypeConfiguration<NoticeObjection>
{
    public void Configure(EntityTypeBuilder<NoticeObjection> b)
    {
        b.Property(x => x.Name).HasMaxLength(40);
        b.Property(x => x.Contact).HasMaxLength(100);
        b.Property(x => x.Content).HasMaxLength(4000);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.Property(x => x.Resolution).HasMaxLength(1000);
        b.Property(x => x.ResolvedBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.ApplicationId);
    }
}

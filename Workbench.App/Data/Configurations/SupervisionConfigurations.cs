using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data.Configurations;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.Property(x => x.OwnerKind).HasMaxLength(20);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.StoredName).HasMaxLength(80);
        b.HasIndex(x => new { x.OwnerKind, x.OwnerId });
    }
}

internal sealed class AnnualSummaryConfiguration : IEntityTypeConfiguration<AnnualSummaryReport>
{
    public void Configure(EntityTypeBuilder<AnnualSummaryReport> b)
    {
        b.ToTable("AnnualSummaries");
        b.Property(x => x.SummaryText).HasMaxLength(20000);
        b.Property(x => x.PlanText).HasMaxLength(20000);
        b.Property(x => x.SubmittedBy).HasMaxLength(60);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.PlatformId, x.Year }).IsUnique();
        b.HasOne(x => x.Platform).WithMany().HasForeignKey(x => x.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MajorChangeConfiguration : IEntityTypeConfiguration<MajorChange>
{
    public void Configure(EntityTypeBuilder<MajorChange> b)
    {
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.NewHeadName).HasMaxLength(40);
        b.Property(x => x.NewHeadEmployer).HasMaxLength(100);
        b.Property(x => x.NewHeadPhone).HasMaxLength(40);
        b.Property(x => x.NewHeadEmail).HasMaxLength(100);
        b.Property(x => x.NoticeOutcome).HasMaxLength(1000);
        b.Property(x => x.DepartmentNote).HasMaxLength(1000);
        b.Property(x => x.FiledBy).HasMaxLength(60);
        b.Property(x => x.ConfirmedBy).HasMaxLength(60);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Status);
        b.HasOne(x => x.Platform).WithMany().HasForeignKey(x => x.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.Property(x => x.TrackingNumber).HasMaxLength(20);
        b.Property(x => x.RealName).HasMaxLength(20);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.Email).HasMaxLength(100);
        b.Property(x => x.Content).HasMaxLength(4000);
        b.Property(x => x.AssignedTo).HasMaxLength(60);
        b.Property(x => x.InvestigationNotes).HasMaxLength(4000);
        b.Property(x => x.Response).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.TrackingNumber).IsUnique();
        b.HasIndex(x => x.Status);
        b.HasOne(x => x.Platform).WithMany().HasForeignKey(x => x.PlatformId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class IntegrityFindingConfiguration : IEntityTypeConfiguration<IntegrityFinding>
{
    public void Configure(EntityTypeBuilder<IntegrityFinding> b)
    {
        b.Property(x => x.Facts).HasMaxLength(4000);
        b.Property(x => x.Evidence).HasMaxLength(4000);
        b.Property(x => x.RecordedBy).HasMaxLength(60);
        b.HasIndex(x => x.HostUnitId);
        b.HasOne(x => x.HostUnit).WithMany().HasForeignKey(x => x.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Platform).WithMany().HasForeignKey(x => x.PlatformId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ServiceRecordConfiguration : IEntityTypeConfiguration<ServiceRecord>
{
    public void Configure(EntityTypeBuilder<ServiceRecord> b)
    {
        b.Property(x => x.UserOrganisation).HasMaxLength(100);
        b.Property(x => x.Content).HasMaxLength(1000);
        b.Property(x => x.ContractNumber).HasMaxLength(60);
        b.Property(x => x.RecordedBy).HasMaxLength(60);
        // Stored as REAL so totals can be summed in SQL on SQLite (amounts are yuan with two decimals).
        b.Property(x => x.Fee).HasConversion<double>();
        b.Property(x => x.Cost).HasConversion<double?>();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.PlatformId, x.ServedOn });
        b.HasOne(x => x.Platform).WithMany().HasForeignKey(x => x.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ShortlistEntryConfiguration : IEntityTypeConfiguration<ShortlistEntry>
{
    public void Configure(EntityTypeBuilder<ShortlistEntry> b)
    {
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.RemovedReason).HasMaxLength(1000);
        b.Property(x => x.AddedBy).HasMaxLength(60);
        b.HasOne(x => x.Platform).WithMany().HasForeignKey(x => x.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> b)
    {
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Body).HasMaxLength(2000);
        b.Property(x => x.Link).HasMaxLength(200);
        b.Property(x => x.ReasonKey).HasMaxLength(120);
        b.HasIndex(x => new { x.UserName, x.ReasonKey }).IsUnique();
        b.HasIndex(x => new { x.UserName, x.ReadAt });
    }
}

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> b)
    {
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.To).HasMaxLength(256);
        b.Property(x => x.Subject).HasMaxLength(200);
        b.Property(x => x.Body).HasMaxLength(2000);
        b.Property(x => x.Error).HasMaxLength(500);
    }
}

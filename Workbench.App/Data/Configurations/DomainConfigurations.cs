using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<CompetentDepartment>
{
    public void Configure(EntityTypeBuilder<CompetentDepartment> b)
    {
        b.ToTable("Departments");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Region).HasMaxLength(40);
        b.HasIndex(x => x.Name).IsUnique();
    }
}

internal sealed class HostUnitConfiguration : IEntityTypeConfiguration<HostUnit>
{
    public void Configure(EntityTypeBuilder<HostUnit> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.CreditCode).HasMaxLength(18);
        b.Property(x => x.Address).HasMaxLength(200);
        b.Property(x => x.ContactName).HasMaxLength(40);
        b.Property(x => x.ContactPhone).HasMaxLength(40);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Name).IsUnique();
        b.HasOne(x => x.CompetentDepartment).WithMany(d => d.HostUnits).HasForeignKey(x => x.CompetentDepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlatformConfiguration : IEntityTypeConfiguration<Platform>
{
    public void Configure(EntityTypeBuilder<Platform> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.EnglishName).HasMaxLength(200);
        b.Property(x => x.CertificateNumber).HasMaxLength(40);
        b.Property(x => x.Summary).HasMaxLength(2000);
        b.Property(x => x.Website).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.OwnsOne(x => x.Head, h =>
        {
            h.Property(p => p.Name).HasMaxLength(40).HasColumnName("HeadName");
            h.Property(p => p.Title).HasMaxLength(60).HasColumnName("HeadTitle");
            h.Property(p => p.Phone).HasMaxLength(40).HasColumnName("HeadPhone");
            h.Property(p => p.Email).HasMaxLength(100).HasColumnName("HeadEmail");
        });
        b.Navigation(x => x.Head).IsRequired();
        b.HasIndex(x => x.Name).IsUnique();
        b.HasIndex(x => x.CertificateNumber).IsUnique();
        b.HasIndex(x => new { x.Status, x.Category });
        b.HasOne(x => x.HostUnit).WithMany(u => u.Platforms).HasForeignKey(x => x.HostUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.CompetentDepartment).WithMany().HasForeignKey(x => x.CompetentDepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlatformEventConfiguration : IEntityTypeConfiguration<PlatformEvent>
{
    public void Configure(EntityTypeBuilder<PlatformEvent> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Detail).HasMaxLength(2000);
        b.Property(x => x.Actor).HasMaxLength(100);
        b.HasIndex(x => new { x.PlatformId, x.OccurredAt });
    }
}

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> b)
    {
        b.Property(x => x.Name).HasMaxLength(40);
        b.Property(x => x.UnitName).HasMaxLength(100);
        b.Property(x => x.Title).HasMaxLength(40);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.Email).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.HostUnit).WithMany().HasForeignKey(x => x.HostUnitId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(60);
        b.Property(x => x.OrganisationName).HasMaxLength(100);
        b.HasOne(x => x.HostUnit).WithMany().HasForeignKey(x => x.HostUnitId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.CompetentDepartment).WithMany().HasForeignKey(x => x.CompetentDepartmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.Expert).WithMany().HasForeignKey(x => x.ExpertId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(x => x.UserName).HasMaxLength(100);
        b.Property(x => x.Role).HasMaxLength(40);
        b.Property(x => x.EntityType).HasMaxLength(60);
        b.Property(x => x.EntityId).HasMaxLength(60);
        b.Property(x => x.Action).HasMaxLength(60);
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => new { x.EntityType, x.EntityId });
        b.HasIndex(x => x.At);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data.Configurations;

internal sealed class OfficialNoticeConfiguration : IEntityTypeConfiguration<OfficialNotice>
{
    public void Configure(EntityTypeBuilder<OfficialNotice> b)
    {
        b.Property(x => x.Prefix).HasMaxLength(20);
        b.Property(x => x.Number).HasMaxLength(40);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.IssuedBy).HasMaxLength(60);
        b.HasIndex(x => new { x.Prefix, x.Year, x.Sequence }).IsUnique();
        b.HasIndex(x => x.RoundId);
        b.HasIndex(x => x.RecognitionBatchId);
        b.HasIndex(x => x.IssuedOn);
        b.HasOne(x => x.Rectification).WithMany().HasForeignKey(x => x.RectificationId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Units).WithOne().HasForeignKey(u => u.NoticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfficialNoticeUnitConfiguration : IEntityTypeConfiguration<OfficialNoticeUnit>
{
    public void Configure(EntityTypeBuilder<OfficialNoticeUnit> b)
    {
        b.Property(x => x.PlatformName).HasMaxLength(100);
        b.HasOne(x => x.Platform).WithMany().HasForeignKey(x => x.PlatformId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.HostUnitId);
        b.HasIndex(x => x.DepartmentId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data.Configurations;

internal sealed class DocumentJobConfiguration : IEntityTypeConfiguration<DocumentJobRecord>
{
    public void Configure(EntityTypeBuilder<DocumentJobRecord> b)
    {
        b.ToTable("DocumentJobs");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasMaxLength(40);
        b.Property(x => x.Owner).HasMaxLength(256);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Message).HasMaxLength(500);
        b.Property(x => x.Parameters).HasMaxLength(4000);
        b.HasIndex(x => new { x.Owner, x.CreatedAt });
        b.HasIndex(x => x.State);
    }
}

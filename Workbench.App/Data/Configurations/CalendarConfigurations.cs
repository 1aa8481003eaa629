using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data.Configurations;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> b)
    {
        b.HasKey(x => x.Year);
        b.Property(x => x.Year).ValueGeneratedNever();
        b.Property(x => x.Source).HasMaxLength(200);
        b.Property(x => x.DocumentNumber).HasMaxLength(60);
        b.Property(x => x.UpdatedBy).HasMaxLength(60);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Holidays).WithOne().HasForeignKey(h => h.Year).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Workdays).WithOne().HasForeignKey(w => w.Year).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarHolidayConfiguration : IEntityTypeConfiguration<CalendarHoliday>
{
    public void Configure(EntityTypeBuilder<CalendarHoliday> b) => b.Property(x => x.Name).HasMaxLength(40);
}

internal sealed class CalendarWorkdayConfiguration : IEntityTypeConfiguration<CalendarWorkday>
{
    public void Configure(EntityTypeBuilder<CalendarWorkday> b) => b.HasIndex(x => new { x.Year, x.Date }).IsUnique();
}

using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data;

public sealed partial class WorkbenchDbContext
{
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
    public DbSet<CalendarHoliday> CalendarHolidays => Set<CalendarHoliday>();
    public DbSet<CalendarWorkday> CalendarWorkdays => Set<CalendarWorkday>();
}

using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data;

public sealed partial class WorkbenchDbContext
{
    public DbSet<DocumentJobRecord> DocumentJobs => Set<DocumentJobRecord>();
}

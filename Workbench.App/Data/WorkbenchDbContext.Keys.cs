using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Workbench.App.Data;

/// <summary>
/// Data-protection keys (they protect sign-in cookies and antiforgery tokens) live in the database, so every instance
/// reads the same ring and one backup holds them (issue 14). Not audited: key XML is no business of the trail.
/// </summary>
public sealed partial class WorkbenchDbContext : IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}

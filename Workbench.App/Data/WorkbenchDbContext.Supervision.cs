using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data;

public sealed partial class WorkbenchDbContext
{
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<AnnualSummaryReport> AnnualSummaries => Set<AnnualSummaryReport>();
    public DbSet<MajorChange> MajorChanges => Set<MajorChange>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<IntegrityFinding> IntegrityFindings => Set<IntegrityFinding>();
    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();
    public DbSet<ShortlistEntry> ShortlistEntries => Set<ShortlistEntry>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();
}

using Microsoft.EntityFrameworkCore;
using Workbench.App.Data.Entities;

namespace Workbench.App.Data;

public sealed partial class WorkbenchDbContext
{
    public DbSet<ReviewPanel> ReviewPanels => Set<ReviewPanel>();
    public DbSet<PanelMember> PanelMembers => Set<PanelMember>();
    public DbSet<ScoreSheetRecord> ScoreSheets => Set<ScoreSheetRecord>();
    public DbSet<ScoreItemRecord> ScoreItems => Set<ScoreItemRecord>();
    public DbSet<ScoreItemRevision> ScoreItemRevisions => Set<ScoreItemRevision>();
    public DbSet<RecognitionBatch> RecognitionBatches => Set<RecognitionBatch>();
    public DbSet<RecognitionApplication> RecognitionApplications => Set<RecognitionApplication>();
    public DbSet<ApplicationFile> ApplicationFiles => Set<ApplicationFile>();
    public DbSet<ApplicationHistory> ApplicationHistory => Set<ApplicationHistory>();
    public DbSet<SiteInspection> SiteInspections => Set<SiteInspection>();
    public DbSet<NoticeObjection> NoticeObjections => Set<NoticeObjection>();
}

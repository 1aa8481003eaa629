namespace Workbench.App.Infrastructure;

/// <summary>The "Workbench" section of appsettings.json.</summary>
public sealed class WorkbenchOptions
{
    public const string Section = "Workbench";

    /// <summary>Sqlite (default, embedded) or Postgres.</summary>
    public string DatabaseProvider { get; set; } = "Sqlite";

    /// <summary>Folder for the SQLite file, uploads and data-protection keys; relative to the content root.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Fill an empty database with the demo data set.</summary>
    public bool SeedDemoData { get; set; } = true;

    public string ResolveDataFolder(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataFolder) ? DataFolder : Path.Combine(contentRoot, DataFolder));
}

using Workbench.App.Data;
using Workbench.App.Data.Entities;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Supervision;

/// <summary>Supervision attachments: the shared <see cref="FileStore"/> writes the file, a <see cref="StoredFile"/> row records its owner.</summary>
public static class SupervisionFiles
{
    /// <summary>Checks and writes the file, adds the <see cref="StoredFile"/> row to <paramref name="db"/> (the caller saves).</summary>
    public static async Task<(StoredFile? File, string? Error)> StoreAsync(this FileStore store, WorkbenchDbContext db, Stream content, string fileName, long length,
        string ownerKind, int ownerId, string uploadedBy, DateTimeOffset at, CancellationToken ct)
    {
        if (length > FileStore.MaxBytes) return (null, FileStore.TooLarge(fileName));
        var (saved, error) = await store.SaveAsync(content, fileName, imagesOnly: false, ct);
        if (saved is null) return (null, error);
        var file = new StoredFile
        {
            OwnerKind = ownerKind, OwnerId = ownerId, FileName = Path.GetFileName(fileName), ContentType = saved.ContentType,
            StoredName = saved.StoredName, Size = saved.Size, UploadedAt = at, UploadedBy = uploadedBy,
        };
        db.StoredFiles.Add(file);
        return (file, null);
    }
}

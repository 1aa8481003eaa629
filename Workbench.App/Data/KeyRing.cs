using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Workbench.App.Data;

/// <summary>
/// The data-protection key ring in the database (shared by all instances), optionally encrypted at rest with a
/// certificate: <c>Workbench:DataProtection:CertificatePath</c> (a .pfx) and <c>CertificatePassword</c>.
/// </summary>
public static class KeyRing
{
    public static void AddWorkbenchKeyRing(this WebApplicationBuilder builder)
    {
        var dp = builder.Services.AddDataProtection().SetApplicationName("Workbench").PersistKeysToDbContext<WorkbenchDbContext>();
        var path = builder.Configuration["Workbench:DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path)) return;
        if (!File.Exists(path))
            throw new InvalidOperationException($"找不到用于保护密钥的证书文件：{path}（Workbench:DataProtection:CertificatePath）。请检查路径，或删除该设置。");
        dp.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, builder.Configuration["Workbench:DataProtection:CertificatePassword"]));
    }

    /// <summary>
    /// Keys written to <c>{DataFolder}/keys</c> by earlier versions move into the database once (while it holds none),
    /// so signed-in users stay signed in across the upgrade. Returns how many were imported.
    /// </summary>
    public static async Task<int> ImportFolderAsync(WorkbenchDbContext db, string dataFolder, CancellationToken ct = default)
    {
        var folder = Path.Combine(dataFolder, "keys");
        if (!Directory.Exists(folder) || await db.DataProtectionKeys.AnyAsync(ct)) return 0;
        var files = Directory.GetFiles(folder, "*.xml");
        foreach (var f in files)
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(f), Xml = await File.ReadAllTextAsync(f, ct) });
        await db.SaveChangesAsync(ct);
        return files.Length;
    }
}

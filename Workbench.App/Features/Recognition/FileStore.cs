using Microsoft.Extensions.Options;
using Workbench.App.Infrastructure;

namespace Workbench.App.Features.Recognition;

/// <summary>
/// Uploads (运行管理方案, evidence, inspection photos): ≤ 20 MB, type checked by the file's CONTENT (magic bytes), stored
/// under the data folder (never wwwroot) with a random name; served only through the authorised /files endpoint.
/// </summary>
public sealed class FileStore(IOptions<WorkbenchOptions> options, IWebHostEnvironment env)
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const string Accept = ".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx";

    public string Folder => Path.Combine(options.Value.ResolveDataFolder(env.ContentRootPath), "uploads");

    /// <summary>The content type by the first bytes, or null when the file is not an accepted type.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head, string fileName)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (head.StartsWith("%PDF-"u8)) return "application/pdf";
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return "image/png";
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return "image/jpeg";
        if (head.StartsWith(new byte[] { 0x50, 0x4B, 0x03, 0x04 }))
            return ext switch
            {
                ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _ => null,
            };
        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
            return ext switch { ".doc" => "application/msword", ".xls" => "application/vnd.ms-excel", _ => null };
        return null;
    }

    /// <summary>Reads the upload (refusing more than 20 MB), checks its content, writes it; the stored name and type, or the reason.</summary>
    public async Task<(string? StoredName, string? ContentType, long Size, string? Error)> SaveAsync(Stream input, string fileName, bool imagesOnly, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return (null, null, 0, $"文件“{fileName}”超过20 MB，请压缩后再上传。");
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return (null, null, 0, $"文件“{fileName}”是空文件。");
        var type = Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(16, buffer.Length)), fileName);
        if (type is null || (imagesOnly && !type.StartsWith("image/", StringComparison.Ordinal)))
            return (null, null, 0, imagesOnly
                ? $"文件“{fileName}”不是PNG或JPEG图片（按文件内容检查）。"
                : $"文件“{fileName}”的格式不被接受（按文件内容检查）：只接受PDF、PNG、JPEG、Word（doc/docx）和Excel（xls/xlsx）文件。");
        Directory.CreateDirectory(Folder);
        var stored = Guid.NewGuid().ToString("N") + Path.GetExtension(fileName).ToLowerInvariant();
        await File.WriteAllBytesAsync(Path.Combine(Folder, stored), buffer.ToArray(), ct);
        return (stored, type, buffer.Length, null);
    }

    public string PathOf(string storedName) => Path.Combine(Folder, Path.GetFileName(storedName));
}

namespace Workbench.App.Infrastructure;

/// <summary>
/// The one check of what an uploaded file really is (PDF, PNG, JPEG, Word, Excel), by its first bytes rather than the name the
/// browser sends. Office files are ZIP (docx/xlsx) or OLE (doc/xls) containers, so for those the extension picks the type.
/// </summary>
public static class UploadTypes
{
    /// <summary>At most this many bytes per upload.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

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
}

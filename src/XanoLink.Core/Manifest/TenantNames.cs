using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace XanoLink.Manifest;

/// <summary>
/// What a tenant's name may be (visible characters, at most <see cref="MaxLength"/>), and the folder a tenant's local
/// state (a remote tenant's cache) lives in: distinct names always give distinct folders, on every file system.
/// </summary>
public static class TenantNames
{
    public const int MaxLength = 100;

    // Past this, a folder name keeps a readable start and ends in a hash of the whole name (path parts stay far below 255).
    private const int MaxFolderLength = 120;
    private const int KeptBeforeHash = 80;

    /// <summary>Why <paramref name="name"/> cannot name a tenant; null when it can.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (name.Length > MaxLength)
        {
            return $"it is {name.Length} characters long; at most {MaxLength}";
        }

        for (var i = 0; i < name.Length;)
        {
            if (Rune.DecodeFromUtf16(name.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                return "it holds a broken surrogate pair";
            }

            if (!IsVisible(rune))
            {
                return string.Create(CultureInfo.InvariantCulture, $"it holds U+{rune.Value:X4}, which is not a visible character (no spaces, control or format characters)");
            }

            i += used;
        }

        return null;
    }

    /// <summary>
    /// A folder name for <paramref name="name"/> that is safe on Windows, macOS and Linux and never shared by two names,
    /// even where case does not count: a-z, 0-9, '-' and inner '.' stay; every other byte of its UTF-8 becomes _hh, so
    /// shop:acme is shop_3aacme and Acme is _41cme. A name whose folder would be too long keeps its start and ends in
    /// ~ and a SHA-256 of the name ('~' appears in no other folder name).
    /// </summary>
    public static string FolderName(string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        var folder = new StringBuilder(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var plain = b is >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)'-'
                || (b == (byte)'.' && i > 0 && i < bytes.Length - 1);
            if (plain)
            {
                folder.Append((char)b);
            }
            else
            {
                folder.Append('_').Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
        }

        // CON.git or nul.x.git would open a device on Windows: escape the first letter (_63on decodes back to con).
        var text = folder.ToString();
        if (Model.NameRules.IsReservedDeviceName(text))
        {
            text = "_" + ((byte)text[0]).ToString("x2", CultureInfo.InvariantCulture) + text[1..];
        }

        return text.Length <= MaxFolderLength
            ? text
            : text[..KeptBeforeHash] + "~" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
    }

    private static bool IsVisible(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };
}

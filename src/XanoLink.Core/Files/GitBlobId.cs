using System.Security.Cryptography;
using System.Text;

namespace XanoLink.Files;

/// <summary>Git's object id of a blob (SHA-1 over "blob LEN\0" + content), so folder and Git sources agree.</summary>
public static class GitBlobId
{
    public static string Of(ReadOnlySpan<byte> content)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        sha.AppendData(Encoding.ASCII.GetBytes($"blob {content.Length}\0"));
        sha.AppendData(content);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}

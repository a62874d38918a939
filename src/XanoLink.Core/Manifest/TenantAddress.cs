using System.Security.Cryptography;
using System.Text;

namespace XanoLink.Manifest;

/// <summary>
/// A tenant's <c>repository</c> as xanolink.json writes it: a local path (relative to the manifest's folder) or a Git URL.
/// The one place that tells them apart and that says which addresses are allowed: only the transports file, ssh, git,
/// http and https (and scp-like <c>user@host:path</c>), never anything that starts with '-' or holds control characters,
/// so no address can reach git as an option or as a command-running transport.
/// </summary>
public static class TenantAddress
{
    private static readonly string[] Schemes = ["file", "ssh", "git", "http", "https", "git+ssh", "ssh+git"];

    /// <summary>True for a URL (scheme://... or user@host:path); false for a local path.</summary>
    public static bool IsUrl(string repository) =>
        repository.Contains("://", StringComparison.Ordinal) || IsScpLike(repository);

    /// <summary>Why <paramref name="repository"/> cannot be a tenant's address; null when it can.</summary>
    public static string? Problem(string repository)
    {
        if (repository.Trim().Length == 0)
        {
            return "it is empty";
        }

        if (repository.Any(char.IsControl))
        {
            return "it holds a control character";
        }

        if (repository.StartsWith('-'))
        {
            return "it starts with '-', which git would read as an option";
        }

        var scheme = repository.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var name = repository[..scheme].ToLowerInvariant();
            if (!Schemes.Contains(name))
            {
                return $"the transport '{name}' is not allowed; use a path or a file://, ssh://, git://, http:// or https:// URL";
            }

            var rest = repository[(scheme + 3)..];
            if (rest.StartsWith('-'))
            {
                return "the host starts with '-', which ssh would read as an option";
            }

            return null;
        }

        if (repository.Contains("::", StringComparison.Ordinal))
        {
            return "remote helpers (TRANSPORT::address) are not allowed; use a path or a file://, ssh://, git://, http:// or https:// URL";
        }

        return null;
    }

    /// <summary>
    /// A folder name for the tenant's local cache, unique per tenant name: readable (the name made file-safe) plus a short
    /// hash of the exact name, so "shop:acme" and "shop/acme" never share a folder.
    /// </summary>
    public static string CacheFolderName(string tenantName)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tenantName)))[..12];
        var readable = BranchTemplate.Sanitize(tenantName);
        return $"{(readable.Length > 60 ? readable[..60] : readable)}-{hash}.git";
    }

    /// <summary>A value from a manifest as it can be shown in a message: control characters (escape sequences that would rewrite an operator's terminal) as \uXXXX.</summary>
    public static string Printable(string value) =>
        value.Any(char.IsControl) ? string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())) : value;

    /// <summary>The local folder a file:// URL names, or null for any other address.</summary>
    public static string? FileUrlPath(string repository) =>
        repository.StartsWith("file://", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(repository, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : null;

    // git@github.com:org/repo.git: a user, a host, a colon, and no slash before the colon.
    private static bool IsScpLike(string repository)
    {
        var at = repository.IndexOf('@', StringComparison.Ordinal);
        var colon = repository.IndexOf(':', StringComparison.Ordinal);
        var slash = repository.IndexOfAny(['/', '\\']);
        return at > 0 && colon > at + 1 && (slash < 0 || slash > colon);
    }
}

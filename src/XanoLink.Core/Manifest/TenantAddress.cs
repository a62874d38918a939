using System.Globalization;

namespace XanoLink.Manifest;

/// <summary>
/// A tenant's <c>repository</c> as xanolink.json writes it, classified the way git reads it: a local path, or a URL
/// with a transport git handles itself. Anything git would take as an option (<c>--upload-pack=...</c>) or hand to a
/// program (<c>ext::</c>, <c>fd::</c>, <c>foo::</c> remote helpers, unknown transports) is refused, so that nothing from a
/// manifest is ever executed. The one owner of "is this a URL": publish, status and diff all ask it.
/// </summary>
public sealed record TenantAddress
{
    /// <summary>What <see cref="Parse"/> accepts, in words, for messages.</summary>
    public const string Allowed =
        "a local path (relative to xanolink.json, or absolute) or a URL with transport file, ssh, git, http or https "
        + "(such as https://host/acme.git or ssh://git@host/acme.git, or scp-like git@host:acme.git)";

    private TenantAddress(string text, TenantAddressKind kind, string? transport)
    {
        Text = text;
        Kind = kind;
        Transport = transport;
    }

    /// <summary>The transports a tenant URL may use: those built into git that run no program named by the URL.</summary>
    public static IReadOnlyList<string> Transports { get; } = ["file", "ssh", "git", "http", "https"];

    /// <summary>As written in xanolink.json.</summary>
    public string Text { get; }

    public TenantAddressKind Kind { get; }

    /// <summary>file, ssh, git, http or https for a URL (ssh for scp-like <c>user@host:path</c>); null for a local path.</summary>
    public string? Transport { get; }

    public bool IsUrl => Kind == TenantAddressKind.Url;

    /// <summary>Why <paramref name="text"/> cannot be a tenant's repository; null when it can.</summary>
    public static string? Problem(string text) => Parse(text, out var problem) is null ? problem : null;

    /// <summary>The address, or null with <paramref name="problem"/> saying (in a clause) why it is refused.</summary>
    public static TenantAddress? Parse(string text, out string? problem)
    {
        problem = Refusal(text, out var kind, out var transport);
        return problem is null ? new TenantAddress(text, kind, transport) : null;
    }

    private static string? Refusal(string text, out TenantAddressKind kind, out string? transport)
    {
        kind = TenantAddressKind.LocalPath;
        transport = null;
        if (text.Trim().Length == 0)
        {
            return "it is empty";
        }

        foreach (var c in text)
        {
            if (Diagnostics.PrintableText.IsUnprintable(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"it holds the control character U+{(int)c:X4}");
            }
        }

        if (text.StartsWith('-'))
        {
            return "it starts with '-', so git would read it as an option";
        }

        var scheme = SchemeLength(text);
        if (scheme > 0 && text.AsSpan(scheme).StartsWith("::", StringComparison.Ordinal))
        {
            return $"'{text[..scheme]}::' makes git run the remote helper git-remote-{text[..scheme]}";
        }

        if (scheme > 0 && text.AsSpan(scheme).StartsWith("://", StringComparison.Ordinal))
        {
            kind = TenantAddressKind.Url;
            transport = text[..scheme];
            return UrlRefusal(transport, text[(scheme + 3)..]);
        }

        if (text.Contains("://", StringComparison.Ordinal))
        {
            return "it holds '://' but does not start with a transport such as https://";
        }

        if (IsDrivePath(text))
        {
            return null;
        }

        // git reads a colon before any slash as scp-like ssh: host:path or user@host:path.
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (colon >= 0 && (slash < 0 || colon < slash))
        {
            kind = TenantAddressKind.Url;
            transport = "ssh";
            return HostRefusal(text[..colon], "an scp-like address (user@host:path)");
        }

        return null;
    }

    private static string? UrlRefusal(string transport, string rest)
    {
        if (!Transports.Contains(transport, StringComparer.Ordinal))
        {
            return Transports.Contains(transport, StringComparer.OrdinalIgnoreCase)
                ? $"write the transport '{transport}' in lower case, as git expects"
                : $"the transport '{transport}' is not allowed (git would hand it to the program git-remote-{transport})";
        }

        var end = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = end < 0 ? rest : rest[..end];
        if (transport == "file")
        {
            return authority is "" or "localhost" ? null : $"a file URL names no host (file:///path), not '{authority}'";
        }

        return HostRefusal(authority, $"a {transport} URL");
    }

    /// <summary>The <c>[user@]host[:port]</c> part: present, without spaces, and neither part read as an option by ssh.</summary>
    private static string? HostRefusal(string authority, string what)
    {
        var at = authority.LastIndexOf('@');
        var user = at < 0 ? "" : authority[..at];
        var host = at < 0 ? authority : authority[(at + 1)..];
        if (host.Length == 0 || host == "[]")
        {
            return $"{what} needs a host";
        }

        if (authority.Any(char.IsWhiteSpace))
        {
            return $"the host part '{authority}' holds a space";
        }

        return user.StartsWith('-') || host.TrimStart('[').StartsWith('-')
            ? $"the host part '{authority}' starts with '-', so ssh would read it as an option"
            : null;
    }

    /// <summary>How many leading characters could be a URL scheme (git's is_urlschemechar): a letter, then letters, digits, '+', '-', '.'.</summary>
    private static int SchemeLength(string text)
    {
        var i = 0;
        while (i < text.Length && (char.IsAsciiLetter(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i]) || text[i] is '+' or '-' or '.'))))
        {
            i++;
        }

        return i;
    }

    private static bool IsDrivePath(string text) =>
        text.Length >= 2 && char.IsAsciiLetter(text[0]) && text[1] == ':' && (text.Length == 2 || text[2] is '/' or '\\');

    /// <summary>True for a URL (scheme://..., scp-like user@host:path); false for a local path. Refused addresses are never used: callers check <see cref="Problem"/> first.</summary>
    public static bool IsRemote(string text) => Parse(text, out _)?.IsUrl ?? text.Contains("://", StringComparison.Ordinal);

    /// <summary>The local folder a file:// URL names, or null for any other address.</summary>
    public static string? FileUrlPath(string text) =>
        text.StartsWith("file://", StringComparison.Ordinal) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : null;

    /// <summary>A value from a manifest as it can be shown in a message (control characters as \uXXXX, so no escape sequence reaches a terminal).</summary>
    public static string Printable(string text) => Diagnostics.PrintableText.Of(text);

    /// <summary>The folder of a remote tenant's cache: <see cref="TenantNames.FolderName"/> plus ".git", never shared by two names.</summary>
    public static string CacheFolderName(string tenantName) => TenantNames.FolderName(tenantName) + ".git";

    public override string ToString() => Text;
}

using System.IO.Abstractions;

namespace XanoLink.Files;

/// <summary>
/// Where a path really leads once every symbolic link along it is followed (what realpath(3) gives), so "inside the
/// workspace" is decided on the path the system will open, not on the text of a link: a link whose target is itself a
/// link, or a relative link under a linked folder, is resolved from where it really is.
/// </summary>
internal static class RealPaths
{
    // The hops a system allows before it calls a chain of links a loop (Linux's ELOOP limit).
    private const int MaxLinkHops = 40;

    /// <summary>The real path of <paramref name="path"/> (absolute); null when it does not exist, dangles or loops.</summary>
    public static string? Resolve(IFileSystem fileSystem, string path)
    {
        var fullPath = fileSystem.Path.GetFullPath(path);
        var current = fileSystem.Path.GetPathRoot(fullPath)!;
        var pending = new Stack<string>();
        Push(fileSystem, pending, fullPath[current.Length..]);
        var hops = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = fileSystem.Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = fileSystem.Path.Combine(current, part);
            var target = fileSystem.FileInfo.New(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            // A relative target continues from the link's (real) folder; an absolute one from its own root.
            var targetRoot = fileSystem.Path.GetPathRoot(target);
            if (!string.IsNullOrEmpty(targetRoot))
            {
                current = targetRoot;
                target = target[targetRoot.Length..];
            }

            Push(fileSystem, pending, target);
        }

        return fileSystem.File.Exists(current) || fileSystem.Directory.Exists(current) ? current : null;
    }

    /// <summary>True when the real path <paramref name="path"/> is <paramref name="root"/> or below it.</summary>
    public static bool IsInside(IFileSystem fileSystem, string path, string root)
    {
        var separator = fileSystem.Path.DirectorySeparatorChar;
        var prefix = root.EndsWith(separator) ? root : root + separator;
        return path == root || path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static void Push(IFileSystem fileSystem, Stack<string> pending, string relative)
    {
        var parts = relative.Split([fileSystem.Path.DirectorySeparatorChar, fileSystem.Path.AltDirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}

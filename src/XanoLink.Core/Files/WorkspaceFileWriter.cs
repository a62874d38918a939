using System.Text;
using XanoLink.Diagnostics;

namespace XanoLink.Files;

/// <summary>
/// Writes a file that belongs to a workspace (or the folder a command was pointed at) without ever following a
/// symbolic link out of it: a file that is a link, or whose real folder is elsewhere, is refused with XL1052 and nothing
/// is written. The content goes to a temporary file beside it and is renamed into place, so a link that appears after
/// the check is replaced, not written through, and a reader never sees half a file.
/// </summary>
public static class WorkspaceFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Why <paramref name="file"/> may not be written as part of <paramref name="workspace"/>; null when it may.</summary>
    public static Diagnostic? Problem(string workspace, string file)
    {
        var fileSystem = new System.IO.Abstractions.FileSystem();
        var root = Path.GetFullPath(workspace);
        var full = Path.GetFullPath(file, root);
        var shown = Path.GetRelativePath(root, full).Replace('\\', '/');
        if (new FileInfo(full).LinkTarget is { } link)
        {
            return Refuse(shown, $"it is a symbolic link (to '{link}'); xanolink never writes through a link: replace the link with a plain file and run the command again");
        }

        var realRoot = RealPaths.Resolve(fileSystem, root);
        var realFolder = RealPaths.Resolve(fileSystem, Path.GetDirectoryName(full)!);
        if (realRoot is null || realFolder is null)
        {
            return Refuse(shown, "its folder does not exist, or is a link that dangles or loops");
        }

        var real = Path.Combine(realFolder, Path.GetFileName(full));
        return RealPaths.IsInside(fileSystem, real, realRoot)
            ? null
            : Refuse(shown, $"it is really {real}, outside the workspace {realRoot} (a folder on the way is a symbolic link); xanolink never writes outside the workspace");
    }

    /// <summary>Throws <see cref="UnsafeWriteException"/> when <paramref name="file"/> may not be written.</summary>
    public static void EnsureWritable(string workspace, string file)
    {
        if (Problem(workspace, file) is { } problem)
        {
            throw new UnsafeWriteException(problem);
        }
    }

    public static void WriteAllText(string workspace, string file, string text) => WriteAllBytes(workspace, file, Utf8.GetBytes(text));

    public static void WriteAllBytes(string workspace, string file, byte[] bytes)
    {
        EnsureWritable(workspace, file);
        var full = Path.GetFullPath(file, Path.GetFullPath(workspace));
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static Diagnostic Refuse(string file, string why) =>
        DiagnosticCatalog.UnsafeWrite.At(file, 0, 0, $"refusing to write {file}: {why}");
}

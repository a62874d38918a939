using System.IO.Abstractions;

namespace XanoLink.Files;

/// <summary>
/// A workspace's files as they are on disk. A symbolic link is followed only when its real target (every link on the
/// way resolved) is inside the workspace; one that leaves it, dangles, loops back into a folder being read, or comes
/// after <see cref="MaxLinkedFolders"/> linked folders is listed with <see cref="SourceFile.LinkProblem"/> and never read.
/// </summary>
public sealed class FolderFileSource : IFileSource
{
    /// <summary>Linked folders followed in one listing: links between folders could otherwise multiply the work without end.</summary>
    public const int MaxLinkedFolders = 1000;

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "bin", "obj", "node_modules", ".vs", ".vscode", ".idea" };

    private readonly IFileSystem fileSystem;

    public FolderFileSource(string root, IFileSystem? fileSystem = null)
    {
        this.fileSystem = fileSystem ?? new FileSystem();
        Root = this.fileSystem.Path.GetFullPath(root);
    }

    public string Root { get; }

    public string Description => Root;

    public IReadOnlyList<SourceFile> Files()
    {
        var result = new List<SourceFile>();
        var realRoot = RealPaths.Resolve(fileSystem, Root) ?? Root;
        var walk = new Walk(realRoot, new HashSet<string>(StringComparer.Ordinal) { realRoot });
        Visit(Root, realRoot, "", result, walk);
        result.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return result;
    }

    private void Visit(string directory, string realDirectory, string prefix, List<SourceFile> result, Walk walk)
    {
        foreach (var dir in fileSystem.Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var name = fileSystem.Path.GetFileName(dir);
            if (prefix.Length == 0 && SkippedFolders.Contains(name))
            {
                continue;
            }

            var realDir = fileSystem.Path.Combine(realDirectory, name);
            var link = fileSystem.DirectoryInfo.New(dir).LinkTarget;
            if (link is not null)
            {
                var target = RealPaths.Resolve(fileSystem, realDir);
                if (target is null || !IsInside(target, walk) || walk.Open.Contains(target) || ++walk.LinkedFolders > MaxLinkedFolders)
                {
                    // Listed as one file, which the loader reports (when it sits where workspace files live).
                    result.Add(new SourceFile(prefix + name, 0, () => [], linkProblem: link));
                    continue;
                }

                realDir = target;
            }

            walk.Open.Add(realDir);
            Visit(dir, realDir, prefix + name + "/", result, walk);
            walk.Open.Remove(realDir);
        }

        foreach (var file in fileSystem.Directory.EnumerateFiles(directory))
        {
            var name = fileSystem.Path.GetFileName(file);
            var path = prefix + name;
            var info = fileSystem.FileInfo.New(file);
            if (info.LinkTarget is { } link && !IsInside(RealPaths.Resolve(fileSystem, fileSystem.Path.Combine(realDirectory, name)), walk))
            {
                result.Add(new SourceFile(path, 0, () => [], linkProblem: link));
                continue;
            }

            var size = info.Exists ? info.Length : 0;
            result.Add(new SourceFile(path, size, () => fileSystem.File.ReadAllBytes(file)));
        }
    }

    private bool IsInside(string? realPath, Walk walk) => realPath is not null && RealPaths.IsInside(fileSystem, realPath, walk.RealRoot);

    /// <summary>One listing's state: the real root, the real folders being read (a link back into one loops), links followed.</summary>
    private sealed class Walk(string realRoot, HashSet<string> open)
    {
        public string RealRoot { get; } = realRoot;

        public HashSet<string> Open { get; } = open;

        public int LinkedFolders { get; set; }
    }
}

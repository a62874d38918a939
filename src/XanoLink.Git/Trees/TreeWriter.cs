using LibGit2Sharp;
using XanoLink.Files;

namespace XanoLink.Git;

/// <summary>One change of a tree: a path set to new content (a regular file) or, with null bytes, deleted.</summary>
internal readonly record struct FileChange(string Path, byte[]? Bytes, string? BlobId = null);

/// <summary>
/// The one tree writer: builds trees straight in a repository's object database (no index, no working tree) by editing
/// a basis tree, so untouched subtrees are reused as they are and every entry nobody changed keeps its mode and content
/// (submodules, symbolic links, executables, files outside the workspace). A blob the repository already holds is not
/// written again, and blob ids already known are not hashed again.
/// </summary>
internal static class TreeWriter
{
    /// <summary>A new tree of regular files (a snapshot).</summary>
    public static Tree Write(Repository repository, IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, string>? knownIds = null) =>
        Edit(repository, null, files.Select(kv => new FileChange(kv.Key, kv.Value, knownIds?.GetValueOrDefault(kv.Key))));

    /// <summary>
    /// <paramref name="basis"/> (empty when null) with <paramref name="changes"/> applied. A changed file keeps its
    /// executable bit; a symbolic link, submodule or folder where a file would go is refused rather than replaced.
    /// </summary>
    public static Tree Edit(Repository repository, Tree? basis, IEnumerable<FileChange> changes)
    {
        var definition = basis is null ? new TreeDefinition() : TreeDefinition.From(basis);
        foreach (var change in changes)
        {
            var existing = basis?[change.Path];
            if (existing is not null && existing.Mode is not (Mode.NonExecutableFile or Mode.ExecutableFile or Mode.NonExecutableGroupWritableFile))
            {
                throw new GitWorkspaceException(GitProblem.NonFileEntry,
                    $"'{change.Path}' is a {Describe(existing.Mode)} in {Where(repository)}; XanoLink does not replace it with a file: replace it with the file itself, or remove it");
            }

            if (change.Bytes is null)
            {
                if (existing is not null)
                {
                    definition.Remove(change.Path);
                }

                continue;
            }

            if (existing is null && basis is not null && BlockedBy(basis, change.Path) is { } blocker)
            {
                throw new GitWorkspaceException(GitProblem.NonFileEntry,
                    $"'{change.Path}' cannot be written in {Where(repository)}: '{blocker}' is a file, link or submodule, not a folder");
            }

            var mode = existing?.Mode == Mode.ExecutableFile ? Mode.ExecutableFile : Mode.NonExecutableFile;
            definition.Add(change.Path, Blob(repository, change.Bytes, change.BlobId), mode);
        }

        return repository.ObjectDatabase.CreateTree(definition);
    }

    /// <summary>Sets raw entries (any mode: links and submodules included), as a merge of files outside the workspace takes them.</summary>
    public static void SetEntry(TreeDefinition definition, string path, Mode mode, ObjectId id)
    {
        if (mode == Mode.GitLink)
        {
            definition.AddGitLink(path, id);
        }
        else
        {
            definition.Add(path, id, mode);
        }
    }

    public static ObjectId Blob(Repository repository, byte[] bytes, string? knownId = null)
    {
        var id = new ObjectId(knownId ?? GitBlobId.Of(bytes));
        if (repository.ObjectDatabase.Contains(id))
        {
            return id;
        }

        using var stream = new MemoryStream(bytes, writable: false);
        return repository.ObjectDatabase.CreateBlob(stream).Id;
    }

    private static string? BlockedBy(Tree basis, string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        while (slash > 0)
        {
            var prefix = path[..slash];
            if (basis[prefix] is { } entry && entry.TargetType != TreeEntryTargetType.Tree)
            {
                return prefix;
            }

            slash = path.IndexOf('/', slash + 1);
        }

        return null;
    }

    private static string Describe(Mode mode) => mode switch
    {
        Mode.SymbolicLink => "symbolic link",
        Mode.GitLink => "submodule",
        Mode.Directory => "folder",
        _ => "special entry",
    };

    private static string Where(Repository repository) => Path.TrimEndingDirectorySeparator(repository.Info.WorkingDirectory ?? repository.Info.Path);
}

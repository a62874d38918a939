using LibGit2Sharp;
using XanoLink.Files;

namespace XanoLink.Git;

/// <summary>
/// The fast way to the files that differ between two commits: both trees are walked together and every subtree
/// with the same id on both sides is skipped, as <c>git diff</c> does, instead of listing 50,000 files twice.
/// libgit2's tree-to-tree diff descends into identical subtrees (a native walk of every entry), so it is used only
/// for large folders.
/// </summary>
public sealed partial class GitFileSource
{
    // Walking a tree entry by entry through LibGit2Sharp costs about ten times libgit2's own diff per entry, so
    // large folders (a flat tables/ of thousands of files) go to libgit2, and small ones (apis/GROUP/) are walked
    // here, where identical subtrees are skipped.
    internal int ManagedTreeSize { get; init; } = 1024;

    private static readonly CompareOptions NativeDiff = new() { Similarity = SimilarityOptions.None };

    /// <summary>
    /// Null (compare full listings) unless <paramref name="other"/> is a tree of the same repository, and whenever a
    /// changed entry is a symbolic link: links are resolved against the whole tree by the full listing only.
    /// </summary>
    /// <remarks>
    /// Known difference from the full listings: a link that is the same in both commits, pointing at a file that
    /// changed, is not listed as changed itself (git diff does not list it either); only its target is.
    /// </remarks>
    public FileCandidates? ChangedAgainst(IFileSource other)
    {
        if (other is not GitFileSource right || !SameRepository(right))
        {
            return null;
        }

        var candidates = new FileCandidates(new List<SourceFile>(), new List<SourceFile>());
        lock (repository)
        {
            if (!Compare(root, right.root, "", right, candidates))
            {
                return null;
            }
        }

        ((List<SourceFile>)candidates.Left).Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        ((List<SourceFile>)candidates.Right).Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return candidates;
    }

    /// <summary>Adds the files of two trees at <paramref name="prefix"/> that may differ; false when a changed entry is a link.</summary>
    private bool Compare(Tree left, Tree right, string prefix, GitFileSource other, FileCandidates into)
    {
        if (left.Id == right.Id)
        {
            return true;
        }

        if (left.Count + right.Count > 2 * ManagedTreeSize)
        {
            return Native(left, right, prefix, other, into);
        }

        var rightEntries = new Dictionary<string, TreeEntry>(StringComparer.Ordinal);
        foreach (var entry in right)
        {
            rightEntries[entry.Name] = entry;
        }

        foreach (var entry in left)
        {
            rightEntries.Remove(entry.Name, out var counterpart);
            if (!Pair(entry, counterpart, prefix + entry.Name, other, into))
            {
                return false;
            }
        }

        foreach (var entry in rightEntries.Values)
        {
            if (!Pair(null, entry, prefix + entry.Name, other, into))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>libgit2's diff of one pair of trees: native speed per entry, though it descends into identical subtrees.</summary>
    private bool Native(Tree left, Tree right, string prefix, GitFileSource other, FileCandidates into)
    {
        foreach (var change in repository.Diff.Compare<TreeChanges>(left, right, NativeDiff))
        {
            if (change.OldMode == Mode.SymbolicLink || change.Mode == Mode.SymbolicLink)
            {
                return false;
            }

            if (change.OldExists && IsFile(change.OldMode))
            {
                ((List<SourceFile>)into.Left).Add(BlobFile(prefix + change.OldPath, change.OldOid));
            }

            if (change.Exists && IsFile(change.Mode))
            {
                ((List<SourceFile>)into.Right).Add(other.BlobFile(prefix + change.Path, change.Oid));
            }
        }

        return true;
    }

    private bool Pair(TreeEntry? a, TreeEntry? b, string path, GitFileSource other, FileCandidates into)
    {
        if (a is not null && b is not null && a.Target.Id == b.Target.Id && (a.Mode == b.Mode || (IsFile(a.Mode) && IsFile(b.Mode))))
        {
            // Same content: an executable bit alone is no change to a workspace file.
            return true;
        }

        if (a?.Mode == Mode.SymbolicLink || b?.Mode == Mode.SymbolicLink)
        {
            return false;
        }

        if (a?.Mode == Mode.Directory && b?.Mode == Mode.Directory)
        {
            return Compare((Tree)a.Target, (Tree)b.Target, path + "/", other, into);
        }

        // A file on one side and a folder (or nothing) on the other: each side's files there, as its full listing has them.
        Side(this, a, path, (List<SourceFile>)into.Left);
        Side(other, b, path, (List<SourceFile>)into.Right);
        return true;
    }

    private static void Side(GitFileSource source, TreeEntry? entry, string path, List<SourceFile> into)
    {
        if (entry?.Mode == Mode.Directory)
        {
            source.Walk((Tree)entry.Target, path + "/", into, 0);
        }
        else if (entry is not null && IsFile(entry.Mode))
        {
            into.Add(source.BlobFile(path, entry.Target.Id));
        }
    }

    private static bool IsFile(Mode mode) => mode is Mode.NonExecutableFile or Mode.ExecutableFile or Mode.NonExecutableGroupWritableFile;

    private bool SameRepository(GitFileSource other) =>
        ReferenceEquals(repository, other.repository) || string.Equals(
            Path.GetFullPath(repository.Info.Path), Path.GetFullPath(other.repository.Info.Path), StringComparison.Ordinal);
}

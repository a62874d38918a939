using LibGit2Sharp;
using XanoLink.Files;

namespace XanoLink.Git.Publish;

/// <summary>
/// Writes files straight into a repository's object database as one tree (no index, no working tree). A blob the
/// repository already holds is not written again, and ids known from the source are not hashed again.
/// </summary>
internal static class TreeWriter
{
    public static Tree Write(Repository repo, IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, string>? knownIds = null)
    {
        var database = repo.ObjectDatabase;
        var tree = new TreeDefinition();
        foreach (var (path, bytes) in files)
        {
            var id = new ObjectId(knownIds is not null && knownIds.TryGetValue(path, out var known) ? known : GitBlobId.Of(bytes));
            if (!database.Contains(id))
            {
                using var stream = new MemoryStream(bytes, writable: false);
                id = database.CreateBlob(stream).Id;
            }

            tree.Add(path, id, Mode.NonExecutableFile);
        }

        return database.CreateTree(tree);
    }

    /// <summary>The tree id <paramref name="files"/> would have, computed without writing anything (for plans and checks).</summary>
    public static bool SameFiles(Tree tree, IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, string>? knownIds = null)
    {
        var present = new List<(string Path, string Id)>();
        Walk(tree, "", present);
        if (present.Count != files.Count)
        {
            return false;
        }

        return present.All(p => files.TryGetValue(p.Path, out var bytes)
            && p.Id == (knownIds is not null && knownIds.TryGetValue(p.Path, out var known) ? known : GitBlobId.Of(bytes)));
    }

    private static void Walk(Tree tree, string prefix, List<(string, string)> into)
    {
        foreach (var entry in tree)
        {
            if (entry.TargetType == TreeEntryTargetType.Tree)
            {
                Walk((Tree)entry.Target, prefix + entry.Name + "/", into);
            }
            else
            {
                into.Add((prefix + entry.Name, entry.Target.Sha));
            }
        }
    }
}

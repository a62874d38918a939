using LibGit2Sharp;
using XanoLink.Files;
using XanoLink.Loading;
using XanoLink.Merge;
using MergeOptions = XanoLink.Merge.MergeOptions;
using MergeResult = XanoLink.Merge.MergeResult;

namespace XanoLink.Git;

/// <summary>
/// What a tree merge changes in "ours": workspace files with new content or deleted (<see cref="Files"/>), and raw entries
/// outside the data model taken from the other side (<see cref="Entries"/>: mode and id, null to delete).
/// </summary>
internal sealed record TreeMergeResult(
    MergeResult Merge,
    IReadOnlyList<FileChange> Files,
    IReadOnlyList<(string Path, RawEntry? Entry)> Entries,
    IReadOnlyList<MergeConflict> Conflicts)
{
    public bool HasUnresolvedConflicts => Conflicts.Any(c => c.Resolution == ConflictResolution.Unresolved);

    public bool Changes => Files.Count > 0 || Entries.Count > 0;
}

/// <summary>
/// The one three-way merge of trees, for publish and branch merge. Workspace files (objects, records, workspace.json,
/// regular files on every side) are merged item by item with <see cref="WorkspaceMerge"/>; every other entry (README, CI
/// files, scripts with their executable bit, symbolic links, submodules, anything outside the workspace folder) is merged
/// as Git would merge a whole entry: taken from the side that changed it, kept when both agree, a conflict when both
/// changed it differently. The result is a list of changes to "ours", so whatever nobody changed keeps its exact mode
/// and content.
/// </summary>
internal static class TreeMerge
{
    public static TreeMergeResult Merge(TreeSide @base, TreeSide ours, TreeSide theirs, string subfolder, MergeOptions options)
    {
        var prefix = subfolder.Length == 0 ? "" : subfolder + "/";
        var paths = new SortedSet<string>(ours.Entries.Keys.Concat(theirs.Entries.Keys).Concat(@base.Entries.Keys), StringComparer.Ordinal);
        var managed = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<(string, RawEntry?)>();
        var conflicts = new List<MergeConflict>();

        foreach (var path in paths)
        {
            var (b, o, t) = (Get(@base, path), Get(ours, path), Get(theirs, path));
            if (IsManaged(path, prefix, b, o, t))
            {
                managed.Add(path[prefix.Length..]);
                continue;
            }

            if (o == b || o == t)
            {
                if (t != o)
                {
                    entries.Add((path, t));
                }

                continue;
            }

            if (t == b)
            {
                continue;
            }

            conflicts.Add(new MergeConflict(null, path, "", "changed differently on both sides (not a workspace file; merge it with git)", o is null ? null : Describe(o.Value), t is null ? null : Describe(t.Value), Resolution(options.Policy)));
            if (options.Policy == MergePolicy.Theirs)
            {
                entries.Add((path, t));
            }
        }

        bool Include(string relative) => managed.Contains(relative);
        var merge = WorkspaceMerge.Merge(@base.Files(prefix, Include), ours.Files(prefix, Include), theirs.Files(prefix, Include), options with { Canonical = false });
        conflicts.AddRange(merge.Conflicts);

        var files = new List<FileChange>();
        foreach (var relative in managed)
        {
            var path = prefix + relative;
            var had = Get(ours, path);
            if (merge.Files.TryGetValue(relative, out var bytes))
            {
                var id = GitBlobId.Of(bytes);
                if (had?.Id != id)
                {
                    files.Add(new FileChange(path, bytes, id));
                }
            }
            else if (had is not null)
            {
                files.Add(new FileChange(path, null));
            }
        }

        // A merge may move an item to a path no side had (a rename on one side): it is written like any change.
        foreach (var (relative, bytes) in merge.Files.Where(kv => !managed.Contains(kv.Key)))
        {
            files.Add(new FileChange(prefix + relative, bytes, GitBlobId.Of(bytes)));
        }

        return new TreeMergeResult(merge, files, entries, conflicts);
    }

    /// <summary>Writes ours' tree with the merge's changes applied.</summary>
    public static Tree Apply(Repository repository, Tree ours, TreeMergeResult result)
    {
        var edited = TreeWriter.Edit(repository, ours, result.Files);
        if (result.Entries.Count == 0)
        {
            return edited;
        }

        var definition = TreeDefinition.From(edited);
        foreach (var (path, entry) in result.Entries)
        {
            if (entry is null)
            {
                definition.Remove(path);
            }
            else
            {
                TreeWriter.SetEntry(definition, path, entry.Value.Mode, new ObjectId(entry.Value.Id));
            }
        }

        return repository.ObjectDatabase.CreateTree(definition);
    }

    private static RawEntry? Get(TreeSide side, string path) => side.Entries.TryGetValue(path, out var entry) ? entry : null;

    // A workspace file: in the workspace folder, a kind the model knows, and a regular file wherever it exists.
    private static bool IsManaged(string path, string prefix, RawEntry? b, RawEntry? o, RawEntry? t)
    {
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var role = PathLayout.Classify(path[prefix.Length..]).Role;
        return role is FileRole.Object or FileRole.Records or FileRole.WorkspaceInfo
            && (b is null || b.Value.IsFile) && (o is null || o.Value.IsFile) && (t is null || t.Value.IsFile);
    }

    private static Newtonsoft.Json.Linq.JValue Describe(RawEntry entry) => new($"{entry.Mode} {entry.Id[..12]}");

    private static ConflictResolution Resolution(MergePolicy policy) => policy switch
    {
        MergePolicy.Ours => ConflictResolution.TookOurs,
        MergePolicy.Theirs => ConflictResolution.TookTheirs,
        _ => ConflictResolution.Unresolved,
    };
}

using LibGit2Sharp;

namespace XanoLink.Git;

/// <summary>One path whose entry differs between two trees (null: absent on that side).</summary>
internal readonly record struct PathChange(string Path, RawEntry? Before, RawEntry? After);

/// <summary>
/// The paths two trees differ at, found as Git does: a subtree with the same id on both sides is skipped without being
/// read, so the cost follows the change, not the tree. Works on trees of a repository and on <see cref="MemoryTree"/>s.
/// </summary>
internal static class TreeCompare
{
    public static List<PathChange> Diff(Tree? before, Tree? after)
    {
        var changes = new List<PathChange>();
        Walk(Of(before), Of(after), "", changes);
        return changes;
    }

    public static List<PathChange> Diff(Tree? before, MemoryTree after)
    {
        var changes = new List<PathChange>();
        Walk(Of(before), Of(after), "", changes);
        return changes;
    }

    private static void Walk(Level? before, Level? after, string prefix, List<PathChange> changes)
    {
        if (before?.Id is { } a && a == after?.Id)
        {
            return;
        }

        var b = before?.Entries() ?? [];
        var c = after?.Entries() ?? [];
        foreach (var name in b.Keys.Union(c.Keys, StringComparer.Ordinal))
        {
            var x = b.GetValueOrDefault(name);
            var y = c.GetValueOrDefault(name);
            if (x?.Id == y?.Id && x?.IsTree == y?.IsTree)
            {
                continue;
            }

            var path = prefix + name;
            if (x?.IsTree == true || y?.IsTree == true)
            {
                // A folder on either side: compare what is below it (a file on the other side is its own change).
                Walk(x?.IsTree == true ? x.Sub!() : null, y?.IsTree == true ? y.Sub!() : null, path + "/", changes);
                if (x is { IsTree: false } || y is { IsTree: false })
                {
                    changes.Add(new PathChange(path, x is { IsTree: false } ? x.Entry : null, y is { IsTree: false } ? y.Entry : null));
                }

                continue;
            }

            changes.Add(new PathChange(path, x?.Entry, y?.Entry));
        }
    }

    private static Level? Of(Tree? tree) => tree is null ? null : new Level(tree.Sha, () => tree.ToDictionary(
        e => e.Name,
        e => e.TargetType == TreeEntryTargetType.Tree
            ? new Item(e.Target.Sha, true, default, () => Of((Tree)e.Target))
            : new Item(e.Target.Sha, false, new RawEntry(e.Mode, e.Target.Sha), null),
        StringComparer.Ordinal));

    private static Level? Of(MemoryTree? tree) => tree is null ? null : new Level(tree.Id, () => tree.Entries.ToDictionary(
        e => e.Key,
        e => e.Value.Tree is { } sub
            ? new Item(sub.Id, true, default, () => Of(sub))
            : new Item(e.Value.Entry.Id, false, e.Value.Entry, null),
        StringComparer.Ordinal));

    private sealed record Level(string Id, Func<Dictionary<string, Item>> Entries);

    private sealed record Item(string Id, bool IsTree, RawEntry Entry, Func<Level?>? Sub);
}

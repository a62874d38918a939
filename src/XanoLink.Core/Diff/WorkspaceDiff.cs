using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Loading;
using XanoLink.Model;

namespace XanoLink.Diff;

/// <summary>
/// Compares two workspace sides item by item. Files are paired by path and blob id first: a file with the same
/// content on both sides is never parsed, so the cost follows the size of the change, not of the workspace.
/// Objects of the changed files are matched by guid (same guid, other name = renamed), then by key (same key,
/// other guid = a guid collision). workspace.json is ignored (each workspace keeps its own identity);
/// xanolink.json is the item <c>manifest</c>, with property changes.
/// </summary>
public static class WorkspaceDiff
{
    public const string ManifestKey = "manifest";

    public static DiffReport Compare(IFileSource left, IFileSource right, DiffOptions? options = null)
    {
        options ??= DiffOptions.Default;
        // Two commits of one repository name their differing files without a walk of either tree.
        var (leftFiles, rightFiles) = left is IChangedFiles quick && quick.ChangedAgainst(right) is { } candidates
            ? (candidates.Left, candidates.Right)
            : (left.Files(), right.Files());
        var (leftChanged, rightChanged) = ChangedFiles(leftFiles, rightFiles);
        var l = WorkspaceLoader.LoadFiles(leftChanged, left.Description, Lazy(left));
        var r = WorkspaceLoader.LoadFiles(rightChanged, right.Description, Lazy(right));

        var problems = new List<Diagnostic>();
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        Unreadable("left", left.Description, leftChanged, l, r, problems, skipped);
        Unreadable("right", right.Description, rightChanged, r, l, problems, skipped);

        var items = new List<ItemDiff>();
        var collisions = new List<GuidCollision>();
        var tableRenames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (before, after) in MatchObjects(l.Workspace.Objects, r.Workspace.Objects))
        {
            if (before is not null && after is not null && before.Key != after.Key && after.Kind == ItemKind.Table)
            {
                tableRenames[before.Name] = after.Name;
            }

            if (before is not null && after is not null && before.Key == after.Key && before.Guid.Length > 0 && after.Guid.Length > 0 && before.Guid != after.Guid)
            {
                collisions.Add(new GuidCollision(after.Key.ToString(), before.Guid, after.Guid));
            }

            if (Item(before, after) is { } item)
            {
                items.Add(item);
            }
        }

        AddRecords(l.Workspace.Records, r.Workspace.Records, tableRenames, items);
        if (Manifest(l.Workspace.Manifest?.Json, r.Workspace.Manifest?.Json) is { } manifest)
        {
            items.Add(manifest);
        }

        var result = items
            .Where(i => !skipped.Contains(i.Key) && (i.OldKey is null || !skipped.Contains(i.OldKey)))
            .Where(i => options.Item is null || i.Key == options.Item || i.OldKey == options.Item)
            .OrderBy(i => ItemKey.TryParse(i.Key, out var k) ? (object)k : null, ItemOrder.Instance)
            .ToArray();
        collisions.RemoveAll(c => options.Item is not null && c.Key != options.Item);
        problems.Sort(Diagnostic.Compare);
        return new DiffReport(left.Description, right.Description, result, collisions, problems);
    }

    // The whole side, listed only if a changed file needs another (a query written without api_group needs its folder's group).
    private static LazyFiles Lazy(IFileSource side) => new(side);

    /// <summary>
    /// Files whose content differs, or that one side lacks. Blob ids a Git tree already knows are compared at once;
    /// otherwise sizes come first, as a folder must read and hash a file for its blob id.
    /// </summary>
    private static (List<SourceFile> Left, List<SourceFile> Right) ChangedFiles(IReadOnlyList<SourceFile> left, IReadOnlyList<SourceFile> right)
    {
        var rightByPath = right.Where(Compared).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var leftChanged = new List<SourceFile>();
        var rightChanged = new List<SourceFile>();
        foreach (var file in left.Where(Compared))
        {
            if (!rightByPath.Remove(file.Path, out var other))
            {
                leftChanged.Add(file);
            }
            else if (file.LinkProblem is not null || other.LinkProblem is not null || Differ(file, other))
            {
                leftChanged.Add(file);
                rightChanged.Add(other);
            }
        }

        rightChanged.AddRange(rightByPath.Values);
        return (leftChanged, rightChanged);
    }

    // Equal blob ids mean equal sizes, so a known pair of ids alone decides (a Git blob's size costs a header read).
    private static bool Differ(SourceFile a, SourceFile b) =>
        a.BlobIdIsKnown && b.BlobIdIsKnown ? a.BlobId != b.BlobId : a.Size != b.Size || a.BlobId != b.BlobId;

    private static bool Compared(SourceFile file) =>
        PathLayout.Classify(file.Path).Role is FileRole.Object or FileRole.Records or FileRole.Manifest;

    /// <summary>
    /// A changed file that did not load leaves its items out of the diff (rather than showing them as deleted). A XanoScript
    /// file with a syntax error may have read in part: every object either side read from it is left out.
    /// </summary>
    private static void Unreadable(string side, string description, List<SourceFile> changed, LoadResult loaded, LoadResult other, List<Diagnostic> problems, HashSet<string> skipped)
    {
        var objectPaths = loaded.Workspace.Objects.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var recordPaths = loaded.Workspace.Records.Values.Select(t => t.Path).ToHashSet(StringComparer.Ordinal);
        var brokenScript = loaded.Diagnostics.Where(IsSyntaxError).Select(d => d.File).ToHashSet(StringComparer.Ordinal);
        foreach (var file in changed)
        {
            var meaning = PathLayout.Classify(file.Path);
            var (ok, key) = meaning.Role switch
            {
                FileRole.Object => (objectPaths.Contains(file.Path) && !brokenScript.Contains(file.Path), new ItemKey(meaning.Kind, meaning.Name).ToString()),
                FileRole.Records => (recordPaths.Contains(file.Path), new ItemKey(ItemKind.Table, meaning.Name).ToString()),
                _ => (loaded.Workspace.Manifest is not null, ManifestKey),
            };
            if (ok)
            {
                continue;
            }

            skipped.Add(key);
            var held = loaded.Workspace.Objects.Concat(other.Workspace.Objects).Where(o => o.Path == file.Path).Select(o => o.Key.ToString()).Distinct().ToArray();
            skipped.UnionWith(held);
            var what = held.Length > 1 ? string.Join(", ", held) + " are" : (held.Length == 1 ? held[0] : key) + " is";
            var why = loaded.Diagnostics.FirstOrDefault(d => d.File == file.Path && d.Severity == Severity.Error);
            problems.Add(DiagnosticCatalog.DiffUnreadableFile.At(
                file.Path,
                why?.Line ?? 0,
                why?.Column ?? 0,
                $"could not be read on the {side} side ({description}), so {what} left out of the diff: {why?.Message ?? "unreadable file"}"));
        }
    }

    // A XanoScript syntax error (XL1100-XL1108) leaves a document out of its file's objects.
    private static bool IsSyntaxError(Diagnostic diagnostic) =>
        diagnostic.Severity == Severity.Error && string.CompareOrdinal(diagnostic.Code, "XL1100") >= 0 && string.CompareOrdinal(diagnostic.Code, "XL1108") <= 0;

    private static IEnumerable<(WorkspaceObject? Before, WorkspaceObject? After)> MatchObjects(IReadOnlyList<WorkspaceObject> left, IReadOnlyList<WorkspaceObject> right)
    {
        var rightByGuid = right.Where(o => o.Guid.Length > 0).GroupBy(o => o.Guid, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var rightByKey = right.GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.First());
        var used = new HashSet<WorkspaceObject>(ReferenceEqualityComparer.Instance);
        var partner = new Dictionary<WorkspaceObject, WorkspaceObject>(ReferenceEqualityComparer.Instance);

        // Identity first: the guid says which objects are the same, whatever their names.
        foreach (var before in left)
        {
            if (before.Guid.Length > 0 && rightByGuid.TryGetValue(before.Guid, out var after) && used.Add(after))
            {
                partner[before] = after;
            }
        }

        // Then names: same kind and name with no guid match is the same place (a collision when both have guids).
        foreach (var before in left.Where(b => !partner.ContainsKey(b)))
        {
            if (rightByKey.TryGetValue(before.Key, out var after) && used.Add(after))
            {
                partner[before] = after;
            }
        }

        foreach (var before in left)
        {
            yield return (before, partner.GetValueOrDefault(before));
        }

        foreach (var after in right.Where(a => !used.Contains(a)))
        {
            yield return (null, after);
        }
    }

    private static ItemDiff? Item(WorkspaceObject? before, WorkspaceObject? after)
    {
        if (before is null)
        {
            return new ItemDiff(after!.Key.ToString(), ItemStatus.Added, [], After: after.Json, AfterConstruct: XsConstruct(after));
        }

        if (after is null)
        {
            return new ItemDiff(before.Key.ToString(), ItemStatus.Deleted, [], Before: before.Json, BeforeConstruct: XsConstruct(before));
        }

        var (changes, delta) = ObjectDiffer.Compare(before.Json, after.Json);
        var renamed = before.Key != after.Key;
        if (!renamed && delta is null)
        {
            // Same object written another way (layout, key order): no change a person would see.
            return null;
        }

        return new ItemDiff(
            after.Key.ToString(),
            renamed ? ItemStatus.Renamed : ItemStatus.Modified,
            changes,
            renamed ? before.Key.ToString() : null,
            before.Json,
            after.Json,
            delta,
            BeforeConstruct: XsConstruct(before),
            AfterConstruct: XsConstruct(after));
    }

    private static string? XsConstruct(WorkspaceObject obj) => obj.Format == WorkspaceFormat.XanoScript ? obj.Construct : null;

    private static void AddRecords(IReadOnlyDictionary<string, TableRecords> left, IReadOnlyDictionary<string, TableRecords> right, Dictionary<string, string> renames, List<ItemDiff> items)
    {
        var pairs = new List<(string Table, TableRecords? Before, TableRecords? After)>();
        var doneLeft = new HashSet<string>(StringComparer.Ordinal);
        var doneRight = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (oldName, newName) in renames)
        {
            if (left.ContainsKey(oldName) || right.ContainsKey(newName))
            {
                pairs.Add((newName, left.GetValueOrDefault(oldName), right.GetValueOrDefault(newName)));
                doneLeft.Add(oldName);
                doneRight.Add(newName);
            }
        }

        foreach (var name in left.Keys.Where(n => !doneLeft.Contains(n)).Concat(right.Keys.Where(n => !doneRight.Contains(n))).Distinct(StringComparer.Ordinal))
        {
            pairs.Add((name, doneLeft.Contains(name) ? null : left.GetValueOrDefault(name), doneRight.Contains(name) ? null : right.GetValueOrDefault(name)));
        }

        foreach (var (table, before, after) in pairs)
        {
            var (changes, counts) = RecordDiffer.Compare(before, after);
            if (counts.Total == 0)
            {
                continue;
            }

            var key = new ItemKey(ItemKind.Table, table).ToString();
            var index = items.FindIndex(i => i.Key == key);
            items.Add(index < 0
                ? new ItemDiff(key, ItemStatus.Modified, changes, Records: counts)
                : items[index] with { Changes = [.. items[index].Changes, .. changes], Records = counts });
            if (index >= 0)
            {
                items.RemoveAt(index);
            }
        }
    }

    private static ItemDiff? Manifest(JObject? before, JObject? after)
    {
        if (before is null && after is null)
        {
            return null;
        }

        if (before is null || after is null)
        {
            return new ItemDiff(ManifestKey, before is null ? ItemStatus.Added : ItemStatus.Deleted, [], Before: before, After: after);
        }

        var delta = ObjectDiffer.Delta(before, after);
        if (delta is not JObject changed)
        {
            return null;
        }

        var changes = changed.Properties()
            .Select(p => new ItemChange(
                ChangeKind.Property,
                p.Name,
                before[p.Name] is null ? ChangeType.Added : after[p.Name] is null ? ChangeType.Deleted : ChangeType.Edited,
                p.Name,
                before[p.Name],
                after[p.Name]))
            .ToArray();
        return new ItemDiff(ManifestKey, ItemStatus.Modified, changes, Before: before, After: after, Delta: delta);
    }

    /// <summary>Item keys in ItemKey order; the manifest (no item key) last.</summary>
    private sealed class ItemOrder : IComparer<object?>
    {
        public static ItemOrder Instance { get; } = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (ItemKey a, ItemKey b) => a.CompareTo(b),
            (null, null) => 0,
            (null, _) => 1,
            _ => -1,
        };
    }

    private sealed class LazyFiles(IFileSource side) : IReadOnlyList<SourceFile>
    {
        private readonly Lazy<IReadOnlyList<SourceFile>> files = new(side.Files);

        public int Count => files.Value.Count;

        public SourceFile this[int index] => files.Value[index];

        public IEnumerator<SourceFile> GetEnumerator() => files.Value.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

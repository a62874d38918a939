using Newtonsoft.Json.Linq;
using XanoLink.Files;
using XanoLink.Json;
using XanoLink.Model;

namespace XanoLink.Merge;

/// <summary>
/// How a workspace merge treats conflicts, whether files taken whole from one side are rewritten canonically, and where
/// a record the base lacks may have an earlier version (publish: the snapshots before the merge base).
/// </summary>
public sealed record MergeOptions(MergePolicy Policy = MergePolicy.Fail, bool Canonical = true, EarlierRecord? Earlier = null);

/// <summary>
/// A member both sides changed differently: which item (null for files that are no object, such as xanolink.json), which
/// file, which member (empty = the whole item), what happened, and both values.
/// </summary>
public sealed record MergeConflict(ItemKey? Item, string File, string Member, string Description, JToken? Ours, JToken? Theirs, ConflictResolution Resolution)
{
    /// <summary>One line for people: <c>table:product fields[price].type: changed differently on both sides (ours "int", theirs "text")</c>.</summary>
    public override string ToString() => ToString(ConflictSides.Git);

    /// <summary>The same line with another merge's words for its sides (publish: tenant and source).</summary>
    public string ToString(ConflictSides sides)
    {
        var where = (Item?.ToString() ?? File) + (Member.Length == 0 ? "" : " " + Member);
        var settled = Resolution switch
        {
            ConflictResolution.TookOurs => "; " + sides.TookOurs,
            ConflictResolution.TookTheirs => "; " + sides.TookTheirs,
            _ => "",
        };
        var what = sides == ConflictSides.Git ? Description : Description
            .Replace("in ours", "in the " + sides.Ours, StringComparison.Ordinal)
            .Replace("in theirs", "in the " + sides.Theirs, StringComparison.Ordinal);
        return $"{where}: {what} ({sides.Ours} {Show(Ours)}, {sides.Theirs} {Show(Theirs)}){settled}";
    }

    private static string Show(JToken? value)
    {
        if (value is null)
        {
            return "deleted";
        }

        var text = CanonicalJson.Compact(value);
        return text.Length <= 80 ? text : text[..77] + "...";
    }
}

/// <summary>Counts of what a merge did, by file.</summary>
public sealed record MergeStats(int Files, int Unchanged, int TakenFromOurs, int TakenFromTheirs, int Merged, int Parsed);

/// <summary>The merged workspace (path -> bytes, canonical for workspace files), its conflicts and counts.</summary>
public sealed class MergeResult(IReadOnlyDictionary<string, byte[]> files, IReadOnlyList<MergeConflict> conflicts, MergeStats stats)
{
    public IReadOnlyDictionary<string, byte[]> Files { get; } = files;

    public IReadOnlyList<MergeConflict> Conflicts { get; } = conflicts;

    public MergeStats Stats { get; } = stats;

    public bool HasUnresolvedConflicts => Conflicts.Any(c => c.Resolution == ConflictResolution.Unresolved);

    public IFileSource ToFileSource(string description = "merge result") => new MemoryFileSource(Files, description);
}

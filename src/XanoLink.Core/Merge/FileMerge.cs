using Newtonsoft.Json.Linq;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Model;

namespace XanoLink.Merge;

/// <summary>The merge of one workspace file: canonical bytes (null = deleted), conflicts, or why it could not be merged.</summary>
public sealed record FileMergeResult(byte[]? Merged, IReadOnlyList<MergeConflict> Conflicts, string? Problem)
{
    public bool HasUnresolvedConflicts => Conflicts.Any(c => c.Resolution == ConflictResolution.Unresolved);
}

/// <summary>
/// Merges one workspace file given as text (what Git's merge driver receives): an object .json member by member, a
/// .records.jsonl by record id. The path may be repository-relative: the workspace can sit in a subfolder.
/// </summary>
public static class FileMerge
{
    /// <summary>The most bytes a workspace file may have (the loader's limit): the git drivers neither merge nor render a larger one.</summary>
    public const long MaxFileSize = JsonFileReader.MaxFileSize;

    /// <summary>Empty text means the side does not have the file (Git passes an empty base when both sides added it).</summary>
    public static FileMergeResult Merge(string path, string @base, string ours, string theirs, MergePolicy policy)
    {
        var key = KeyOf(path);
        var file = key?.ToString() ?? path;
        try
        {
            if (IsRecords(path))
            {
                var records = RecordsMerge.Merge(Records(@base), Records(ours) ?? [], Records(theirs) ?? [], policy);
                return new FileMergeResult(records.Merged is null ? null : CanonicalJson.RecordsToBytes(records.Merged), Wrap(key, file, records.Conflicts), null);
            }

            var result = ObjectMerge.Merge(Object(@base), Object(ours), Object(theirs), policy);
            return new FileMergeResult(result.Merged is null ? null : CanonicalJson.ToBytes(result.Merged), Wrap(key, file, result.Conflicts), null);
        }
        catch (FormatException ex)
        {
            return new FileMergeResult(null, [], ex.Message);
        }
    }

    /// <summary>The item a (possibly repository-relative) path holds: example/tables/product.json is table:product.</summary>
    public static ItemKey? KeyOf(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var meaning = PathLayout.Classify(string.Join('/', segments[i..]));
            if (meaning.Role is FileRole.Object or FileRole.Records)
            {
                return new ItemKey(meaning.Kind, meaning.Name);
            }
        }

        return null;
    }

    public static bool IsRecords(string path) => path.EndsWith(PathLayout.RecordsSuffix, StringComparison.Ordinal);

    public static bool IsWorkspaceInfo(string path) => path.Replace('\\', '/').Split('/')[^1] == PathLayout.WorkspaceFile;

    /// <summary>Parses one JSON object the way the workspace loader does (dates stay strings); throws FormatException.</summary>
    public static JObject ParseObject(string text)
    {
        var (token, error) = JsonFileReader.Parse("", text);
        return token as JObject ?? throw new FormatException(error?.Message ?? "the file does not hold one JSON object");
    }

    /// <summary>Parses a records file, one object per non-empty line; throws FormatException.</summary>
    public static List<JObject> ParseRecords(string text) => text.Split('\n').Where(l => l.Trim().Length > 0).Select(ParseObject).ToList();

    private static JObject? Object(string text) => text.Trim().Length == 0 ? null : ParseObject(text);

    private static List<JObject>? Records(string text) => text.Trim().Length == 0 ? null : ParseRecords(text);

    private static MergeConflict[] Wrap(ItemKey? key, string file, IEnumerable<MemberConflict> conflicts) =>
        conflicts.Select(c => new MergeConflict(key, file, c.Path, c.Description, c.Ours, c.Theirs, c.Resolution)).ToArray();
}

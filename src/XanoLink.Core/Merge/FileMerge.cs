using System.Text;
using Newtonsoft.Json.Linq;
using XanoLink.Formats;
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
/// Merges one workspace file given as text (what Git's merge driver receives): an object (.json, or a .xs file holding one
/// construct) member by member, a .records.jsonl by record id. The path may be repository-relative: the workspace can sit
/// in a subfolder. A merged XanoScript object is printed in Xano's style (ours' exact text when the merge left it as it was).
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

            if (PathLayout.IsXanoScript(path))
            {
                var (b, o, t) = (Script(path, @base), Script(path, ours), Script(path, theirs));
                var merged = ObjectMerge.Merge(b?.Model, o?.Model, t?.Model, policy);
                var construct = (o ?? t ?? b)?.Construct ?? "";
                var bytes = merged.Merged is null ? null
                    : ObjectFiles.Write(path, construct, merged.Merged, o is null ? null : new FileBytes(Encoding.UTF8.GetBytes(ours), o.Model));
                return new FileMergeResult(bytes, Wrap(key, file, merged.Conflicts), null);
            }

            var result = ObjectMerge.Merge(Object(@base), Object(ours), Object(theirs), policy);
            return new FileMergeResult(result.Merged is null ? null : ObjectFiles.Write(path, "", result.Merged), Wrap(key, file, result.Conflicts), null);
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

    // One XanoScript object per file: a multidoc or unreadable file cannot be merged member by member.
    private static FileObject? Script(string path, string text)
    {
        if (text.Trim().Length == 0)
        {
            return null;
        }

        var workspacePath = WorkspacePath(path) ?? path;
        return ObjectFiles.Read(workspacePath, Encoding.UTF8.GetBytes(text))
            ?? throw new FormatException("the file does not hold exactly one XanoScript object that reads without errors");
    }

    // The path below the workspace folder: the first suffix of the (repository-relative) path that is a workspace object.
    private static string? WorkspacePath(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var candidate = string.Join('/', segments[i..]);
            if (PathLayout.Classify(candidate).Role == FileRole.Object)
            {
                return candidate;
            }
        }

        return null;
    }

    private static List<JObject>? Records(string text) => text.Trim().Length == 0 ? null : ParseRecords(text);

    private static MergeConflict[] Wrap(ItemKey? key, string file, IEnumerable<MemberConflict> conflicts) =>
        conflicts.Select(c => new MergeConflict(key, file, c.Path, c.Description, c.Ours, c.Theirs, c.Resolution)).ToArray();
}

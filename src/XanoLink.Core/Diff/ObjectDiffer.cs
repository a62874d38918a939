using JsonDiffPatchDotNet;
using Newtonsoft.Json.Linq;
using XanoLink.Json;

namespace XanoLink.Diff;

/// <summary>
/// Turns JsonDiffPatch's delta between two versions of one object into item-level changes: the delta says which
/// top-level properties differ; fields, inputs and indexes are then matched by name, steps as a sequence, and any
/// other property is one "property" change.
/// </summary>
internal static class ObjectDiffer
{
    // Simple text mode keeps string changes as [before, after] rather than a text patch, which reads better in JSON output.
    private static readonly JsonDiffPatch Patch = new(new Options { TextDiff = TextDiffMode.Simple });

    public static JToken? Delta(JToken? left, JToken? right) => Patch.Diff(left, right);

    public static (IReadOnlyList<ItemChange> Changes, JToken? Delta) Compare(JObject left, JObject right)
    {
        var delta = Delta(left, right);
        if (delta is not JObject changed)
        {
            return ([], delta);
        }

        var changes = new List<ItemChange>();
        foreach (var name in PropertyNames(left, right))
        {
            if (changed[name] is null)
            {
                continue;
            }

            var before = left[name];
            var after = right[name];
            var lists = before is JArray or null && after is JArray or null;
            switch (name)
            {
                case "fields" when lists:
                    changes.AddRange(NamedList(ChangeKind.Field, name, before as JArray, after as JArray, NameOf, NameOf));
                    break;
                case "inputs" when lists:
                    changes.AddRange(NamedList(ChangeKind.Input, name, before as JArray, after as JArray, NameOf, NameOf));
                    break;
                case "indexes" when lists:
                    changes.AddRange(NamedList(ChangeKind.Index, name, before as JArray, after as JArray, IndexIdentity, IndexIdentity));
                    break;
                case "steps" when lists:
                    StepDiffer.Compare(name, before as JArray, after as JArray, changes);
                    break;
                default:
                    changes.Add(new ItemChange(
                        ChangeKind.Property,
                        name,
                        before is null ? ChangeType.Added : after is null ? ChangeType.Deleted : ChangeType.Edited,
                        name,
                        before,
                        after));
                    break;
            }
        }

        return (changes, delta);
    }

    /// <summary>Entries of a list matched by identity: added, deleted, edited (same identity, other content) or moved.</summary>
    internal static IEnumerable<ItemChange> NamedList(ChangeKind kind, string path, JArray? left, JArray? right, Func<JToken, string> identity, Func<JToken, string> name)
    {
        var l = left?.ToArray() ?? [];
        var r = right?.ToArray() ?? [];
        foreach (var a in SequenceAlignment.Align(l.Select(identity).ToArray(), r.Select(identity).ToArray()))
        {
            switch (a.Kind)
            {
                case AlignKind.Deleted:
                    yield return new ItemChange(kind, name(l[a.Left]), ChangeType.Deleted, $"{path}[{a.Left}]", l[a.Left]);
                    break;
                case AlignKind.Added:
                    yield return new ItemChange(kind, name(r[a.Right]), ChangeType.Added, $"{path}[{a.Right}]", After: r[a.Right]);
                    break;
                case AlignKind.Moved:
                    yield return new ItemChange(kind, name(r[a.Right]), ChangeType.Moved, $"{path}[{a.Right}]", l[a.Left], r[a.Right]);
                    break;
                case AlignKind.Kept when !JToken.DeepEquals(l[a.Left], r[a.Right]):
                    yield return new ItemChange(kind, name(r[a.Right]), ChangeType.Edited, $"{path}[{a.Right}]", l[a.Left], r[a.Right]);
                    break;
            }
        }
    }

    /// <summary>Properties in canonical file order (unknown ones after, as written), so changes read like the file.</summary>
    private static IEnumerable<string> PropertyNames(JObject left, JObject right) => left.Properties().Concat(right.Properties())
        .Select(p => p.Name)
        .Distinct(StringComparer.Ordinal)
        .Select((name, written) => (Name: name, Rank: Array.IndexOf(KeyOrder.Root, name), Written: written))
        .OrderBy(x => x.Rank < 0 ? int.MaxValue : x.Rank)
        .ThenBy(x => x.Written)
        .Select(x => x.Name);

    private static string NameOf(JToken entry) =>
        entry is JObject o && o["name"] is JValue { Type: JTokenType.String } n ? (string)n! : CanonicalJson.Compact(entry);

    private static string IndexIdentity(JToken entry)
    {
        if (entry is not JObject o)
        {
            return CanonicalJson.Compact(entry);
        }

        var type = o["type"] is JValue { Type: JTokenType.String } t ? (string)t! : "?";
        var fields = o["fields"] is JArray f ? string.Join(", ", f.Select(x => x.Type == JTokenType.String ? (string)x! : CanonicalJson.Compact(x))) : "";
        return $"{type}({fields})";
    }
}

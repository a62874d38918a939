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

    // The same, but a list that differs is one replaced value: JsonDiffPatch matches list entries with a table of
    // n x m deep comparisons, which for a 30,000-step function reversed takes minutes and gigabytes.
    private static readonly JsonDiffPatch WholeLists = new(new Options { TextDiff = TextDiffMode.Simple, ArrayDiff = ArrayDiffMode.Simple });

    // Table cells (summed over every list the delta would match) past which lists are replaced whole in the delta.
    private const long MaxListCells = 1_000_000;

    /// <summary>
    /// JsonDiffPatch's delta from <paramref name="left"/> to <paramref name="right"/>; lists too long to match entry by
    /// entry are given whole (still a correct delta, only coarser). The item-level changes do not depend on it.
    /// </summary>
    public static JToken? Delta(JToken? left, JToken? right) => (ListCells(left, right) > MaxListCells ? WholeLists : Patch).Diff(left, right);

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

    /// <summary>
    /// About how many entry pairs JsonDiffPatch would compare: for each pair of lists at one place, the product of their
    /// lengths once a common start and end are set aside, and what the entries at the same positions hold.
    /// Stops counting once past <see cref="MaxListCells"/>.
    /// </summary>
    private static long ListCells(JToken? left, JToken? right)
    {
        switch (left, right)
        {
            case (JObject l, JObject r):
                long sum = 0;
                foreach (var property in l.Properties())
                {
                    if (r[property.Name] is { } other && (sum += ListCells(property.Value, other)) > MaxListCells)
                    {
                        break;
                    }
                }

                return sum;
            case (JArray l, JArray r):
                var start = 0;
                while (start < l.Count && start < r.Count && JToken.DeepEquals(l[start], r[start]))
                {
                    start++;
                }

                var end = 0;
                while (end < l.Count - start && end < r.Count - start && JToken.DeepEquals(l[l.Count - 1 - end], r[r.Count - 1 - end]))
                {
                    end++;
                }

                long cells = (long)(l.Count - start - end) * (r.Count - start - end);
                for (var i = start; i < Math.Min(l.Count, r.Count) - end && cells <= MaxListCells; i++)
                {
                    cells += ListCells(l[i], r[i]);
                }

                return cells;
            default:
                return 0;
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

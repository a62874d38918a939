using Newtonsoft.Json.Linq;
using XanoLink.Json;
using XanoLink.Model;

namespace XanoLink.Diff.Formatting;

/// <summary>
/// What an edit of a field, input, index or step changed, in a few words ("type "decimal" -> "int", required added"),
/// so a reviewer need not open the JSON for a one-property change. Nested steps are reported as changes of their own.
/// </summary>
internal static class MemberEdit
{
    public static string? Describe(JObject? before, JObject? after, int max)
    {
        if (before is null || after is null)
        {
            return null;
        }

        var parts = new List<string>();
        var names = after.Properties().Select(p => p.Name)
            .Concat(before.Properties().Select(p => p.Name))
            .Where(n => !StepOps.NestedStepProperties.Contains(n))
            .Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var was = before[name];
            var now = after[name];
            if (JToken.DeepEquals(was, now))
            {
                continue;
            }

            parts.Add((was, now) switch
            {
                (null, _) => $"{name} {CanonicalJson.Compact(now)} added",
                (_, null) => $"{name} deleted",
                _ => $"{name} {CanonicalJson.Compact(was)} -> {CanonicalJson.Compact(now)}",
            });
        }

        var text = string.Join(", ", parts);
        return parts.Count == 0 ? null : text.Length <= max ? text : $"{parts.Count} properties changed";
    }
}

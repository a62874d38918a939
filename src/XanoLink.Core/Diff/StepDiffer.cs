using Newtonsoft.Json.Linq;
using XanoLink.Json;
using XanoLink.Model;

namespace XanoLink.Diff;

/// <summary>
/// Steps compared as a sequence: aligned by identity (op and what the step names), so an inserted step is one
/// "added" rather than every later step "edited"; a kept step whose properties differ is "edited", and the
/// nested steps of a conditional or a loop are compared the same way, one level down (<c>steps[2].then[0]</c>).
/// </summary>
internal static class StepDiffer
{
    // The property that best tells one step from another of the same op, in order of preference.
    private static readonly string[] IdentityProperties = ["as", "var", "function", "addon", "table"];

    public static void Compare(string path, JArray? left, JArray? right, List<ItemChange> changes)
    {
        var l = left?.ToArray() ?? [];
        var r = right?.ToArray() ?? [];
        foreach (var a in SequenceAlignment.Align(l.Select(Identity).ToArray(), r.Select(Identity).ToArray()))
        {
            switch (a.Kind)
            {
                case AlignKind.Deleted:
                    changes.Add(new ItemChange(ChangeKind.Step, NameOf(l[a.Left]), ChangeType.Deleted, $"{path}[{a.Left}]", l[a.Left]));
                    break;
                case AlignKind.Added:
                    changes.Add(new ItemChange(ChangeKind.Step, NameOf(r[a.Right]), ChangeType.Added, $"{path}[{a.Right}]", After: r[a.Right]));
                    break;
                case AlignKind.Moved:
                    changes.Add(new ItemChange(ChangeKind.Step, NameOf(r[a.Right]), ChangeType.Moved, $"{path}[{a.Right}]", l[a.Left], r[a.Right]));
                    break;
                case AlignKind.Kept when !JToken.DeepEquals(l[a.Left], r[a.Right]):
                    Kept(l[a.Left], r[a.Right], $"{path}[{a.Right}]", changes);
                    break;
            }
        }
    }

    private static void Kept(JToken before, JToken after, string path, List<ItemChange> changes)
    {
        if (before is not JObject b || after is not JObject a || !HasNested(b, a))
        {
            changes.Add(new ItemChange(ChangeKind.Step, NameOf(after), ChangeType.Edited, path, before, after));
            return;
        }

        // A step that holds steps: its own properties are one change, its nested steps are compared one by one.
        var ownBefore = WithoutNested(b);
        var ownAfter = WithoutNested(a);
        if (!JToken.DeepEquals(ownBefore, ownAfter))
        {
            changes.Add(new ItemChange(ChangeKind.Step, NameOf(after), ChangeType.Edited, path, ownBefore, ownAfter));
        }

        foreach (var nested in StepOps.NestedStepProperties)
        {
            var nb = b[nested];
            var na = a[nested];
            if (JToken.DeepEquals(nb, na))
            {
                continue;
            }

            // A nested value that is not a list of steps (hand-edited or broken) stays in the step's own properties above.
            if (nb is JArray or null && na is JArray or null)
            {
                Compare($"{path}.{nested}", nb as JArray, na as JArray, changes);
            }
        }
    }

    private static bool HasNested(JObject b, JObject a) =>
        StepOps.NestedStepProperties.Any(p => b[p] is JArray || a[p] is JArray);

    private static JObject WithoutNested(JObject step)
    {
        var copy = new JObject();
        foreach (var p in step.Properties())
        {
            if (!StepOps.NestedStepProperties.Contains(p.Name) || p.Value is not JArray)
            {
                copy.Add(p.Name, p.Value.DeepClone());
            }
        }

        return copy;
    }

    private static string? OpOf(JToken step) =>
        step is JObject o && o["op"] is JValue { Type: JTokenType.String } op ? (string)op! : null;

    internal static string NameOf(JToken step) => StepOps.DisplayName(OpOf(step));

    internal static string Identity(JToken step)
    {
        if (step is not JObject o)
        {
            return "#" + CanonicalJson.Compact(step);
        }

        var target = IdentityProperties
            .Select(p => o[p])
            .FirstOrDefault(v => v is JValue { Type: JTokenType.String });
        return $"{OpOf(step) ?? "?"}|{(target is null ? "" : (string)target!)}";
    }
}

using Newtonsoft.Json.Linq;

namespace XanoLink.Model;

/// <summary>Every reference format.md's "Dependencies" lists, read off one object (steps at any depth).</summary>
public static class References
{
    public static IEnumerable<Reference> Of(WorkspaceObject obj)
    {
        var result = new List<Reference>();
        switch (obj.Kind)
        {
            case ItemKind.Table:
                FromFields(obj, obj.Json, "", result);
                break;
            case ItemKind.ApiGroup:
                break;
            default:
                if (obj.Kind == ItemKind.Api)
                {
                    var slash = obj.Name.IndexOf('/', StringComparison.Ordinal);
                    if (slash > 0)
                    {
                        result.Add(new Reference(obj.Key, new ItemKey(ItemKind.ApiGroup, obj.Name[..slash]), obj.PositionOfProperty(obj.Json, "name"), "its API group"));
                    }

                    Add(obj, obj.Json, "auth", ItemKind.Table, "auth table", result);
                }

                if (obj.Kind is ItemKind.Addon or ItemKind.Trigger)
                {
                    Add(obj, obj.Json, "table", ItemKind.Table, "table", result);
                }

                FromSteps(obj, obj.Json, "steps", "", result);
                break;
        }

        return result;
    }

    private static void FromFields(WorkspaceObject obj, JObject owner, string prefix, List<Reference> result)
    {
        if (owner["fields"] is not JArray fields)
        {
            return;
        }

        foreach (var field in fields.OfType<JObject>())
        {
            var name = prefix + (field["name"]?.Type == JTokenType.String ? (string)field["name"]! : "?");
            Add(obj, field, "table", ItemKind.Table, $"field {name}", result);
            if (field["type"]?.Type == JTokenType.String && (string)field["type"]! == "object")
            {
                FromFields(obj, field, name + ".", result);
            }
        }
    }

    private static void FromSteps(WorkspaceObject obj, JObject owner, string property, string prefix, List<Reference> result)
    {
        if (owner[property] is not JArray steps)
        {
            return;
        }

        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JObject step)
            {
                continue;
            }

            var opName = step["op"]?.Type == JTokenType.String ? (string)step["op"]! : null;
            var op = StepOps.Find(opName);
            var number = prefix.Length == 0 ? $"{i + 1}" : $"{prefix}.{property}[{i + 1}]";
            var label = $"step {number} {StepOps.DisplayName(opName)}";
            if (op is not null)
            {
                if (op.TableProperty is { } t)
                {
                    Add(obj, step, t, ItemKind.Table, $"{label} table", result);
                }

                if (op.FunctionProperty is { } f)
                {
                    Add(obj, step, f, ItemKind.Function, label, result);
                }

                if (op.AddonProperty is { } a)
                {
                    Add(obj, step, a, ItemKind.Addon, label, result);
                }

                if (op.AddonsList && step["addons"] is JArray addons)
                {
                    foreach (var addon in addons.Where(x => x.Type == JTokenType.String))
                    {
                        result.Add(new Reference(obj.Key, new ItemKey(ItemKind.Addon, (string)addon!), obj.PositionOf(addon), $"{label} addons"));
                    }
                }
            }

            foreach (var nested in StepOps.NestedStepProperties)
            {
                FromSteps(obj, step, nested, number, result);
            }
        }
    }

    private static void Add(WorkspaceObject obj, JObject owner, string property, ItemKind kind, string via, List<Reference> result)
    {
        if (owner[property] is JValue { Type: JTokenType.String } value && ((string)value!).Length > 0)
        {
            result.Add(new Reference(obj.Key, new ItemKey(kind, (string)value!), obj.PositionOf(value), via));
        }
    }
}

using Newtonsoft.Json.Linq;
using XanoLink.XanoScript;

namespace XanoLink.Model;

/// <summary>
/// Every reference format.md's and xanoscript.md's "Dependencies" list, read off one object (steps at any depth): tables
/// named by fields, inputs and <c>db.*</c> steps (joins included), functions, addons, an endpoint's group and auth table,
/// a trigger's table, channel, agent or MCP server, the tools of agents and MCP servers, and the middleware, tools, tasks
/// and agents steps call. A XanoScript object names others as Xano does, so its names are turned into keys
/// (<see cref="XanoScriptNames"/>); a JSON object's names are keys already.
/// </summary>
public static class References
{
    // What a step names through "target": middleware.call "x", tool.call "x", ...
    private static readonly Dictionary<string, ItemKind> Targets = new(StringComparer.Ordinal)
    {
        ["middleware.call"] = ItemKind.Middleware,
        ["tool.call"] = ItemKind.Tool,
        ["task.call"] = ItemKind.Task,
        ["ai.agent.run"] = ItemKind.Agent,
    };

    public static IEnumerable<Reference> Of(WorkspaceObject obj)
    {
        var result = new List<Reference>();
        var refs = new Collector(obj, result);
        switch (obj.Kind)
        {
            case ItemKind.Table:
                refs.Fields(obj.Json, "fields", "field", "");
                break;
            case ItemKind.ApiGroup:
                break;
            default:
                if (obj.Kind == ItemKind.Api)
                {
                    // The group is the key's first segment: the folder in the JSON format, the api_group (or folder) in XanoScript.
                    if (obj.Name.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash)
                    {
                        var at = obj.Json.ContainsKey("api_group") ? "api_group" : "name";
                        result.Add(new Reference(obj.Key, new ItemKey(ItemKind.ApiGroup, obj.Name[..slash]), obj.PositionOfProperty(obj.Json, at), "its API group"));
                    }

                    refs.Add(obj.Json, "auth", ItemKind.Table, "auth table");
                }

                if (obj.Kind is ItemKind.Addon or ItemKind.Trigger)
                {
                    refs.Add(obj.Json, "table", ItemKind.Table, "table");
                }

                refs.Add(obj.Json, "channel", ItemKind.RealtimeChannel, "channel", when: obj.Kind == ItemKind.RealtimeTrigger);
                refs.Add(obj.Json, "agent", ItemKind.Agent, "agent", when: obj.Kind == ItemKind.AgentTrigger);
                refs.Add(obj.Json, "mcp_server", ItemKind.McpServer, "MCP server", when: obj.Kind == ItemKind.McpServerTrigger);
                if (obj.Kind is ItemKind.Agent or ItemKind.McpServer)
                {
                    refs.Names(obj.Json, "tools", ItemKind.Tool, "tools");
                }

                refs.Fields(obj.Json, "inputs", "input", "");
                refs.Steps(obj.Json, "steps", "");
                break;
        }

        return result;
    }

    private sealed class Collector(WorkspaceObject obj, List<Reference> result)
    {
        public void Fields(JObject owner, string property, string noun, string prefix)
        {
            if (owner[property] is not JArray fields)
            {
                return;
            }

            foreach (var field in fields.OfType<JObject>())
            {
                // XanoScript's dblink { table = "x" } has a type and no name.
                var name = prefix + (field["name"]?.Type == JTokenType.String ? (string)field["name"]! : field["type"]?.Type == JTokenType.String ? (string)field["type"]! : "?");
                Add(field, "table", ItemKind.Table, $"{noun} {name}");
                if (field["fields"] is JArray)
                {
                    Fields(field, "fields", noun, name + ".");
                }
            }
        }

        public void Steps(JObject owner, string property, string prefix)
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
                if ((op?.TableProperty ?? (StepOps.NamesTable(opName) ? "table" : null)) is { } t)
                {
                    Add(step, t, ItemKind.Table, $"{label} table");
                }

                if ((op?.FunctionProperty ?? (opName == "function.call" ? "function" : null)) is { } f)
                {
                    Add(step, f, ItemKind.Function, label);
                }

                if (op?.AddonProperty is { } a)
                {
                    Add(step, a, ItemKind.Addon, label);
                }

                if (opName is not null && Targets.TryGetValue(opName, out var targetKind))
                {
                    Add(step, "target", targetKind, label);
                }

                if (StepOps.NamesTable(opName))
                {
                    // JSON's "addons": ["name"]; XanoScript's addon = [{name: "name", ...}]; joins name tables.
                    Names(step, "addons", ItemKind.Addon, $"{label} addons");
                    Names(step, "addon", ItemKind.Addon, $"{label} addon");
                    if (step["join"] is JObject join)
                    {
                        foreach (var alias in join.Properties().Where(p => p.Value is JObject))
                        {
                            Add((JObject)alias.Value, "table", ItemKind.Table, $"{label} join {alias.Name}");
                        }
                    }
                }

                foreach (var nested in StepOps.NestedStepProperties)
                {
                    Steps(step, nested, number);
                }
            }
        }

        /// <summary>A list of names: strings, or objects with a "name" (<c>tools = [{name: "x"}]</c>).</summary>
        public void Names(JObject owner, string property, ItemKind kind, string via)
        {
            if (owner[property] is not JArray list)
            {
                return;
            }

            foreach (var item in list)
            {
                var value = item is JObject named ? named["name"] : item;
                if (value is JValue { Type: JTokenType.String } name && Key(kind, (string)name!) is { } key)
                {
                    result.Add(new Reference(obj.Key, key, obj.PositionOf(name), via));
                }
            }
        }

        public void Add(JObject owner, string property, ItemKind kind, string via, bool when = true)
        {
            if (when && owner[property] is JValue { Type: JTokenType.String } value && Key(kind, (string)value!) is { } key)
            {
                result.Add(new Reference(obj.Key, key, obj.PositionOf(value), via));
            }
        }

        private ItemKey? Key(ItemKind kind, string name)
        {
            if (name.Length == 0)
            {
                return null;
            }

            return obj.Format == WorkspaceFormat.XanoScript ? XanoScriptNames.Reference(kind, name) ?? new ItemKey(kind, name) : new ItemKey(kind, name);
        }
    }
}

using Newtonsoft.Json.Linq;

namespace XanoLink.Bench.Generation;

/// <summary>
/// Function stacks (endpoints, functions, addons, tasks, triggers): the steps that reference the
/// chosen tables, functions and addons, mixed with plain steps and nested in conditionals and loops.
/// </summary>
internal sealed class StackBuilder(Random random)
{
    private const int MaxDepth = 3;

    private static readonly (string Name, string Type)[] InputPool =
        [("id", "int"), ("page", "int"), ("per_page", "int"), ("search", "text"), ("email", "email"), ("active", "bool"), ("since", "timestamp")];

    private static readonly string[] TableOps = ["db.query", "db.get", "db.get", "db.query", "db.add", "db.edit", "db.add_or_edit", "db.delete"];

    public JArray Inputs(int max)
    {
        var inputs = new JArray();
        foreach (var (name, type) in InputPool.OrderBy(_ => random.Next()).Take(random.Next(0, max + 1)))
        {
            var input = new JObject { ["name"] = name, ["type"] = type };
            if (name == "id")
            {
                input["required"] = true;
            }

            inputs.Add(input);
        }

        return inputs;
    }

    /// <param name="tables">Tables the stack reads or writes, one step each.</param>
    /// <param name="functions">Functions the stack runs, one step each.</param>
    /// <param name="addons">Addons to attach to the stack's queries.</param>
    public JArray Steps(IEnumerable<string> tables, IEnumerable<string> functions, IReadOnlyList<string> addons)
    {
        var leaves = new List<JObject>();
        var n = 0;
        foreach (var table in tables)
        {
            var op = TableOps[random.Next(TableOps.Length)];
            var step = new JObject { ["op"] = op, ["as"] = $"row{n++}", ["table"] = table };
            if (op is "db.query" && addons.Count > 0 && random.Next(100) < 25)
            {
                step["addons"] = new JArray(addons[random.Next(addons.Count)]);
            }

            leaves.Add(step);
        }

        foreach (var function in functions)
        {
            leaves.Add(new JObject { ["op"] = "function.run", ["as"] = $"result{n++}", ["function"] = function });
        }

        for (var i = random.Next(1, 3); i > 0; i--)
        {
            leaves.Add(new JObject { ["op"] = "var.create", ["as"] = $"v{n++}", ["value"] = $"$row0.id + {i}" });
        }

        if (random.Next(100) < 10)
        {
            leaves.Add(new JObject { ["op"] = "api.request", ["as"] = $"http{n++}", ["url"] = "https://api.example.com/v1/hook", ["method"] = "POST" });
        }

        Shuffle(leaves);
        var steps = Nest(leaves, 0);
        steps.Add(new JObject { ["op"] = "return", ["value"] = "$result" });
        return steps;
    }

    private JArray Nest(List<JObject> items, int depth)
    {
        var result = new JArray();
        var i = 0;
        while (i < items.Count)
        {
            var remaining = items.Count - i;
            if (depth < MaxDepth && remaining >= 2 && random.Next(100) < 30)
            {
                var take = random.Next(1, Math.Min(4, remaining) + 1);
                var inner = items.GetRange(i, take);
                i += take;
                if (random.Next(2) == 0)
                {
                    var split = random.Next(0, inner.Count + 1);
                    result.Add(new JObject
                    {
                        ["op"] = "conditional",
                        ["if"] = $"$input.page > {depth}",
                        ["then"] = Nest(inner.GetRange(0, split), depth + 1),
                        ["else"] = Nest(inner.GetRange(split, inner.Count - split), depth + 1),
                    });
                }
                else
                {
                    result.Add(new JObject { ["op"] = "foreach", ["as"] = $"item{depth}", ["list"] = "$rows", ["steps"] = Nest(inner, depth + 1) });
                }
            }
            else
            {
                result.Add(items[i++]);
            }
        }

        return result;
    }

    private void Shuffle(List<JObject> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

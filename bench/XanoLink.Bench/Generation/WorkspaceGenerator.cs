using Newtonsoft.Json.Linq;
using XanoLink.Json;
using XanoLink.Model;

namespace XanoLink.Bench.Generation;

/// <summary>
/// Synthetic workspaces of any size for benchmarks: a realistic mix of tables (with table references),
/// endpoints in groups, functions that call each other (cycles included), addons, tasks, triggers,
/// records and a manifest. The same size and seed always give the same bytes, and every workspace
/// validates without a diagnostic.
/// </summary>
public static class WorkspaceGenerator
{
    private static readonly string[] TriggerActions = ["insert", "update", "delete"];
    private static readonly string[] Intervals = ["15m", "1h", "1d"];

    /// <summary>Every file of the workspace (workspace.json and xanolink.json included): path -> canonical bytes.</summary>
    /// <param name="objects">How many objects (tables, groups, endpoints, functions, addons, tasks, triggers), at least 10.</param>
    public static IReadOnlyDictionary<string, byte[]> Generate(int objects, int seed)
    {
        var plan = new WorkspacePlan(objects);
        var random = new Random(seed);
        var stacks = new StackBuilder(random);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);

        void Write(ItemKind kind, string name, JObject json) => files[ItemKinds.PathOf(kind, name)] = CanonicalJson.ToBytes(json);
        string Guid(string prefix, int index) => $"{prefix}-{random.Next():x8}-{index}";

        files["workspace.json"] = CanonicalJson.ToBytes(new JObject
        {
            ["guid"] = $"ws-bench-{seed}-{objects}",
            ["name"] = "bench:source",
            ["description"] = $"Synthetic workspace of {objects} objects (seed {seed})",
        });

        for (var t = 0; t < plan.Tables.Count; t++)
        {
            Write(ItemKind.Table, plan.Tables[t], Table(plan, t, random, Guid("tbl", t)));
        }

        foreach (var t in plan.RecordTables)
        {
            var records = Enumerable.Range(1, random.Next(5, 40))
                .Select(id => new JObject { ["id"] = id, ["name"] = $"{plan.Tables[t]} #{id}", ["created_at"] = "2026-01-01T00:00:00Z" });
            files[$"tables/{plan.Tables[t]}.records.jsonl"] = CanonicalJson.RecordsToBytes(records);
        }

        for (var g = 0; g < plan.Groups.Count; g++)
        {
            Write(ItemKind.ApiGroup, plan.Groups[g], new JObject { ["guid"] = Guid("grp", g), ["name"] = plan.Groups[g], ["tags"] = new JArray("bench") });
        }

        for (var a = 0; a < plan.Apis.Count; a++)
        {
            var api = new JObject
            {
                ["guid"] = Guid("api", a),
                ["name"] = plan.Apis[a],
                ["verb"] = WorkspacePlan.VerbOfAction[a % WorkspacePlan.Actions.Length],
                ["path"] = $"/{WorkspacePlan.Actions[a % WorkspacePlan.Actions.Length]}/{a}",
            };
            if (random.Next(100) < 40)
            {
                api["auth"] = Pick(plan.AuthTables, random);
            }

            api["inputs"] = stacks.Inputs(3);
            api["steps"] = stacks.Steps(PickSome(plan.Tables, 1, 3, random), PickSome(plan.Functions, random.Next(100) < 70 ? 1 : 0, 2, random), plan.Addons);
            api["response"] = new JObject { ["data"] = "$result" };
            Write(ItemKind.Api, plan.Apis[a], api);
        }

        for (var f = 0; f < plan.Functions.Count; f++)
        {
            var function = new JObject { ["guid"] = Guid("fn", f), ["name"] = plan.Functions[f], ["description"] = $"Synthetic function {f}" };
            function["inputs"] = stacks.Inputs(2);
            function["steps"] = stacks.Steps(PickSome(plan.Tables, 0, 2, random), Callees(plan.Functions.Count, f, random).Select(i => plan.Functions[i]), plan.Addons);
            Write(ItemKind.Function, plan.Functions[f], function);
        }

        for (var i = 0; i < plan.Addons.Count; i++)
        {
            var table = Pick(plan.Tables, random);
            var steps = new JArray(new JObject { ["op"] = "db.query", ["as"] = "rows", ["table"] = table });
            Write(ItemKind.Addon, plan.Addons[i], new JObject { ["guid"] = Guid("addon", i), ["name"] = plan.Addons[i], ["table"] = table, ["inputs"] = stacks.Inputs(1), ["steps"] = steps });
        }

        for (var i = 0; i < plan.Tasks.Count; i++)
        {
            Write(ItemKind.Task, plan.Tasks[i], new JObject
            {
                ["guid"] = Guid("task", i),
                ["name"] = plan.Tasks[i],
                ["active"] = random.Next(2) == 0,
                ["schedule"] = new JObject { ["start"] = "2026-01-01T02:00:00Z", ["every"] = Pick(Intervals, random) },
                ["steps"] = stacks.Steps(PickSome(plan.Tables, 1, 2, random), PickSome(plan.Functions, 0, 1, random), []),
            });
        }

        for (var i = 0; i < plan.Triggers.Count; i++)
        {
            var table = Pick(plan.Tables, random);
            Write(ItemKind.Trigger, plan.Triggers[i], new JObject
            {
                ["guid"] = Guid("trg", i),
                ["name"] = plan.Triggers[i],
                ["table"] = table,
                ["actions"] = new JArray(TriggerActions.Take(random.Next(1, 4))),
                ["steps"] = stacks.Steps([Pick(plan.Tables, random)], PickSome(plan.Functions, 0, 1, random), []),
            });
        }

        files["xanolink.json"] = CanonicalJson.ToBytes(ManifestBuilder.Build(plan));
        return files;
    }

    private static JObject Table(WorkspacePlan plan, int t, Random random, string guid)
    {
        var name = plan.Tables[t];
        var fields = new JArray(
            new JObject { ["name"] = "id", ["type"] = WorkspacePlan.HasUuidId(t) ? "uuid" : "int" },
            new JObject { ["name"] = "created_at", ["type"] = "timestamp", ["default"] = "now" },
            new JObject { ["name"] = "name", ["type"] = "text", ["required"] = true });
        if (plan.AuthTables.Contains(name))
        {
            fields.Add(new JObject { ["name"] = "email", ["type"] = "email", ["required"] = true });
            fields.Add(new JObject { ["name"] = "password", ["type"] = "password", ["sensitive"] = true });
        }

        foreach (var extra in TableFields.Extras.OrderBy(_ => random.Next()).Take(random.Next(1, 5)))
        {
            fields.Add(extra.DeepClone());
        }

        // Table references; a table may name itself (a parent link) or one that names it back.
        foreach (var target in PickSome(plan.Tables, 0, 2, random).Distinct())
        {
            fields.Add(new JObject { ["name"] = $"{target}_id", ["type"] = "int", ["table"] = target, ["nullable"] = true });
        }

        var indexes = new JArray(
            new JObject { ["type"] = "primary", ["fields"] = new JArray("id") },
            new JObject { ["type"] = "btree", ["fields"] = new JArray("name") });
        return new JObject { ["guid"] = guid, ["name"] = name, ["description"] = $"Synthetic table {t}", ["fields"] = fields, ["indexes"] = indexes };
    }

    /// <summary>
    /// Most functions call one or two others a little further on (so call chains stay short, as in real
    /// code); one call in ten goes back, making cycles; function 0 and 1 call each other, 2 calls itself.
    /// </summary>
    private static IEnumerable<int> Callees(int count, int f, Random random)
    {
        var callees = new List<int>();
        if (f < 3)
        {
            callees.Add(f switch { 0 => 1, 1 => 0, _ => 2 });
        }

        if (random.Next(100) < 60)
        {
            for (var k = random.Next(1, 3); k > 0; k--)
            {
                var target = random.Next(100) < 10 ? f - random.Next(1, 10) : f + random.Next(1, 50);
                callees.Add(Math.Clamp(target, 0, count - 1));
            }
        }

        return callees.Distinct();
    }

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    private static List<string> PickSome(IReadOnlyList<string> items, int min, int max, Random random)
    {
        var count = random.Next(min, max + 1);
        var picked = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            picked.Add(Pick(items, random));
        }

        return picked;
    }
}

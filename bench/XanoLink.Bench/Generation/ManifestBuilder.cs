using Newtonsoft.Json.Linq;

namespace XanoLink.Bench.Generation;

/// <summary>
/// The synthetic workspace's xanolink.json: about a fifth of the endpoints by glob (every fifth group,
/// or every list endpoint when there are few groups), a few functions, a task, the record tables.
/// </summary>
internal static class ManifestBuilder
{
    public static JObject Build(WorkspacePlan plan)
    {
        var apis = plan.Groups.Count >= 5
            ? new JArray(plan.Groups.Where((_, g) => g % 5 == 0).Select(group => $"{group}/*"))
            : new JArray("*/list_*");
        var recordTables = plan.RecordTables.Select(t => plan.Tables[t]).ToArray();
        var records = new JObject();
        for (var i = 0; i < recordTables.Length; i++)
        {
            records[recordTables[i]] = i == 0 ? "all" : new JArray(1, 2, 3);
        }

        return new JObject
        {
            ["include"] = new JObject
            {
                ["apis"] = apis,
                ["functions"] = new JArray(plan.Functions.Take(3)),
                ["addons"] = new JArray(),
                ["tasks"] = new JArray(plan.Tasks[0]),
                ["triggers"] = new JArray(),
                ["tables"] = new JArray(recordTables),
            },
            ["records"] = records,
            ["autoIncludeDependencies"] = true,
            ["tenants"] = new JArray(
                new JObject { ["name"] = "bench:acme", ["repository"] = "../tenants/bench-acme.git" },
                new JObject { ["name"] = "bench:globex", ["repository"] = "../tenants/bench-globex.git" }),
            ["publish"] = new JObject { ["branch"] = "link/{source}-{shortSha}", ["merge"] = true, ["setLive"] = false },
        };
    }
}

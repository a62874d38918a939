using Newtonsoft.Json.Linq;
using XanoLink.Diff.Formatting;
using XanoLink.Git.Publish;

namespace XanoLink.Cli.Commands;

/// <summary>The JSON documents of publish and plan (cli.md): one per run, tenants in name order.</summary>
internal static class PublishJson
{
    public static JObject Of(PublishReport report, bool plan = false) => new()
    {
        ["source"] = new JObject { ["ref"] = report.SourceRef, ["commit"] = report.SourceCommit },
        ["tenants"] = new JArray(PublishText.InNameOrder(report).Select(t => Tenant(t, plan))),
        ["summary"] = new JObject(report.Tenants.GroupBy(t => TenantOutcome.Word(t.Status)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new JProperty(g.Key, g.Count()))),
    };

    private static JObject Tenant(TenantOutcome t, bool plan)
    {
        var json = new JObject
        {
            ["name"] = t.Name,
            ["status"] = TenantOutcome.Word(t.Status),
            ["branch"] = t.Branch,
            ["commit"] = t.Commit,
            ["merged"] = t.Merged,
            ["live"] = t.Live,
        };
        if (!plan)
        {
            json["branchCommit"] = t.BranchCommit;
            json["liveCommit"] = t.LiveCommit;
        }

        if (t.Error is not null)
        {
            json["code"] = t.Code;
            json["error"] = t.Error;
        }

        if (t.Status == PublishStatus.Conflict || (plan && t.Conflicts is { Count: > 0 }))
        {
            json["conflicts"] = new JArray(t.Conflicts ?? []);
        }

        if (t.Settled is { Count: > 0 })
        {
            json["settled"] = new JArray(t.Settled);
        }

        if (t.DataLoss is { Count: > 0 })
        {
            json["dataLoss"] = new JArray(t.DataLoss);
        }

        if (t.NoLongerManaged is { Count: > 0 })
        {
            json["noLongerManaged"] = new JArray(t.NoLongerManaged);
        }

        if (t.Collisions is { Count: > 0 })
        {
            json["collisions"] = new JArray(t.Collisions);
        }

        if (t.Warnings is { Count: > 0 })
        {
            json["warnings"] = new JArray(t.Warnings);
        }

        if (plan)
        {
            json["items"] = t.LiveChanges is { } changes ? JsonDiffFormatter.ToJson(changes)["items"] : new JArray();
        }

        return json;
    }
}

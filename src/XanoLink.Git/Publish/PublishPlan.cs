using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.Diff.Formatting;
using XanoLink.Merge;

namespace XanoLink.Git.Publish;

/// <summary>One tenant of a reviewed plan: what it was computed against, and a digest of exactly what it would write.</summary>
/// <param name="SnapshotRef">The tenant's snapshot ref when planned (null: none).</param>
/// <param name="Digest">sha256 of the snapshot tree, the branch and every change to the live branch.</param>
public sealed record PlannedTenant(string Name, string Status, string? Branch, string? Live, string? LiveCommit, string? SnapshotRef, string? Digest);

/// <summary>
/// A reviewed plan (docs/publish.md): <c>xanolink plan --out plan.json</c> writes it, <c>xanolink publish --plan plan.json</c>
/// applies exactly it. It pins the source commit and manifest, the settings, and per tenant the live tip and snapshot ref it
/// was computed against and a digest of the changes; a tenant whose state moved since, or whose changes would differ, is
/// refused (XL4023) rather than published with something nobody reviewed.
/// </summary>
public sealed record PublishPlan(
    string SourceRef,
    string SourceCommit,
    string? ManifestHash,
    string Branch,
    bool Merge,
    bool SetLive,
    MergePolicy OnConflict,
    bool AllowDataLoss,
    IReadOnlyList<PlannedTenant> Tenants)
{
    public const int Version = 1;

    /// <summary>The plan document: the plan's JSON output (cli.md) with what applying it needs.</summary>
    public static JObject ToJson(PublishReport report)
    {
        var settings = report.Settings;
        return new JObject
        {
            ["version"] = Version,
            ["source"] = new JObject { ["ref"] = report.SourceRef, ["commit"] = report.SourceCommit, ["manifest"] = report.ManifestHash },
            ["settings"] = settings is null ? null : new JObject
            {
                ["branch"] = settings.Branch,
                ["merge"] = settings.Merge,
                ["setLive"] = settings.SetLive,
                ["onConflict"] = PolicyWord(settings.OnConflict),
                ["allowDataLoss"] = settings.AllowDataLoss,
            },
            ["tenants"] = new JArray(report.Tenants.OrderBy(t => t.Name, StringComparer.Ordinal).Select(Tenant)),
        };
    }

    /// <summary>Reads a plan document; a file that is not one is an <see cref="InvalidPlanException"/> naming what is wrong.</summary>
    public static PublishPlan Read(string path)
    {
        JObject json;
        try
        {
            json = XanoLink.Merge.FileMerge.ParseObject(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or JsonException)
        {
            throw new InvalidPlanException($"{path} cannot be read as a plan ({ex.Message}); make one with 'xanolink plan --out {path}'");
        }

        if ((int?)json["version"] != Version)
        {
            throw new InvalidPlanException($"{path} is not a plan of version {Version} (made by 'xanolink plan --out'); make a new one");
        }

        string Text(JToken? token, string what) => token is JValue { Type: JTokenType.String } v ? (string)v! : throw new InvalidPlanException($"{path}: {what} is missing; make a new plan");
        var settings = json["settings"] as JObject ?? throw new InvalidPlanException($"{path}: settings is missing; make a new plan");
        var tenants = (json["tenants"] as JArray ?? throw new InvalidPlanException($"{path}: tenants is missing; make a new plan"))
            .OfType<JObject>()
            .Select(t => new PlannedTenant(Text(t["name"], "a tenant's name"), Text(t["status"], "a tenant's status"), (string?)t["branch"], (string?)t["live"], (string?)t["liveCommit"], (string?)t["snapshotRef"], (string?)t["digest"]))
            .ToArray();
        return new PublishPlan(
            Text(json["source"]?["ref"], "source.ref"),
            Text(json["source"]?["commit"], "source.commit"),
            (string?)json["source"]?["manifest"],
            Text(settings["branch"], "settings.branch"),
            (bool?)settings["merge"] ?? false,
            (bool?)settings["setLive"] ?? false,
            Text(settings["onConflict"], "settings.onConflict") switch { "source" => MergePolicy.Theirs, "tenant" => MergePolicy.Ours, _ => MergePolicy.Fail },
            (bool?)settings["allowDataLoss"] ?? false,
            tenants);
    }

    private static JObject Tenant(TenantOutcome t)
    {
        var json = new JObject
        {
            ["name"] = t.Name,
            ["status"] = TenantOutcome.Word(t.Status),
            ["branch"] = t.Branch,
            ["commit"] = t.Commit,
            ["merged"] = t.Merged,
            ["live"] = t.Live,
            ["liveCommit"] = t.LiveCommit,
            ["snapshotRef"] = t.SnapshotRef,
            ["digest"] = t.Digest,
        };
        if (t.Error is not null)
        {
            json["code"] = t.Code;
            json["error"] = t.Error;
        }

        Add(json, "conflicts", t.Conflicts);
        Add(json, "settled", t.Settled);
        Add(json, "dataLoss", t.DataLoss);
        Add(json, "noLongerManaged", t.NoLongerManaged);
        Add(json, "collisions", t.Collisions);
        Add(json, "warnings", t.Warnings);
        json["items"] = t.LiveChanges is { } changes ? JsonDiffFormatter.ToJson(changes)["items"] : new JArray();
        return json;
    }

    private static void Add(JObject json, string name, IReadOnlyList<string>? values)
    {
        if (values is { Count: > 0 })
        {
            json[name] = new JArray(values);
        }
    }

    private static string PolicyWord(MergePolicy policy) => policy switch
    {
        MergePolicy.Theirs => "source",
        MergePolicy.Ours => "tenant",
        _ => "fail",
    };
}

/// <summary>A plan file that cannot be applied as a whole (unreadable, another version): a usage error.</summary>
public sealed class InvalidPlanException : Exception
{
    public InvalidPlanException()
    {
    }

    public InvalidPlanException(string message)
        : base(message)
    {
    }

    public InvalidPlanException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string Code => DiagnosticCatalog.PlanStale.Code;
}
